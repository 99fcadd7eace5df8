// libFuzzer harness: MailParser::parse (vmime and the direct reader) on any bytes.
#include "mail/MailParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char*>(data), qsizetype(size));
    const mixdesk::ParsedMail mail = mixdesk::MailParser::parse(raw);
    // Touch what the rest of the program reads.
    (void)mail.bodyText();
    (void)mail.header(u"Subject");
    return 0;
}
