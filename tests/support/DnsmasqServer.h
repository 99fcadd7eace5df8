#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace mixdesk::test {

// A private dnsmasq answering DNS on 127.0.0.1 at a free high port, for integration
// tests of the DNS resolver and its users (DNSBL checks, PTR checks). It reads no
// system file (no /etc/resolv.conf, no /etc/hosts, no config file), forwards nothing
// unless told to (--server=/zone/127.0.0.1#PORT), writes no pid file, and logs to a
// file in its temporary directory.
//
//     DnsmasqServer dns({"--local=/zone.test/",
//                        "--host-record=2.0.0.127.zone.test,127.0.0.2",
//                        "--txt-record=2.0.0.127.zone.test,Listed"});
//     QVERIFY2(dns.start(), qPrintable(dns.errorString()));
//     ... DnsServer{QHostAddress::LocalHost, dns.port()} ...
class DnsmasqServer
{
public:
    explicit DnsmasqServer(QStringList records = {});
    ~DnsmasqServer(); // stops the server

    // Adds dnsmasq options (records, zones) before start().
    void add(const QString& option) { m_records.append(option); }
    bool start(); // true once dnsmasq listens
    void stop();
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    QString logText() const;

private:
    QStringList m_records;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace mixdesk::test
