#include "DnsmasqServer.h"

#include "DovecotServer.h" // freeLocalPort()

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

namespace mixdesk::test {

DnsmasqServer::DnsmasqServer(QStringList records) : m_records(std::move(records)) {}

DnsmasqServer::~DnsmasqServer()
{
    stop();
}

QString DnsmasqServer::logText() const
{
    QFile file(m_dir.path() + QStringLiteral("/dnsmasq.log"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool DnsmasqServer::start()
{
    // The port is free when picked but another test may take it before dnsmasq binds:
    // try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        stop();
        m_port = freeLocalPort();
        QStringList args{QStringLiteral("--conf-file=/dev/null"),
                         QStringLiteral("--no-resolv"),
                         QStringLiteral("--no-hosts"),
                         QStringLiteral("--bind-interfaces"),
                         QStringLiteral("--listen-address=127.0.0.1"),
                         QStringLiteral("--port=%1").arg(m_port),
                         QStringLiteral("--keep-in-foreground"),
                         QStringLiteral("--pid-file="),
                         QStringLiteral("--log-facility=-"),
                         QStringLiteral("--cache-size=0")};
        args += m_records;
        m_process = std::make_unique<QProcess>();
        m_process->setStandardInputFile(QProcess::nullDevice());
        m_process->setStandardOutputFile(QProcess::nullDevice());
        const QString log = m_dir.path() + QStringLiteral("/dnsmasq.log");
        QFile::remove(log);
        m_process->setStandardErrorFile(log);
        m_process->start(QStringLiteral("/usr/sbin/dnsmasq"), args);
        if (!m_process->waitForStarted(10000)) {
            m_error = QStringLiteral("dnsmasq did not start: ") + m_process->errorString();
            return false;
        }
        // dnsmasq binds its sockets before it logs "started"; a bind failure ends it.
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            if (logText().contains(QLatin1String("started, version")))
                return true;
            if (m_process->waitForFinished(20))
                break;
        }
        m_error = QStringLiteral("dnsmasq failed on port %1: %2").arg(m_port).arg(logText());
    }
    return false;
}

void DnsmasqServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

} // namespace mixdesk::test
