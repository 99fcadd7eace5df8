// libFuzzer harness: the Received tokenizer and the RFC 5322 date reader.
#include "analysis/ReceivedParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString value = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const mixdesk::ReceivedHop hop = mixdesk::ReceivedParser::parse(value);
    (void)hop;
    (void)mixdesk::ReceivedParser::parseDate(value);
    return 0;
}
