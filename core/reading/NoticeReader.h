#pragma once

#include "reading/ReadableMessage.h"

#include <QByteArray>

namespace mixdesk {

struct ParsedMail;

// Turns a raw notice into what a person reads: see ReadableMessage. Never throws and
// never reaches the network; thread-safe (the inbox reads notices on the store's worker).
class NoticeReader
{
public:
    static ReadableMessage read(const QByteArray& raw);
    static ReadableMessage fromParsed(const ParsedMail& mail);
    // Links in a text (http, https, ftp, mailto), trailing punctuation removed, each once.
    static QStringList findLinks(const QString& text);
};

} // namespace mixdesk
