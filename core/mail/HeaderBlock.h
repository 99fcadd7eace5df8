#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace mixdesk {

// One header field exactly as written: name and the unfolded, undecoded value.
struct RawHeaderField
{
    QByteArray name;
    QByteArray value; // unfolded (line breaks before continuation whitespace removed), trimmed
};

// Our own header splitter: vmime's parsed header drops nothing we need for MIME,
// but the Received tokenizer wants the value byte for byte and we want to report
// malformed lines instead of silently losing them.
struct HeaderBlock
{
    QList<RawHeaderField> fields;
    qsizetype bodyOffset = 0; // first byte after the empty line ending the header (or size)
    QStringList problems;
    // A line of blanks only was taken as a continuation line: vmime may end the header
    // there instead.
    bool hasBlankLine = false;

    // Splits the header section at the start of data. Accepts CRLF, bare LF and mixes.
    static HeaderBlock split(QByteArrayView data);
};

} // namespace mixdesk
