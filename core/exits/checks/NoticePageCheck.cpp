#include "exits/checks/NoticePageCheck.h"

#include "exits/checks/NoticePageRecognizer.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringDecoder>

namespace mixdesk {
namespace {

QUrl pageUrl(const QString& scheme, const QString& ip, quint16 port)
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(ip); // QUrl brackets IPv6 addresses itself
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}

} // namespace

NoticePageCheck::NoticePageCheck(QNetworkAccessManager* network, Options options, QObject* parent)
    : ReadinessCheck(parent), m_network(network), m_options(options), m_tokens(new QObject(this))
{}

void NoticePageCheck::cancelAll()
{
    delete m_tokens; // deletes the replies too: they are children of their run's token
    m_tokens = new QObject(this);
}

void NoticePageCheck::fetch(const QUrl& url, QObject* token, FetchDone done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader("Accept", "text/html, */*;q=0.5");
    QNetworkReply* reply = m_network->get(request);
    reply->setParent(token);
    // The certificate is made out to a name, while we ask by address: what matters
    // here is what the page says, not who vouches for it.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    connect(reply, &QNetworkReply::finished, token, [reply, done] {
        Fetch f;
        f.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        f.answered = f.status != 0;
        // Pages are small; a decoder that honours a charset parameter is more than
        // the check needs: UTF-8 with replacement reads Latin-1 keywords too.
        if (reply->isOpen())
            f.body = QString::fromUtf8(reply->read(1024 * 1024));
        f.tlsFailed = reply->error() == QNetworkReply::SslHandshakeFailedError;
        f.timedOut = reply->error() == QNetworkReply::OperationCanceledError;
        f.error = reply->errorString();
        reply->deleteLater();
        done(f);
    });
}

CheckResult NoticePageCheck::httpVerdict(const ExitTarget& target, const OperatorProfile& profile,
                                         const Fetch& http) const
{
    if (!http.answered) {
        if (http.timedOut)
            return result(target, CheckStatus::Fail,
                          tr("Port %1 of %2 gave no answer within %3 s.")
                              .arg(m_options.httpPort)
                              .arg(target.ip)
                              .arg(m_options.timeoutMs / 1000.0));
        return result(target, CheckStatus::Fail,
                      tr("No web server answers on port %1 of %2: %3")
                          .arg(m_options.httpPort)
                          .arg(target.ip, http.error));
    }
    if (http.status != 200)
        return result(target, CheckStatus::Fail,
                      tr("Port %1 of %2 answers with HTTP status %3 instead of a page.")
                          .arg(m_options.httpPort)
                          .arg(target.ip)
                          .arg(http.status));
    const NoticePageRecognizer::Verdict v = NoticePageRecognizer::judge(http.body, profile);
    return result(target, v.status, v.detail);
}

void NoticePageCheck::run(const ExitTarget& target, const OperatorProfile& profile, Done done)
{
    QObject* token = new QObject(m_tokens);
    fetch(pageUrl(QStringLiteral("http"), target.ip, m_options.httpPort), token,
          [this, target, profile, token, done](const Fetch& http) {
              const CheckResult plain = httpVerdict(target, profile, http);
              if (m_options.httpsPort == 0) {
                  token->deleteLater();
                  done(plain);
                  return;
              }
              fetch(pageUrl(QStringLiteral("https"), target.ip, m_options.httpsPort), token,
                    [this, target, profile, token, done, plain](const Fetch& https) {
                        token->deleteLater();
                        CheckResult r = plain;
                        if (https.tlsFailed) { // something listens there, but TLS fails
                            r.status = std::max(r.status, CheckStatus::Warn);
                            r.detail += QLatin1Char(' ') +
                                        tr("Port %1 accepts connections, but HTTPS fails: %2")
                                            .arg(m_options.httpsPort)
                                            .arg(https.error);
                            done(r);
                            return;
                        }
                        if (!https.answered) { // HTTPS not offered: nothing to add
                            done(r);
                            return;
                        }
                        const NoticePageRecognizer::Verdict v =
                            https.status == 200
                                ? NoticePageRecognizer::judge(https.body, profile)
                                : NoticePageRecognizer::Verdict{CheckStatus::Fail, QString()};
                        if (v.status == CheckStatus::Pass) {
                            r.detail += QLatin1Char(' ') + tr("HTTPS serves it too.");
                        } else {
                            r.status = std::max(r.status, CheckStatus::Warn);
                            r.detail += QLatin1Char(' ') +
                                        tr("HTTPS (port %1) does not serve the notice page.")
                                            .arg(m_options.httpsPort);
                        }
                        done(r);
                    });
          });
}

} // namespace mixdesk
