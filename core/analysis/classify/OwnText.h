#pragma once

#include <QString>
#include <QStringList>

namespace mixdesk::OwnText {

// Helpers that pick the reporter's own words out of a notice's text. They are
// deliberately forgiving: ownText from the analyzer may already be clean, a
// crude bodyText() may still hold forwarded complaints and pasted headers.

// Lines of the text with line ends normalised.
QStringList lines(const QString& text);

// True for a line that starts a pasted mail header ("Received: ...",
// "X-Originating-IP: ...") or machine-readable report field.
bool isHeaderLine(const QString& line);

// The text without forwarded/quoted material: everything from a forward or
// reply marker ("-------- Forwarded ...", "----- Ursprüngliche Nachricht -----",
// "On ... wrote:", "Am ... schrieb ...:") up to a matching end marker is dropped,
// as are "> " quoted lines and pasted header blocks.
QStringList ownLines(const QString& text);
// The same with the lines numbered in `quotedLines` (of text.split('\n'), ascending)
// quoted, as if they began with "> ": a section's quoted lines whose marks the text parser
// took off.
QStringList ownLines(const QString& text, const QList<int>& quotedLines);

// Lower-cased text for keyword matching with whitespace collapsed, always valid UTF-16
// (lone surrogate halves replaced), so expressions may skip the validity check.
QString normalized(const QString& text);

// True when the line is a closing formula ("Kind regards,", "Mit freundlichen Grüßen").
bool isClosingFormula(const QString& line);

} // namespace mixdesk::OwnText
