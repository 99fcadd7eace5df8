#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>

namespace mixdesk {

// A fixed set of short words, each with a tag, looked up by exact (case-sensitive)
// comparison. Built for the language guesses, which look up every word of a
// notice: hashing each word into a QSet, or comparing it with every listed word,
// was most of their time. A bucket is chosen by length and the first and last
// character; the few words in it are compared directly.
class WordTable
{
public:
    struct Entry
    {
        QString word;
        int tag = 0;
    };
    explicit WordTable(const QList<Entry>& entries);

    // The tag of `word`, or -1 when it is not listed.
    int tagOf(QStringView word) const;
    // False when no listed word has this length, first and last character: most
    // words of a text are ruled out by this before they are lower-cased for tagOf().
    bool mayList(qsizetype size, char16_t first, char16_t last) const
    {
        return !m_buckets[bucketOf(size, first, last)].isEmpty();
    }

private:
    static constexpr int kBuckets = 512;
    static unsigned bucketOf(qsizetype size, char16_t first, char16_t last)
    {
        return (unsigned(size) * 131u + unsigned(first) * 31u + unsigned(last)) % kBuckets;
    }
    static unsigned bucketOf(QStringView word);

    std::array<QList<Entry>, kBuckets> m_buckets;
};

} // namespace mixdesk
