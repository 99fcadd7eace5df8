#include "HttpFixtureServer.h"

#include "TestPaths.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace mixdesk::test {

HttpFixtureServer::HttpFixtureServer() = default;

HttpFixtureServer::~HttpFixtureServer()
{
    stop();
}

bool HttpFixtureServer::start()
{
    return launch({});
}

bool HttpFixtureServer::startTls()
{
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.setStandardErrorFile(m_dir.filePath(QStringLiteral("openssl.log")));
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl could not make a certificate");
        return false;
    }
    return launch({cert, key});
}

bool HttpFixtureServer::launch(const QStringList& extraArgs)
{
    if (!writeRoutes()) {
        m_error = QStringLiteral("cannot write the routes file");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setStandardErrorFile(m_dir.filePath(QStringLiteral("stderr.log")));
    const QStringList args =
        QStringList{sourceDir() + QStringLiteral("/tests/support/http_fixture_server.py"),
                    m_dir.filePath(QStringLiteral("routes.json")),
                    m_dir.filePath(QStringLiteral("requests.log"))} +
        extraArgs;
    m_process->start(QStringLiteral("/usr/bin/python3"), args);
    if (!m_process->waitForStarted(5000)) {
        m_error = m_process->errorString();
        return false;
    }
    QDeadlineTimer deadline(10000);
    while (!m_process->canReadLine() && !deadline.hasExpired())
        m_process->waitForReadyRead(200);
    m_port = m_process->readLine().trimmed().toUShort();
    if (m_port == 0)
        m_error = QStringLiteral("the fixture server printed no port");
    return m_port != 0;
}

void HttpFixtureServer::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

QString HttpFixtureServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(m_port);
}

void HttpFixtureServer::setRoute(const QString& path, const QJsonValue& body, int status,
                                 double delaySeconds)
{
    m_routes.insert(path, QJsonObject{{QStringLiteral("status"), status},
                                      {QStringLiteral("body"), body},
                                      {QStringLiteral("delay"), delaySeconds}});
    writeRoutes();
}

void HttpFixtureServer::removeRoute(const QString& path)
{
    m_routes.remove(path);
    writeRoutes();
}

QStringList HttpFixtureServer::requests() const
{
    QFile log(m_dir.filePath(QStringLiteral("requests.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool HttpFixtureServer::writeRoutes() const
{
    QSaveFile file(m_dir.filePath(QStringLiteral("routes.json")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(m_routes).toJson());
    return file.commit();
}

} // namespace mixdesk::test
