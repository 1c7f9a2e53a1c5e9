#pragma once

#include <QString>
#include <QStringList>

#include <span>

class QAbstractItemModel;

namespace vmscope {

// One place for what every number means: the glossary's terms, each with a definition of one to
// three sentences, the formula where there is one, the kernel documentation it comes from and
// related terms. What's This texts (Shift+F1) of figures, columns and plot series are built from
// it and link to the glossary with <a href="glossary:ID">.
struct GlossaryTerm {
    const char* id; // stable, lower case: "pss", "watermark"
    const char* name; // translatable (context "vmscope::Glossary")
    const char* definition; // translatable; empty when smapsKey names core's explanation
    const char* formula; // translatable, may be empty
    const char* source; // "Documentation/filesystems/proc.rst", not translated
    const char* seeAlso; // ids separated by spaces
    const char* aliases = ""; // column titles that mean this term, separated by '|' ("RSS|VmRSS")
    const char* smapsKey = ""; // definition from core's smapsKeyExplanation (one text, one place)
};

std::span<const GlossaryTerm> glossaryTerms();
const GlossaryTerm* glossaryTerm(const QString& id);
// The term a column title or series name stands for ("PSS %" -> pss), or nullptr.
const GlossaryTerm* glossaryTermForTitle(const QString& title);

QString termName(const GlossaryTerm& term);
QString termDefinition(const GlossaryTerm& term);
QString termFormula(const GlossaryTerm& term);
QStringList termSeeAlso(const GlossaryTerm& term);

// The scheme of links to glossary terms: "glossary:pss".
QString glossaryLink(const QString& id);
// The term id of a glossary link, or an empty string for any other link.
QString glossaryIdOfLink(const QString& href);

// Rich text for What's This: the term's name, definition, formula in a monospace line,
// "Source: Documentation/…" and links to the related terms.
QString explanationHtml(const QString& termId);
// A figure's own sentence (`lead`, plain text, e.g. its tooltip) followed by the term's explanation;
// just the lead, with no term.
QString explanationHtml(const QString& lead, const QString& termId);
// A column's What's This: its tooltip (or title) with the explanation of the term its title names.
// Models answer Qt::WhatsThisRole in headerData with it.
QString columnWhatsThis(const QAbstractItemModel* model, int section);

// "See also: A, B" with each known term a glossary link; empty when none is known.
QString seeAlsoHtml(const QStringList& termIds);
// The body of a term as the glossary shows it: definition, formula, source, "See also" links.
QString glossaryEntryHtml(const GlossaryTerm& term);

// Every glossary id a text links to (tests walk the registry with it).
QStringList linkedGlossaryIds(const QString& html);

} // namespace vmscope
