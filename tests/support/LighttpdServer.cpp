#include "LighttpdServer.h"

#include "DovecotServer.h" // freeLocalPort()

#include "exits/notice/NoticePageDeploy.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QThread>

namespace mixdesk::test {

LighttpdServer::LighttpdServer() = default;

LighttpdServer::~LighttpdServer()
{
    stop();
}

bool LighttpdServer::start(const QByteArray& page)
{
    const QString root = m_dir.filePath(QStringLiteral("www"));
    QDir().mkpath(root);
    QFile index(root + QStringLiteral("/index.html"));
    if (!index.open(QIODevice::WriteOnly) || index.write(page) != page.size()) {
        m_error = QStringLiteral("cannot write index.html");
        return false;
    }
    index.close();
    // A free port can be taken by another test between our probe and lighttpd's
    // bind: try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeLocalPort();
        NoticePageDeploy::Options options;
        options.documentRoot = root;
        options.port = m_port;
        options.bindAddress = QStringLiteral("127.0.0.1");
        QFile conf(configPath());
        if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        // The deploy help's file as it is, plus what a private instance needs.
        conf.write(NoticePageDeploy::lighttpdConfig(options).toUtf8());
        conf.write(QStringLiteral("server.pid-file = \"%1\"\n")
                       .arg(m_dir.filePath(QStringLiteral("lighttpd.pid")))
                       .toUtf8());
        conf.close();
        m_process = std::make_unique<QProcess>();
        m_process->setStandardOutputFile(m_dir.filePath(QStringLiteral("stdout.log")));
        m_process->setStandardErrorFile(m_dir.filePath(QStringLiteral("stderr.log")));
        m_process->start(QStringLiteral("/usr/sbin/lighttpd"),
                         {QStringLiteral("-D"), QStringLiteral("-f"), configPath()});
        if (!m_process->waitForStarted(5000)) {
            m_error = m_process->errorString();
            return false;
        }
        QDeadlineTimer deadline(5000);
        while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.1"), m_port);
            if (probe.waitForConnected(200))
                return true;
            QThread::msleep(50);
        }
        stop();
    }
    QFile log(m_dir.filePath(QStringLiteral("stderr.log")));
    log.open(QIODevice::ReadOnly);
    m_error = QStringLiteral("lighttpd did not start: ") + QString::fromUtf8(log.readAll());
    return false;
}

void LighttpdServer::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

} // namespace mixdesk::test
