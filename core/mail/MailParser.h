#pragma once

#include "mail/ParsedMail.h"

#include <QByteArray>

namespace mixdesk {

// Parses raw RFC 5322/MIME bytes with vmime. Never throws: whatever cannot be
// parsed ends up in ParsedMail::problems, and what could be recovered is kept.
// Accepts CRLF, bare LF and mixes; message/rfc822 parts are parsed again into
// ParsedMail::attachedMessages. Thread-safe.
class MailParser
{
public:
    static ParsedMail parse(const QByteArray& raw);
    // The same without the direct reading of clean structures (vmime parses every
    // message): for tests that compare the two.
    static ParsedMail parseWithVmimeOnly(const QByteArray& raw);
    // Whether parse() reads this message's structure without vmime: for tests that
    // make sure the clean structures it exists for do not fall back.
    static bool readsDirectly(const QByteArray& raw);
};

} // namespace mixdesk
