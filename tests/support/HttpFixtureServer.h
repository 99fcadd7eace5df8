#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace mixdesk::test {

// tests/support/http_fixture_server.py on 127.0.0.1 and a free port: answers each
// path from a routes table the test sets (and may change while it runs), and
// logs every request path so a test can tell what reached the server.
class HttpFixtureServer
{
public:
    HttpFixtureServer();
    ~HttpFixtureServer();

    bool start(); // waits until the port is known
    // The same over HTTPS, with a self-signed certificate for 127.0.0.1 made by openssl.
    bool startTls();
    void stop();
    quint16 port() const { return m_port; }
    QString baseUrl() const; // http://127.0.0.1:PORT/

    // body: any JSON value (a string is sent as it is).
    void setRoute(const QString& path, const QJsonValue& body, int status = 200,
                  double delaySeconds = 0);
    void removeRoute(const QString& path);
    QStringList requests() const; // every path asked so far, in order
    QString errorString() const { return m_error; }

private:
    bool writeRoutes() const;
    bool launch(const QStringList& extraArgs);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QJsonObject m_routes;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace mixdesk::test
