#include "DnsmasqServer.h"

#include "dns/AresResolver.h"
#include "exits/blocks/BlockExport.h"
#include "exits/blocks/BlockHostResolver.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace mixdesk;
using namespace mixdesk::test;

// The block exports, checked by the tools that will load them: tor --verify-config,
// nft -c (check only: nothing is loaded), squid -k parse. Host names resolve through a
// dnsmasq on loopback. Each tool also gets a broken file, to show it really checks.
class BlockExportToolsTest : public QObject
{
    Q_OBJECT

private:
    DnsmasqServer m_dns{{QStringLiteral("--local=/forum.example/"),
                         QStringLiteral("--local=/gone.example/"),
                         QStringLiteral("--host-record=forum.example,192.0.2.7,2001:db8::7"),
                         QStringLiteral("--host-record=www.forum.example,192.0.2.8")}};
    std::unique_ptr<AresResolver> m_resolver;
    QTemporaryDir m_dir;
    BlockExport::Input m_input;

    static BlockRequest block(qint64 id, const QString& destination, const QString& ports,
                              const QString& reason, const QDate& expires = QDate())
    {
        BlockRequest b;
        b.id = id;
        b.destination = *BlockRequest::normaliseDestination(destination);
        b.ports = *PortRange::parseList(ports);
        b.reason = reason;
        b.requester = QStringLiteral("Jane \"JD\" Doe");
        b.reference = QStringLiteral("N-%1").arg(id);
        b.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        b.expires = expires;
        return b;
    }

    QString write(const QString& name, const QString& text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(text.toUtf8());
        return path;
    }

