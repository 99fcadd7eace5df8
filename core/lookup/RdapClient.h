#pragma once

#include "lookup/RdapBootstrap.h"
#include "lookup/RdapCache.h"
#include "lookup/RdapObject.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace mixdesk {

// Asks RDAP (RFC 7480-7484, 9082/9083) who holds an IP network or a domain. The
// server is found through the IANA bootstrap registries (RFC 9224) under a
// configurable base URL, so tests and private mirrors can stand in for IANA.
// Answers go through an RdapCache (see there why). Asynchronous: callbacks run
// on the client's thread, never before the call returns, and not at all once
// their context object is gone.
class RdapClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl bootstrapBase{QStringLiteral("https://data.iana.org/rdap/")};
        int timeoutMs = 15000; // per HTTP request
        qint64 answerTtlSecs = 24 * 3600;
        qint64 notFoundTtlSecs = 3600;
        qint64 bootstrapTtlSecs = 7 * 24 * 3600; // IANA changes these files a few times a year
        QString cachePath; // JSON file the cache is loaded from and saved to; empty: memory only
    };
    using Callback = std::function<void(const Result<RdapObject>&)>;

    RdapClient(QNetworkAccessManager* network, Options options, QObject* parent = nullptr);
    ~RdapClient() override;

    // `address`: an IPv4 or IPv6 address. The answer is the network that holds it.
    void lookupIp(const QString& address, QObject* context, Callback done);
    // `domain`: a domain name; the answer is the registry's domain object.
    void lookupDomain(const QString& domain, QObject* context, Callback done);
    // Aborts every request; their callbacks get RdapError::Cancelled.
    void cancelAll();

    const RdapCache& cache() const { return m_cache; }
    Status saveCache() const;
    // rdap-cache.json in the per-user cache folder.
    static QString defaultCachePath();

private:
    enum class Registry
    {
        Ipv4,
        Ipv6,
        Dns
    };
    using BootstrapCallback = std::function<void(const Result<RdapBootstrap>&)>;
    using HttpCallback =
        std::function<void(int status, const QByteArray& body, const Error* error)>;

    void withBootstrap(Registry registry, BootstrapCallback done);
    void query(const QString& cacheKey, const QUrl& url, const Callback& done);
    void get(const QUrl& url, HttpCallback done);
    void deliverLater(const Callback& done, const Result<RdapObject>& result);
    static Callback guarded(QObject* context, Callback done);
    Result<RdapObject> fromCacheEntry(const RdapCache::Entry& entry) const;

    QNetworkAccessManager* m_network;
    Options m_options;
    RdapCache m_cache;
    QHash<int, RdapBootstrap> m_bootstraps;
    QHash<int, QList<BootstrapCallback>> m_bootstrapWaiters;
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace mixdesk
