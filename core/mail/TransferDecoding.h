#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace mixdesk {

// Fast decoders for the two transfer encodings of mail bodies, for well-formed input
// only: anything unusual (a stray '=', trailing blanks, a bare CR, a character outside
// the encoding's alphabet) gives nullopt, and the caller lets vmime decode it, with
// its own rules for broken input. vmime decodes through byte-wise streams with
// virtual calls, about a hundred instructions per byte; for clean input the results
// are the same (tested against vmime).
class TransferDecoding
{
public:
    static std::optional<QByteArray> base64(QByteArrayView encoded);
    static std::optional<QByteArray> quotedPrintable(QByteArrayView encoded);
};

} // namespace mixdesk
