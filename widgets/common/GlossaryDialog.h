#pragma once

#include <QDialog>
#include <QPointer>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace vmscope {

// Help ▸ Glossary: every term of the registry (widgets/common/Explanations), searchable as one
// types (names and definitions, ignoring case and accents), the selected term shown with its
// formula, source and "See also" links that navigate within the glossary. Non-modal.
class GlossaryDialog : public QDialog {
    Q_OBJECT
public:
    explicit GlossaryDialog(QWidget* parent = nullptr);

    // Clears the search and shows this term; false when there is no such term.
    bool showTerm(const QString& id);
    QString currentTermId() const;
    void setSearchText(const QString& text);
    // The ids of the terms the list shows, in order.
    QStringList visibleTermIds() const;

    QLineEdit* searchField() const { return m_search; }
    QListWidget* termList() const { return m_list; }
    QTextBrowser* browser() const { return m_browser; }

private:
    void filter(const QString& text);
    void showCurrent();
    void followLink(const QUrl& url);

    QLineEdit* m_search;
    QListWidget* m_list;
    QTextBrowser* m_browser;
};

// Opens the glossary (one dialog per window, created when first needed) from the Help menu and
// from the links of What's This bubbles: installed on the application, it answers the
// QWhatsThisClickedEvent that a click on <a href="glossary:ID"> sends to the widget.
class GlossaryOpener : public QObject {
    Q_OBJECT
public:
    explicit GlossaryOpener(QWidget* window);
    ~GlossaryOpener() override;

    // Shows and raises the glossary, at the term when one is given.
    void open(const QString& termId = {});
    GlossaryDialog* dialog() const { return m_dialog; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window;
    QPointer<GlossaryDialog> m_dialog;
};

} // namespace vmscope
