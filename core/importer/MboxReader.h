#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>

namespace mixdesk {

// Streams the messages of an mbox file one at a time (never the whole file in
// memory). Messages start at a "From " line at the start of the file or after
// a blank line; ">From " quoting is undone (mboxrd: one '>' removed from any
// run of '>' before "From "; this also reads mboxo).
class MboxReader
{
public:
    explicit MboxReader(const QString& path);

    // False when the file cannot be opened or does not start like an mbox.
    bool open(QString* error);
    // The next message; false at the end of the file.
    bool next(QByteArray* message, QDateTime* envelopeDate);
    int messagesRead() const { return m_count; }

    static bool looksLikeMbox(const QString& path);
    // The date of a "From sender Mon Jan 12 10:00:00 2026" line, invalid when none.
    static QDateTime envelopeDate(const QByteArray& fromLine);

private:
    QFile m_file;
    QByteArray m_pendingFromLine;
    int m_count = 0;
};

} // namespace mixdesk
