#include "lookup/RdapClient.h"

#include "lookup/LookupLogging.h"
#include "lookup/RdapError.h"
#include "lookup/RdapParser.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTimer>

namespace mixdesk {
namespace {

const char* const kCancelledProperty = "mixdesk_rdap_cancelled";

const char* registryFile(int registry)
{
    switch (registry) {
    case 0:
        return "ipv4.json";
    case 1:
        return "ipv6.json";
    default:
        return "dns.json";
    }
}

} // namespace

RdapClient::RdapClient(QNetworkAccessManager* network, Options options, QObject* parent)
    : QObject(parent), m_network(network), m_options(std::move(options))
{
    QString base = m_options.bootstrapBase.toString();
    if (!base.endsWith(QLatin1Char('/')))
        m_options.bootstrapBase = QUrl(base + QLatin1Char('/'));
    if (!m_options.cachePath.isEmpty()) {
        const Status loaded = m_cache.load(m_options.cachePath);
        if (!loaded)
            qCWarning(lcLookup) << loaded.error().message;
    }
}

RdapClient::~RdapClient()
{
    for (const QPointer<QNetworkReply>& reply : std::as_const(m_replies))
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
}

QString RdapClient::defaultCachePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/rdap-cache.json");
}

Status RdapClient::saveCache() const
{
    if (m_options.cachePath.isEmpty())
        return {};
    return m_cache.save(m_options.cachePath);
}

RdapClient::Callback RdapClient::guarded(QObject* context, Callback done)
{
    if (!context)
        return done;
    return [context = QPointer<QObject>(context),
            done = std::move(done)](const Result<RdapObject>& result) {
        if (context)
            done(result);
    };
}

void RdapClient::deliverLater(const Callback& done, const Result<RdapObject>& result)
{
    QTimer::singleShot(0, this, [done, result] { done(result); });
}

void RdapClient::lookupIp(const QString& address, QObject* context, Callback done)
{
    const Callback callback = guarded(context, std::move(done));
    QHostAddress host;
    if (!host.setAddress(address.trimmed())) {
        deliverLater(callback, rdapError(RdapError::InvalidQuery,
                                         tr("'%1' is not an IP address.").arg(address)));
        return;
    }
    const QString text = host.toString();
    const QString key = QStringLiteral("ip:") + text;
    if (const auto hit = m_cache.find(key)) {
        deliverLater(callback, fromCacheEntry(*hit));
        return;
    }
    const Registry registry =
        host.protocol() == QAbstractSocket::IPv6Protocol ? Registry::Ipv6 : Registry::Ipv4;
    withBootstrap(registry, [this, host, text, key, callback](const Result<RdapBootstrap>& b) {
        if (!b) {
            callback(b.error());
            return;
        }
        const QUrl server = b->serverForAddress(host);
        if (server.isEmpty()) {
            callback(rdapError(RdapError::NoService,
                               tr("No RDAP server is registered for %1.").arg(text)));
            return;
        }
        query(key, server.resolved(QUrl(QStringLiteral("ip/") + text)), callback);
    });
}

void RdapClient::lookupDomain(const QString& domain, QObject* context, Callback done)
{
    const Callback callback = guarded(context, std::move(done));
    QString name = domain.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const QString ace = QString::fromLatin1(QUrl::toAce(name));
    if (ace.isEmpty() || !ace.contains(QLatin1Char('.')) || ace.contains(QLatin1Char('/'))) {
        deliverLater(callback, rdapError(RdapError::InvalidQuery,
                                         tr("'%1' is not a domain name.").arg(domain)));
        return;
    }
    const QString key = QStringLiteral("domain:") + ace;
    if (const auto hit = m_cache.find(key)) {
        deliverLater(callback, fromCacheEntry(*hit));
        return;
    }
    withBootstrap(Registry::Dns, [this, ace, key, callback](const Result<RdapBootstrap>& b) {
        if (!b) {
            callback(b.error());
            return;
        }
        const QUrl server = b->serverForDomain(ace);
        if (server.isEmpty()) {
            callback(rdapError(RdapError::NoService,
                               tr("No RDAP server is registered for %1.").arg(ace)));
            return;
        }
        query(key, server.resolved(QUrl(QStringLiteral("domain/") + ace)), callback);
    });
}

void RdapClient::cancelAll()
{
    const QList<QPointer<QNetworkReply>> replies = m_replies;
    for (const QPointer<QNetworkReply>& reply : replies)
        if (reply) {
            reply->setProperty(kCancelledProperty, true);
            reply->abort();
        }
}

