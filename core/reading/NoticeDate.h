#pragma once

#include <QByteArrayView>
#include <QDateTime>

namespace mixdesk {

// When a notice reached the operator, from the notice itself: the date of its top
// Received line (written by the operator's own mail server on delivery), else its
// Date header. A file's modification time says when the file was copied, not when the
// notice came: it is only the last resort, and marked so.
struct NoticeDate
{
    enum class Source
    {
        TopReceived,
        DateHeader,
        Fallback, // the time given by the caller (a file's time): the notice has no date
        None
    };
    QDateTime when; // UTC
    Source source = Source::None;

    static NoticeDate of(QByteArrayView raw, const QDateTime& fallback = {});
};

} // namespace mixdesk
