#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace mixdesk {

// The FETCH data items we ask for, from "N FETCH (...)" with literals set aside.
struct ImapFetchItems
{
    bool isFetch = false;
    quint32 uid = 0;
    quint64 size = 0;
    QByteArray internalDate;
    std::optional<QByteArray> body;
};

// Our own reading of IMAP responses (ImapSession reads them over vmime's socket):
// vmime 0.9.2's parser cannot read INTERNALDATE (its atom swallows "Nov-2026"). Pure
// functions of the bytes the server sent, so that a fuzzer can drive them.
class ImapResponse
{
public:
    // No literal a server may send is larger: a mail does not reach it, and a server
    // that announces more is not followed.
    static constexpr qint64 kMaxLiteral = qint64(1) << 30;

    struct Literal
    {
        qint64 length = -1;       // -1: the line ends in no literal
        qsizetype markerSize = 0; // the characters of "{N}" or "{N+}"
    };
    // The literal announced at the end of a response line.
    static Literal literalAtEnd(const QByteArray& line);

    // An untagged FETCH response (without "* "), each literal replaced by "{#index}".
    static ImapFetchItems parseFetch(const QByteArray& text, const QList<QByteArray>& literals);

    // INTERNALDATE: "dd-Mon-yyyy hh:mm:ss +zzzz" (day may be space-padded), in UTC;
    // invalid when it is not one.
    static QDateTime parseInternalDate(const QByteArray& text);
};

} // namespace mixdesk
