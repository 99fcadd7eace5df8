#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace mixdesk::test {

// A private lighttpd on 127.0.0.1 at a free port, serving `page` as index.html
// from a temporary folder, with the configuration MixDesk's deploy help writes
// (NoticePageDeploy::lighttpdConfig), so the test runs what operators run.
class LighttpdServer
{
public:
    LighttpdServer();
    ~LighttpdServer();

    bool start(const QByteArray& page); // waits until the port accepts connections
    void stop();
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    QString configPath() const { return m_dir.filePath(QStringLiteral("lighttpd.conf")); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace mixdesk::test
