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
    const unsigned first = word.front().unicode();
    const unsigned last = word.back().unicode();
    return (unsigned(word.size()) * 131u + first * 31u + last) % kBuckets;
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
