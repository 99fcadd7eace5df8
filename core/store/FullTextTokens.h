#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mixdesk {

// The words of a text as SQLite's FTS5 `unicode61 remove_diacritics 2` tokenizer sees
// them: runs of letters and digits, folded to lower case, diacritics removed. The
// PostgreSQL store indexes and searches these very tokens (in a tsvector of the
// `simple` kind, no stemming), so that a search finds the same notices on both
// databases: an IP "192.0.2.7" is the phrase 192 0 2 7 on both, "Über" finds "uber".
class FullTextTokens
{
public:
    static QStringList tokens(QStringView text);

    // A tsvector literal of `columns` (UTF-8), with a gap in the positions between
    // columns so that no phrase runs from one column into the next, as in FTS5.
    // PostgreSQL keeps at most 256 positions per word and none past 16 383: phrases
    // deeper into very long bodies are found as words only.
    static QString tsvector(const QList<QByteArray>& columns);
    // A tsquery literal for the user's words (every word must occur; a word of several
    // tokens is a phrase; the last word is a prefix). Empty: nothing to search.
    static QString tsquery(const QString& userText);
};

} // namespace mixdesk
