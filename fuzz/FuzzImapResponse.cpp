// libFuzzer harness: IMAP responses as ImapSession reads them: lines, literals
// ("{N}" then N bytes), untagged FETCH data and INTERNALDATE.
#include "imap/ImapResponse.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray stream(reinterpret_cast<const char*>(data), qsizetype(size));
    qsizetype pos = 0;
    const auto readLine = [&](QByteArray* line) {
        const qsizetype end = stream.indexOf("\r\n", pos);
        if (end < 0)
            return false;
        *line = stream.mid(pos, end - pos);
        pos = end + 2;
        return true;
    };
    QByteArray text;
    while (readLine(&text)) {
        QList<QByteArray> literals;
        bool complete = true;
        while (true) {
            const mixdesk::ImapResponse::Literal literal =
                mixdesk::ImapResponse::literalAtEnd(text);
            if (literal.length < 0)
                break;
            if (literal.length > mixdesk::ImapResponse::kMaxLiteral ||
                literal.length > stream.size() - pos) {
                complete = false; // the session stops here (or waits for more)
                break;
            }
            if (literal.markerSize <= 0 || literal.markerSize > text.size())
                __builtin_trap();
            text.chop(literal.markerSize);
            text += "{#" + QByteArray::number(literals.size()) + '}';
            literals << stream.mid(pos, literal.length);
            pos += literal.length;
            QByteArray rest;
            if (!readLine(&rest)) {
                complete = false;
                break;
            }
            text += rest;
        }
        if (!complete)
            break;
        if (text.startsWith("* "))
            text.remove(0, 2);
        const mixdesk::ImapFetchItems items = mixdesk::ImapResponse::parseFetch(text, literals);
        (void)mixdesk::ImapResponse::parseInternalDate(items.internalDate);
    }
    return 0;
}
