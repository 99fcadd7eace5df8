#pragma once

#include "analysis/Analysis.h"
#include "store/notices/NoticeText.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <optional>

namespace mixdesk {

// What a notice's row in the full-text index holds: its text (subject, body,
// addresses) and the searchable facts of its analysis, in SqlDialect::fullTextColumns()
// order. The index keeps no copy of it (a copy of every body was the biggest table
// of the database): the store keeps these values beside the notice, packed, because
// taking a row out of such an index needs the very values it was made from.
class SearchText
{
public:
    static QStringList values(const NoticeText& text, const Analysis& analysis);

    // The values as UTF-8, never null (a null one would be bound as SQL NULL).
    static QList<QByteArray> utf8(const QStringList& values);

    // Each value as its UTF-8 byte count, ':', and its UTF-8 bytes: lossless for any
    // text, and what schema 5's migration writes in SQL for the rows before it.
    static QByteArray encode(const QStringList& values);
    static QByteArray encode(const QList<QByteArray>& utf8Values);
    static std::optional<QStringList> decode(QByteArrayView encoded);
};

} // namespace mixdesk
