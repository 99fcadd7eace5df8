#include "analysis/text/WordTable.h"

namespace mixdesk {

WordTable::WordTable(const QList<Entry>& entries)
{
    for (const Entry& e : entries)
        m_buckets[bucketOf(e.word)].append(e);
}

unsigned WordTable::bucketOf(QStringView word)
{
    if (word.isEmpty())
        return 0;
    return bucketOf(word.size(), word.front().unicode(), word.back().unicode());
}

int WordTable::tagOf(QStringView word) const
{
    for (const Entry& e : m_buckets[bucketOf(word)]) {
        if (e.word.size() == word.size() && QStringView(e.word) == word)
            return e.tag;
    }
    return -1;
}

} // namespace mixdesk