Result<RdapObject> RdapClient::fromCacheEntry(const RdapCache::Entry& entry) const
{
    if (entry.httpStatus == 404)
        return rdapError(RdapError::NotFound,
                         tr("The RDAP server knows no such object (%1).").arg(entry.url));
    Result<RdapObject> object = RdapParser::parse(entry.body);
    if (object) {
        object->sourceUrl = entry.url;
        object->fetchedAt = entry.fetchedAt;
        object->fromCache = true;
    }
    return object;
}

void RdapClient::withBootstrap(Registry registry, BootstrapCallback done)
{
    const int index = static_cast<int>(registry);
    if (m_bootstraps.contains(index)) {
        const RdapBootstrap bootstrap = m_bootstraps.value(index);
        QTimer::singleShot(0, this, [done, bootstrap] { done(bootstrap); });
        return;
    }
    const QUrl url =
        m_options.bootstrapBase.resolved(QUrl(QString::fromLatin1(registryFile(index))));
    const QString key = QStringLiteral("bootstrap:") + url.toString();
    if (const auto hit = m_cache.find(key)) {
        Result<RdapBootstrap> parsed = RdapBootstrap::parse(hit->body);
        if (parsed) {
            m_bootstraps.insert(index, *parsed);
            const RdapBootstrap bootstrap = *parsed;
            QTimer::singleShot(0, this, [done, bootstrap] { done(bootstrap); });
            return;
        }
    }
    // One download per registry, however many lookups wait for it.
    QList<BootstrapCallback>& waiters = m_bootstrapWaiters[index];
    waiters.append(std::move(done));
    if (waiters.size() > 1)
        return;
    get(url, [this, index, url, key](int status, const QByteArray& body, const Error* error) {
        Result<RdapBootstrap> result = RdapBootstrap(); // replaced below
        if (error)
            result = *error;
        else if (status != 200)
            result =
                rdapError(RdapError::Network, tr("The RDAP bootstrap file %1 gave HTTP status %2.")
                                                  .arg(url.toString())
                                                  .arg(status));
        else
            result = RdapBootstrap::parse(body);
        if (result) {
            m_bootstraps.insert(index, *result);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            m_cache.insert(
                key, {body, url.toString(), status, now, now.addSecs(m_options.bootstrapTtlSecs)});
            saveCache();
        }
        const QList<BootstrapCallback> waiting = m_bootstrapWaiters.take(index);
        for (const BootstrapCallback& callback : waiting)
            callback(result);
    });
}

void RdapClient::query(const QString& cacheKey, const QUrl& url, const Callback& done)
{
    qCDebug(lcLookup) << "RDAP query" << url.toString();
    get(url, [this, cacheKey, url, done](int status, const QByteArray& body, const Error* error) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (status == 404) {
            m_cache.insert(cacheKey,
                           {{}, url.toString(), 404, now, now.addSecs(m_options.notFoundTtlSecs)});
            saveCache();
            done(rdapError(RdapError::NotFound,
                           tr("The RDAP server knows no such object (%1).").arg(url.toString())));
            return;
        }
        if (error) {
            done(*error);
            return;
        }
        if (status != 200) {
            done(rdapError(
                status == 429 ? RdapError::RateLimited : RdapError::Network,
                tr("The RDAP server %1 gave HTTP status %2.").arg(url.toString()).arg(status)));
            return;
        }
        Result<RdapObject> object = RdapParser::parse(body);
        if (object) {
            object->sourceUrl = url.toString();
            object->fetchedAt = now;
            m_cache.insert(cacheKey,
                           {body, url.toString(), 200, now, now.addSecs(m_options.answerTtlSecs)});
            saveCache();
        }
        done(object);
    });
}

void RdapClient::get(const QUrl& url, HttpCallback done)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/rdap+json, application/json;q=0.9");
    request.setTransferTimeout(m_options.timeoutMs);
    // RIRs redirect to each other (ARIN to RIPE...); never from https down to http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = m_network->get(request);
    m_replies.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, done] {
        reply->deleteLater();
        m_replies.removeAll(reply);
        m_replies.removeAll(nullptr);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        if (reply->error() == QNetworkReply::NoError || status != 0) {
            done(status, body, nullptr);
            return;
        }
        Error error;
        if (reply->property(kCancelledProperty).toBool())
            error = rdapError(RdapError::Cancelled, tr("The RDAP lookup was cancelled."));
        else if (reply->error() == QNetworkReply::OperationCanceledError ||
                 reply->error() == QNetworkReply::TimeoutError)
            error =
                rdapError(RdapError::Timeout, tr("The RDAP server %1 did not answer within %2 s.")
                                                  .arg(url.host())
                                                  .arg(m_options.timeoutMs / 1000.0));
        else
            error = rdapError(RdapError::Network, tr("The RDAP server %1 cannot be reached: %2")
                                                      .arg(url.host(), reply->errorString()));
        done(0, {}, &error);
    });
}

} // namespace mixdesk