    // Exit code and output of a tool, stderr in a file (squid keeps it open).
    static int runTool(const QString& program, const QStringList& args, QString* output)
    {
        QTemporaryDir logs;
        QProcess p;
        p.setStandardOutputFile(logs.filePath(QStringLiteral("out")));
        p.setStandardErrorFile(logs.filePath(QStringLiteral("err")));
        p.start(program, args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        QFile out(logs.filePath(QStringLiteral("out"))), err(logs.filePath(QStringLiteral("err")));
        out.open(QIODevice::ReadOnly);
        err.open(QIODevice::ReadOnly);
        *output = QString::fromUtf8(out.readAll() + err.readAll());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_dns.start(), qPrintable(m_dns.errorString()));
        DnsResolverConfig config;
        config.servers = {DnsServer{QHostAddress(QHostAddress::LocalHost), m_dns.port()}};
        auto created = AresResolver::create(config);
        QVERIFY(created.ok());
        m_resolver = std::move(*created);

        const QList<BlockRequest> all{
            block(1, QStringLiteral("Forum.Example"), QString(),
                  QStringLiteral("Stalking of a member;\nplease block")),
            block(2, QStringLiteral("198.51.100.9/24"), QStringLiteral("80,443 8000-8080"),
                  QStringLiteral("Site owner's request")),
            block(3, QStringLiteral("2001:db8:5::/48"), QString(), QStringLiteral("Offence")),
            block(4, QStringLiteral("203.0.113.50"), QStringLiteral("25"),
                  QStringLiteral("Mail abuse")),
            block(5, QStringLiteral("gone.example"), QString(), QStringLiteral("Vanished site")),
            block(6, QStringLiteral("192.0.2.99"), QString(), QStringLiteral("Expired"),
                  QDate(2020, 1, 1)),
        };
        m_input.blocks = BlockExport::active(all, QDate(2026, 12, 1));
        QCOMPARE(m_input.blocks.size(), 5); // #6 expired
        BlockHostResolver hosts(m_resolver.get());
        std::optional<BlockHostResolver::Answer> answer;
        hosts.resolve(m_input.blocks, [&](const BlockHostResolver::Answer& a) { answer = a; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        m_input.resolved = answer->resolved;
        m_input.failures = answer->failures;
        QCOMPARE(m_input.resolved.value(QStringLiteral("forum.example")),
                 (QStringList{QStringLiteral("192.0.2.7"), QStringLiteral("2001:db8::7")}));
        QVERIFY(m_input.failures.contains(QStringLiteral("gone.example")));
    }

    void torAcceptsTheTorrcSnippet()
    {
        const QString snippet = BlockExport::torrc(m_input);
        QVERIFY(snippet.contains(QStringLiteral("ExitPolicy reject 192.0.2.7:*\n")));
        QVERIFY(snippet.contains(QStringLiteral("ExitPolicy reject [2001:db8::7]:*\n")));
        QVERIFY(snippet.contains(QStringLiteral("ExitPolicy reject 198.51.100.0/24:8000-8080\n")));
        QVERIFY(snippet.contains(QStringLiteral("ExitPolicy reject [2001:db8:5::]/48:*\n")));
        QVERIFY(snippet.contains(
            QStringLiteral("# #1 forum.example: Stalking of a member; please block")));
        QVERIFY(snippet.contains(QStringLiteral("NOT BLOCKED: gone.example")));
        QVERIFY(!snippet.contains(QStringLiteral("192.0.2.99")));

        const QString data = m_dir.filePath(QStringLiteral("tor-data"));
        QString output;
        const QString good =
            write(QStringLiteral("torrc"), QStringLiteral("SocksPort 0\n") + snippet);
        QCOMPARE(runTool(QStringLiteral("tor"),
                         {QStringLiteral("--verify-config"), QStringLiteral("-f"), good,
                          QStringLiteral("--DataDirectory"), data},
                         &output),
                 0);
        QVERIFY2(output.contains(QStringLiteral("Configuration was valid")), qPrintable(output));
        const QString bad = write(QStringLiteral("torrc-bad"),
                                  QStringLiteral("SocksPort 0\nExitPolicy reject 192.0.2.300:*\n"));
        QVERIFY(runTool(QStringLiteral("tor"),
                        {QStringLiteral("--verify-config"), QStringLiteral("-f"), bad,
                         QStringLiteral("--DataDirectory"), data},
                        &output) != 0);
    }

    void nftChecksTheRuleset()
    {
        const QString script = BlockExport::nftables(m_input);
        QVERIFY(script.contains(QStringLiteral("elements = { 192.0.2.7 }")));
        QVERIFY(script.contains(QStringLiteral("elements = { 2001:db8::7, 2001:db8:5::/48 }")));
        QVERIFY(script.contains(QStringLiteral("ip daddr 198.51.100.0/24 meta l4proto { tcp, udp } "
                                               "th dport { 80, 443, 8000-8080 } reject")));
        QVERIFY(script.contains(
            QStringLiteral("ip daddr 203.0.113.50 meta l4proto { tcp, udp } th dport { 25 }")));
        QString output;
        // -c: parse and check against the kernel, commit nothing.
        const QString good = write(QStringLiteral("blocks.nft"), script);
        QCOMPARE(runTool(QStringLiteral("nft"), {QStringLiteral("-c"), QStringLiteral("-f"), good},
                         &output),
                 0);
        const QString bad = write(
            QStringLiteral("bad.nft"),
            QString(script).replace(QStringLiteral("192.0.2.7"), QStringLiteral("192.0.2.700")));
        QVERIFY(runTool(QStringLiteral("nft"), {QStringLiteral("-c"), QStringLiteral("-f"), bad},
                        &output) != 0);
        // With nothing to block, the script is still valid (empty sets).
        BlockExport::Input empty;
        const QString none = write(QStringLiteral("empty.nft"), BlockExport::nftables(empty));
        QCOMPARE(runTool(QStringLiteral("nft"), {QStringLiteral("-c"), QStringLiteral("-f"), none},
                         &output),
                 0);
    }

    void squidParsesTheAcls()
    {
        const QString acls = BlockExport::squid(m_input);
        QVERIFY(acls.contains(QStringLiteral("acl mixdesk_block_1 dstdomain .forum.example\n")));
        QVERIFY(
            acls.contains(QStringLiteral("acl mixdesk_block_1_addr dst 192.0.2.7 2001:db8::7\n")));
        QVERIFY(acls.contains(QStringLiteral("acl mixdesk_block_2_ports port 80 443 8000-8080\n")));
        QVERIFY(acls.contains(
            QStringLiteral("http_access deny mixdesk_block_2 mixdesk_block_2_ports\n")));
        QVERIFY(acls.contains(QStringLiteral("acl mixdesk_block_5 dstdomain .gone.example\n")));
        QString output;
        const QString good =
            write(QStringLiteral("squid.conf"),
                  acls + QStringLiteral("http_access allow all\nhttp_port 127.0.0.1:3128\n"));
        QCOMPARE(
            runTool(QStringLiteral("squid"),
                    {QStringLiteral("-k"), QStringLiteral("parse"), QStringLiteral("-f"), good},
                    &output),
            0);
        QVERIFY2(output.contains(QStringLiteral("Processing: http_access deny mixdesk_block_1")),
                 qPrintable(output));
        const QString bad = write(QStringLiteral("squid-bad.conf"),
                                  QStringLiteral("http_access deny mixdesk_block_undefined\n"));
        QVERIFY(runTool(QStringLiteral("squid"),
                        {QStringLiteral("-k"), QStringLiteral("parse"), QStringLiteral("-f"), bad},
                        &output) != 0);
    }
};

QTEST_GUILESS_MAIN(BlockExportToolsTest)
#include "BlockExportToolsTest.moc"
