#include "store/RawCodec.h"

#include <QCoreApplication>

#include <memory>

#include <zstd.h>

namespace mixdesk {

namespace {

// zstd level 1: within a few percent of level 3's ratio on mail, at the speed the
// IMAP fetch thread can afford.
constexpr int kLevel = 1;

} // namespace

PackedRaw RawCodec::pack(const QByteArray& raw)
{
    // One context per thread: creating one per call costs more than compressing a mail.
    thread_local std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> context(ZSTD_createCCtx(),
                                                                              &ZSTD_freeCCtx);
    QByteArray packed(qsizetype(ZSTD_compressBound(size_t(raw.size()))), Qt::Uninitialized);
    const size_t size = ZSTD_compressCCtx(context.get(), packed.data(), size_t(packed.size()),
                                          raw.constData(), size_t(raw.size()), kLevel);
    if (ZSTD_isError(size) || qsizetype(size) >= raw.size())
        return PackedRaw{RawFormat::Verbatim, raw};
    packed.truncate(qsizetype(size));
    return PackedRaw{RawFormat::Zstd, packed};
}

Result<QByteArray> RawCodec::unpack(RawFormat format, const QByteArray& stored)
{
    if (format == RawFormat::Verbatim)
        return stored;
    if (format != RawFormat::Zstd)
        return Error{
            QCoreApplication::translate("RawCodec", "The stored message has an unknown format (%1)")
                .arg(int(format))};
    const unsigned long long size =
        ZSTD_getFrameContentSize(stored.constData(), size_t(stored.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ull << 31))
        return Error{QCoreApplication::translate(
            "RawCodec", "The stored message is damaged: its compressed frame is unreadable")};
    thread_local std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> context(ZSTD_createDCtx(),
                                                                              &ZSTD_freeDCtx);
    QByteArray raw(qsizetype(size), Qt::Uninitialized);
    const size_t written = ZSTD_decompressDCtx(context.get(), raw.data(), size_t(raw.size()),
                                               stored.constData(), size_t(stored.size()));
    if (ZSTD_isError(written) || written != size)
        return Error{QCoreApplication::translate("RawCodec", "The stored message is damaged: %1")
                         .arg(QString::fromLatin1(ZSTD_getErrorName(written)))};
    return raw;
}

} // namespace mixdesk
