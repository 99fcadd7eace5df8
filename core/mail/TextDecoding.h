#pragma once

#include <QByteArray>
#include <QString>

namespace mixdesk {

// Byte-to-Unicode conversions shared by the MIME parser and anything that has
// to read raw mail bytes. None of them fails: what cannot be decoded in the
// declared charset is read as UTF-8 when valid, otherwise as Latin-1, so no
// byte is ever lost.
namespace TextDecoding {

// True when bytes are well-formed UTF-8 (plain ASCII included).
bool isValidUtf8(const QByteArray& bytes);

// UTF-8 when valid, otherwise Latin-1 (raw 8-bit header bytes, undeclared text).
QString utf8OrLatin1(const QByteArray& bytes);

// Converts bytes in the given MIME charset (any case, may be empty or unknown).
// Sets *ok to false when the charset was unknown or the bytes invalid in it
// and a fallback was used.
QString decode(const QByteArray& bytes, const QString& charset, bool* ok = nullptr);

// Decodes RFC 2047 encoded words in an unfolded header value; unencoded runs
// are read as UTF-8 or Latin-1.
QString decodeHeaderValue(const QByteArray& rawValue);

} // namespace TextDecoding
} // namespace mixdesk
