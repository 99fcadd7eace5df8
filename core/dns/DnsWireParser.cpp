#include "dns/DnsWireParser.h"

#include <ares.h>

#include <optional>

namespace mixdesk {
namespace {

constexpr int kHeaderSize = 12;
constexpr int kClassIn = 1;

quint16 read16(const unsigned char* p)
{
    return static_cast<quint16>((p[0] << 8) | p[1]);
}

quint32 read32(const unsigned char* p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

Error malformed(const char* what)
{
    return Error{QStringLiteral("malformed DNS answer: ") + QLatin1String(what)};
}

// Expands the (possibly compressed) name at `at`; `length` gets its encoded length.
std::optional<QString> expandName(const unsigned char* at, const unsigned char* message, int size,
                                  long* length)
{
    char* name = nullptr;
    if (ares_expand_name(at, message, size, &name, length) != ARES_SUCCESS)
        return std::nullopt;
    QString result = QString::fromLatin1(name);
    ares_free_string(name);
    return result;
}

std::optional<DnsRecord> readRdata(DnsRecordType type, const unsigned char* rdata, int rdLength,
                                   const unsigned char* message, int size)
{
    DnsRecord record;
    switch (type) {
    case DnsRecordType::A:
        if (rdLength != 4)
            return std::nullopt;
        record.address = QHostAddress(read32(rdata));
        record.value = record.address.toString();
        return record;
    case DnsRecordType::Aaaa: {
        if (rdLength != 16)
            return std::nullopt;
        record.address = QHostAddress(rdata);
        record.value = record.address.toString();
        return record;
    }
    case DnsRecordType::Ptr: {
        long length = 0;
        const std::optional<QString> target = expandName(rdata, message, size, &length);
        if (!target || length > rdLength)
            return std::nullopt;
        record.value = *target;
        return record;
    }
    case DnsRecordType::Txt: {
        QByteArray joined;
        for (int i = 0; i < rdLength;) {
            const int length = rdata[i];
            if (i + 1 + length > rdLength)
                return std::nullopt;
            const QByteArray piece(reinterpret_cast<const char*>(rdata + i + 1), length);
            record.strings.append(piece);
            joined += piece;
            i += 1 + length;
        }
        // DNSBL texts are ASCII, but a zone may send Latin-1 or UTF-8: take UTF-8 when it is.
        const QString utf8 = QString::fromUtf8(joined);
        record.value =
            utf8.contains(QChar::ReplacementCharacter) ? QString::fromLatin1(joined) : utf8;
        return record;
    }
    }
    return std::nullopt;
}

} // namespace

Result<QList<DnsRecord>> DnsWireParser::answers(QByteArrayView bytes, DnsRecordType type)
{
    const auto* message = reinterpret_cast<const unsigned char*>(bytes.data());
    const int size = static_cast<int>(bytes.size());
    if (size < kHeaderSize)
        return malformed("shorter than a header");
    const int questions = read16(message + 4);
    const int answers = read16(message + 6);

    const unsigned char* at = message + kHeaderSize;
    const unsigned char* end = message + size;
    for (int i = 0; i < questions; ++i) {
        long length = 0;
        if (!expandName(at, message, size, &length))
            return malformed("bad question name");
        at += length + 4; // type and class
        if (at > end)
            return malformed("truncated question");
    }

    QList<DnsRecord> records;
    for (int i = 0; i < answers; ++i) {
        long length = 0;
        const std::optional<QString> owner = expandName(at, message, size, &length);
        if (!owner)
            return malformed("bad owner name");
        at += length;
        if (end - at < 10)
            return malformed("truncated record");
        const int rrType = read16(at);
        const int rrClass = read16(at + 2);
        const quint32 ttl = read32(at + 4);
        const int rdLength = read16(at + 8);
        at += 10;
        if (end - at < rdLength)
            return malformed("truncated record data");
        if (rrType == static_cast<int>(type) && rrClass == kClassIn) {
            std::optional<DnsRecord> record = readRdata(type, at, rdLength, message, size);
            if (!record)
                return malformed("bad record data");
            record->name = *owner;
            // RFC 2181 8: a TTL with the top bit set is read as zero.
            record->ttl = (ttl & 0x80000000u) ? 0 : ttl;
            records.append(std::move(*record));
        }
        at += rdLength;
    }
    return records;
}

} // namespace mixdesk
