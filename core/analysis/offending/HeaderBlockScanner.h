#pragma once

#include "mail/ParsedMail.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mixdesk {

// A run of header lines found inside free text (a pasted or quoted header block),
// unfolded and reassembled.
struct TextHeaderBlock
{
    QList<MailHeader> headers; // in the order written; rawValue == value, unfolded
    QString rawText;           // the lines as found, quote prefixes removed
    int firstLine = 0;         // line indices into the normalised text
    int lastLine = 0;
    int quoteDepth = 0;

    QString header(QStringView name) const;
    QStringList values(QStringView name) const;
    bool has(QStringView name) const;
};

// Finds header blocks in text: lines like "Received: ...", "From: ...", possibly
// prefixed with "> " (several levels) or indented, folded or re-wrapped by a mail
// client (a continuation that lost its leading whitespace).
class HeaderBlockScanner
{
public:
    // Blocks of at least `minHeaders` header fields in `text`.
    static QList<TextHeaderBlock> scan(const QString& text, int minHeaders = 2);
    // The same for a text already split at its line ends (LF only).
    static QList<TextHeaderBlock> scanLines(const QStringList& rawLines, int minHeaders = 2);
    // Removes quote prefixes ("> > ") from a line; returns the depth via `depth`.
    static QString stripQuote(const QString& line, int* depth);
    // True when `line` (quote prefix removed, no leading whitespace) starts a header field.
    static bool isHeaderLine(const QString& line);
    // "--- hit 2 of 25 ---", "=== Sample 2 ===", "[ Offending message ]", "-- ".
    static bool isSeparator(const QString& trimmed);
};

} // namespace mixdesk
