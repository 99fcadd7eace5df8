#pragma once

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace mixdesk {

// Finds the body parts of a multipart entity between its delimiter lines (RFC 2046
// 5.1.1) where the structure is clean, as vmime finds them: a part ends before the
// line break that precedes the next delimiter. Anything vmime might read in its own
// way gives nullopt, and the caller leaves the message to vmime: a missing close
// delimiter, transport padding before or after a boundary, a boundary followed by a
// single '-', a bare CR after it, a part without bytes, no part at all.
//
// vmime builds a tree of objects for every part and every header field; on the
// multipart notices that was nine tenths of their parsing time.
class MultipartSplitter
{
public:
    struct Part
    {
        qsizetype begin; // the part's first byte (its header)
        qsizetype end;   // one past its last byte
    };

    // `data` is the whole message: the line break before the first delimiter may
    // lie before `begin` (the empty line after the entity's header). The body is
    // data[begin, end).
    static std::optional<QList<Part>> split(QByteArrayView data, qsizetype begin, qsizetype end,
                                            QByteArrayView boundary);
};

} // namespace mixdesk
