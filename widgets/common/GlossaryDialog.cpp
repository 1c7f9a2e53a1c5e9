#include "widgets/common/GlossaryDialog.h"

#include "widgets/common/Explanations.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWhatsThisClickedEvent>

#include <algorithm>
#include <vector>

namespace vmscope {
namespace {
    constexpr int kIdRole = Qt::UserRole + 1;
    constexpr int kSearchTextRole = Qt::UserRole + 2;

    // Lower case without accents, so "uberschreiben" finds "Überschreiben".
    QString foldForSearch(const QString& text)
    {
        QString folded;
        const QString decomposed = text.normalized(QString::NormalizationForm_D);
        folded.reserve(decomposed.size());
        for (const QChar c : decomposed)
            if (c.category() != QChar::Mark_NonSpacing)
                folded += c.toCaseFolded();
        return folded;
    }
} // namespace

GlossaryDialog::GlossaryDialog(QWidget* parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("glossaryDialog"));
    setWindowTitle(tr("Glossary"));
    setModal(false);
    m_search->setPlaceholderText(tr("Search terms and definitions…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Filters as you type, in the names and the definitions of the terms"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);

    // Alphabetical in the user's language, "kswapd" among the k's.
    std::vector<const GlossaryTerm*> terms;
    for (const GlossaryTerm& term : glossaryTerms())
        terms.push_back(&term);
    std::sort(terms.begin(), terms.end(), [](const GlossaryTerm* a, const GlossaryTerm* b) {
        return QString::localeAwareCompare(termName(*a).toCaseFolded(), termName(*b).toCaseFolded()) < 0;
    });
    for (const GlossaryTerm* entry : terms) {
        const GlossaryTerm& term = *entry;
        auto* item = new QListWidgetItem(termName(term), m_list);
        item->setData(kIdRole, QString::fromLatin1(term.id));
        item->setData(kSearchTextRole,
            foldForSearch(termName(term) + u' ' + QString::fromLatin1(term.id) + u' ' + termDefinition(term) + u' '
                + termFormula(term)));
    }

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    resize(820, 520);

    connect(m_search, &QLineEdit::textChanged, this, &GlossaryDialog::filter);
    connect(m_list, &QListWidget::currentItemChanged, this, &GlossaryDialog::showCurrent);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &GlossaryDialog::followLink);
    m_list->setCurrentRow(0);
}

bool GlossaryDialog::showTerm(const QString& id)
{
    if (!glossaryTerm(id))
        return false;
    m_search->clear();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toString() == id) {
            m_list->setCurrentRow(row);
            m_list->scrollToItem(m_list->item(row));
            return true;
        }
    }
    return false;
}

QString GlossaryDialog::currentTermId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(kIdRole).toString() : QString();
}

void GlossaryDialog::setSearchText(const QString& text)
{
    m_search->setText(text);
}

QStringList GlossaryDialog::visibleTermIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row)
        if (!m_list->item(row)->isHidden())
            ids << m_list->item(row)->data(kIdRole).toString();
    return ids;
}

void GlossaryDialog::filter(const QString& text)
{
    const QStringList words = foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    QListWidgetItem* firstShown = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const QString haystack = item->data(kSearchTextRole).toString();
        const bool shown = std::all_of(
            words.cbegin(), words.cend(), [&haystack](const QString& word) { return haystack.contains(word); });
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    // The selection follows the search, so the text beside the list always belongs to a shown term.
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstShown);
    showCurrent();
}

void GlossaryDialog::showCurrent()
{
    const GlossaryTerm* term = glossaryTerm(currentTermId());
    if (!term) {
        m_browser->setHtml(QStringLiteral("<p>%1</p>").arg(tr("No term matches the search.").toHtmlEscaped()));
        return;
    }
    m_browser->setHtml(QStringLiteral("<h2>%1</h2>").arg(termName(*term).toHtmlEscaped()) + glossaryEntryHtml(*term));
}

void GlossaryDialog::followLink(const QUrl& url)
{
    showTerm(glossaryIdOfLink(url.toString()));
}

GlossaryOpener::GlossaryOpener(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

GlossaryOpener::~GlossaryOpener()
{
    qApp->removeEventFilter(this);
}

void GlossaryOpener::open(const QString& termId)
{
    if (!m_dialog)
        m_dialog = new GlossaryDialog(m_window);
    if (!termId.isEmpty())
        m_dialog->showTerm(termId);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

bool GlossaryOpener::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::WhatsThisClicked) {
        const QString id = glossaryIdOfLink(static_cast<QWhatsThisClickedEvent*>(event)->href());
        if (!id.isEmpty()) {
            open(id);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace vmscope
