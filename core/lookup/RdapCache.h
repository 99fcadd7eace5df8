#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace mixdesk {

// RDAP answers and bootstrap files, kept for a while: registries rate-limit
// (RIPE and ARIN answer 429 to bursts) and what they say about a network changes
// in weeks, not minutes. In memory with a time to live per entry, and saved to a
// JSON file so the next run of the CLI or the app starts warm. "Not found"
// answers are kept too, for a shorter time, so a typo is not asked again at once.
class RdapCache
{
public:
    struct Entry
    {
        QByteArray body; // the answer as received (JSON)
        QString url;     // where it came from
        int httpStatus = 200;
        QDateTime fetchedAt;
        QDateTime expiresAt;
    };

    // An entry that has not expired at `now`.
    std::optional<Entry> find(const QString& key,
                              const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    void insert(const QString& key, const Entry& entry);
    void clear() { m_entries.clear(); }
    qsizetype size() const { return m_entries.size(); }

    // A missing file is an empty cache; expired entries are dropped when saving.
    Status load(const QString& path);
    Status save(const QString& path) const;

private:
    QHash<QString, Entry> m_entries;
};

} // namespace mixdesk
