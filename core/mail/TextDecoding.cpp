#include "mail/TextDecoding.h"

#include "mail/VmimePlatform.h"

#include <QStringDecoder>

#include <vmime/vmime.hpp>

#include <exception>

namespace mixdesk::TextDecoding {

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

QString utf8OrLatin1(const QByteArray& bytes)
{
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    return QString::fromLatin1(bytes);
}

namespace {

bool isAscii(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// Whether a byte lies in 0x80-0x9f, the only range where windows-1252 and Latin-1
// differ.
bool hasC1Byte(const QByteArray& bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 && u <= 0x9f)
            return true;
    }
    return false;
}

// Converts through vmime's (ICU) charset converter; throws on unknown charsets
// or invalid input, which the caller turns into a fallback.
QString convertWithVmime(const QByteArray& bytes, const std::string& charset)
{
    vmime::charsetConverterOptions opts;
    opts.silentlyReplaceInvalidSequences = false;
    std::string out;
    vmime::charset::convert(std::string(bytes.constData(), size_t(bytes.size())), out,
                            vmime::charset(charset), vmime::charset(vmime::charsets::UTF_8), opts);
    return QString::fromUtf8(out.data(), qsizetype(out.size()));
}

} // namespace

QString decode(const QByteArray& bytes, const QString& charset, bool* ok)
{
    if (ok)
        *ok = true;
    const QString cs = charset.trimmed().toLower();
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    if (cs.isEmpty() || cs == u"us-ascii" || cs == u"ascii" || cs == u"unknown-8bit") {
        return utf8OrLatin1(bytes);
    }
    if (cs == u"utf-8" || cs == u"utf8") {
        if (isValidUtf8(bytes))
            return QString::fromUtf8(bytes);
        if (ok)
            *ok = false;
        return QString::fromLatin1(bytes);
    }
    if (cs == u"iso-8859-1" || cs == u"latin1" || cs == u"latin-1" || cs == u"iso8859-1") {
        // Mail declared as Latin-1 often carries windows-1252 quotes and dashes in
        // 0x80-0x9f; read it as windows-1252 like browsers do, Latin-1 if that fails.
        // Without such bytes both are Latin-1, which needs no converter (ICU through
        // vmime took half a million instructions for a notice).
        if (!hasC1Byte(bytes))
            return QString::fromLatin1(bytes);
        try {
            return convertWithVmime(bytes, "windows-1252");
        } catch (const std::exception&) {
            return QString::fromLatin1(bytes);
        }
    }
    try {
        return convertWithVmime(bytes, cs.toStdString());
    } catch (const std::exception&) {
        if (ok)
            *ok = false;
        return utf8OrLatin1(bytes);
    }
}

QString decodeHeaderValue(const QByteArray& rawValue)
{
    if (!rawValue.contains("=?"))
        return utf8OrLatin1(rawValue);
    try {
        ensureVmimePlatform();
        const auto text = vmime::text::decodeAndUnfold(
            std::string(rawValue.constData(), size_t(rawValue.size())));
        QString result;
        for (size_t i = 0; i < text->getWordCount(); ++i) {
            const auto word = text->getWordAt(i);
            const std::string& buf = word->getBuffer();
            const QByteArray bytes(buf.data(), qsizetype(buf.size()));
            // vmime marks unencoded runs as us-ascii; they may hold raw 8-bit bytes.
            result += decode(bytes, QString::fromStdString(word->getCharset().getName()));
        }
        return result;
    } catch (const std::exception&) {
        return utf8OrLatin1(rawValue);
    }
}

} // namespace mixdesk::TextDecoding
