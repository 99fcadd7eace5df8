#pragma once

#include "exits/checks/ReadinessCheck.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace mixdesk {

// What a victim or prosecutor sees who opens the exit's address in a browser:
// HTTP on port 80 must answer within the timeout with a page that explains the
// exit (NoticePageRecognizer). HTTPS on 443 is checked too when something listens
// there; a bad HTTPS page makes a passing check a warning. Ports are settable for
// tests (0 for HTTPS: do not try).
class NoticePageCheck final : public ReadinessCheck
{
    Q_OBJECT
public:
    struct Options
    {
        quint16 httpPort = 80;
        quint16 httpsPort = 443;
        int timeoutMs = 10000;
    };
    NoticePageCheck(QNetworkAccessManager* network, Options options, QObject* parent = nullptr);

    ReadinessCheckKind kind() const override { return ReadinessCheckKind::NoticePage; }
    void run(const ExitTarget& target, const OperatorProfile& profile, Done done) override;
    void cancelAll() override;

private:
    struct Fetch
    {
        bool answered = false; // something spoke HTTP
        int status = 0;
        QString body;
        QString error;
        bool timedOut = false;
        bool tlsFailed = false; // a TLS handshake failed: something listens, HTTPS is broken
    };
    using FetchDone = std::function<void(const Fetch& fetch)>;
    void fetch(const QUrl& url, QObject* token, FetchDone done);
    CheckResult httpVerdict(const ExitTarget& target, const OperatorProfile& profile,
                            const Fetch& http) const;

    QNetworkAccessManager* m_network;
    Options m_options;
    QObject* m_tokens;
};

} // namespace mixdesk
