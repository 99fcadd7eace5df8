#include "dnsbl/DnsblTarget.h"

#include <QTest>

using namespace mixdesk;

class DnsblTargetsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void takesSingleAddressesAndSkipsRanges();
    void handGivenAddressesTakeTheExitsFlags();
};

namespace {

OperatorProfile profile()
{
    OperatorProfile p;
    ExitNode a;
    a.name = QStringLiteral("exit1");
    a.premium = true;
    a.addresses = {QStringLiteral("198.51.100.23"), QStringLiteral("2001:db8:4::77"),
                   QStringLiteral("198.51.100.0/28"), QStringLiteral("203.0.113.9/32")};
    ExitNode b;
    b.name = QStringLiteral("exit2");
    b.addresses = {QStringLiteral("[203.0.113.77]"), QStringLiteral("::ffff:192.0.2.140"),
                   QStringLiteral("198.51.100.23"), QStringLiteral("exit.example"),
                   QStringLiteral("2001:db8::/64")};
    p.exits = {a, b};
    return p;
}

} // namespace

void DnsblTargetsTest::takesSingleAddressesAndSkipsRanges()
{
    const DnsblTargets targets = DnsblTargets::fromProfile(profile());
    QStringList ips;
    for (const DnsblTarget& t : targets.targets)
        ips.append(t.ip());
    QCOMPARE(ips, (QStringList{QStringLiteral("198.51.100.23"), QStringLiteral("2001:db8:4::77"),
                               QStringLiteral("203.0.113.9"), QStringLiteral("203.0.113.77"),
                               QStringLiteral("192.0.2.140")}));
    QCOMPARE(targets.targets[0].exitName, QStringLiteral("exit1"));
    QVERIFY(targets.targets[0].premium);
    QVERIFY(!targets.targets[3].premium);
    QCOMPARE(targets.targets[4].address.protocol(), QAbstractSocket::IPv4Protocol);

    QCOMPARE(targets.skipped.size(), 3);
    QCOMPARE(targets.skipped[0].address, QStringLiteral("198.51.100.0/28"));
    QCOMPARE(targets.skipped[0].exitName, QStringLiteral("exit1"));
    QVERIFY(targets.skipped[0].reasonText().contains(QLatin1String("single addresses")));
    QCOMPARE(targets.skipped[0].reason, DnsblTargets::Skipped::Reason::Range);
    QCOMPARE(targets.skipped[1].address, QStringLiteral("exit.example"));
    QCOMPARE(targets.skipped[1].reason, DnsblTargets::Skipped::Reason::NotAnAddress);
    QCOMPARE(targets.skipped[2].address, QStringLiteral("2001:db8::/64"));
}

void DnsblTargetsTest::handGivenAddressesTakeTheExitsFlags()
{
    const DnsblTargets targets = DnsblTargets::fromAddresses(
        {QStringLiteral("2001:DB8:4:0:0:0:0:77"), QStringLiteral("192.0.2.1"),
         QStringLiteral("192.0.2.1"), QStringLiteral("not-an-ip")},
        profile());
    QCOMPARE(targets.targets.size(), 2);
    QCOMPARE(targets.targets[0].exitName, QStringLiteral("exit1"));
    QVERIFY(targets.targets[0].premium);
    QCOMPARE(targets.targets[1].ip(), QStringLiteral("192.0.2.1"));
    QVERIFY(targets.targets[1].exitName.isEmpty());
    QCOMPARE(targets.skipped.size(), 1);
}

QTEST_GUILESS_MAIN(DnsblTargetsTest)
#include "DnsblTargetsTest.moc"
