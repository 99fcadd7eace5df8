#include "mail/TransferDecoding.h"

namespace mixdesk {
namespace {

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1; // lower-case hex is unusual: left to vmime
}

} // namespace

// Both decoders write through a raw pointer into a buffer as long as the input:
// QByteArray::append per byte was as slow as vmime's streams.

std::optional<QByteArray> TransferDecoding::base64(QByteArrayView encoded)
{
    QByteArray data(encoded.size(), Qt::Uninitialized);
    char* out = data.data();
    qsizetype padding = 0;
    const qsizetype n = encoded.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = encoded[i];
        if (c == '\n' || (c == '\r' && i + 1 < n && encoded[i + 1] == '\n'))
            continue;
        if (c == '=') {
            if (++padding > 2)
                return std::nullopt;
        } else if (padding > 0 || !isBase64Char(c)) {
            return std::nullopt; // data after padding, or outside the alphabet
        }
        *out++ = c;
    }
    data.truncate(out - data.data());
    if (data.size() % 4 != 0)
        return std::nullopt;
    return QByteArray::fromBase64(data);
}

std::optional<QByteArray> TransferDecoding::quotedPrintable(QByteArrayView encoded)
{
    QByteArray decoded(encoded.size(), Qt::Uninitialized);
    char* out = decoded.data();
    const qsizetype n = encoded.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = encoded[i];
        if (c == '=') {
            if (i + 1 < n && encoded[i + 1] == '\n') { // soft line break
                i += 1;
                continue;
            }
            if (i + 2 < n && encoded[i + 1] == '\r' && encoded[i + 2] == '\n') {
                i += 2;
                continue;
            }
            if (i + 2 >= n)
                return std::nullopt;
            const int high = hexValue(encoded[i + 1]);
            const int low = hexValue(encoded[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            *out++ = char(high * 16 + low);
            i += 2;
            continue;
        }
        if (c == '\r') {
            if (i + 1 >= n || encoded[i + 1] != '\n')
                return std::nullopt;
        } else if (c == ' ' || c == '\t') {
            // Blanks before a line end are transport padding, which decoders drop.
            if (i + 1 >= n || encoded[i + 1] == '\r' || encoded[i + 1] == '\n')
                return std::nullopt;
        } else if (c != '\n' && (c < 33 || c > 126)) {
            return std::nullopt;
        }
        *out++ = c;
    }
    decoded.truncate(out - decoded.data());
    return decoded;
}

} // namespace mixdesk
