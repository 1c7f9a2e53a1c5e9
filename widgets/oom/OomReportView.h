#pragma once

#include "core/model/OomReport.h"

#include <QWidget>

#include <memory>

class QCPBars;
class QCustomPlot;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QTabWidget;
class QToolButton;

namespace vmscope {

class OomCandidatesModel;

// One kernel OOM report laid out: who was killed (the victim line), what asked for memory (the
// trigger: process, gfp_mask, order), why no memory could be found (constraint, memory cgroup
// and its limit), the candidates the kernel weighed (the task table, every column it printed,
// largest rss first, the victim highlighted) beside a bar chart of their sizes, the call trace
// (folded: it says where the allocation came from, which only a kernel developer reads) and
// the raw text. What the kernel did not print is shown as "not printed", never as 0.
class OomReportView : public QWidget {
    Q_OBJECT
public:
    explicit OomReportView(QWidget* parent = nullptr);
    ~OomReportView() override;

    void setReport(std::shared_ptr<const OomReport> report);
    const OomReport* report() const { return m_report.get(); }

    OomCandidatesModel* candidatesModel() const { return m_model; }
    QTableView* candidatesTable() const { return m_table; }
    QCustomPlot* chart() const { return m_chart; }
    QTabWidget* tabs() const { return m_tabs; }
    QToolButton* callTraceToggle() const { return m_traceToggle; }
    QPlainTextEdit* callTraceText() const { return m_trace; }
    QPlainTextEdit* rawText() const { return m_raw; }
    // The text of a field ("victim.pid", "trigger.gfp_mask", "constraint", "memcg", …), for tests.
    QString fieldText(const QString& key) const;
    QString headline() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QGroupBox* createGroup(const QString& title, QFormLayout*& form);
    void addField(QFormLayout* form, const QString& key, const QString& label, const QString& toolTip);
    void setField(const QString& key, const QString& text);
    void fillChart();
    void applyPalette();

    std::shared_ptr<const OomReport> m_report;
    QLabel* m_headline = nullptr;
    QFormLayout* m_victimForm = nullptr;
    QFormLayout* m_triggerForm = nullptr;
    QFormLayout* m_constraintForm = nullptr;
    QHash<QString, QLabel*> m_fields;
    QTabWidget* m_tabs = nullptr;
    OomCandidatesModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QCustomPlot* m_chart = nullptr;
    QCPBars* m_bars = nullptr;
    QCPBars* m_victimBar = nullptr;
    QToolButton* m_traceToggle = nullptr;
    QPlainTextEdit* m_trace = nullptr;
    QPlainTextEdit* m_raw = nullptr;
};

} // namespace vmscope
