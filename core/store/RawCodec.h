#pragma once

#include "util/Result.h"

#include <QByteArray>

namespace mixdesk {

// How a notice's raw bytes sit in notice_content.raw. The evidence is kept exactly as
// received: packing is lossless, and unpack() gives back the very bytes (their SHA-256
// is the notice's key). Mail text shrinks about four times with zstd's fastest levels,
// which made the IMAP fetch and the import write a quarter of the pages, and keeps a
// 100 000-notice database at a few hundred MB.
enum class RawFormat : int
{
    Verbatim = 0, // rows written before schema 3, and bytes zstd does not shrink
    Zstd = 1,     // one zstd frame
};

struct PackedRaw
{
    RawFormat format = RawFormat::Verbatim;
    QByteArray bytes;
};

class RawCodec
{
public:
    // Thread-safe; callers with spare threads pack ahead of the store's transaction.
    static PackedRaw pack(const QByteArray& raw);
    static Result<QByteArray> unpack(RawFormat format, const QByteArray& stored);
};

} // namespace mixdesk
