#include "analysis/AddressRoles.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mixdesk;
using namespace Qt::StringLiterals;

// The role of an address comes from the structure it stands in: the sentence (its
// cue, negation, the cue not taken by an earlier address), log fields, arrows, table
// columns under a header row, JSON keys.
class AddressRolesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roles_data();
    void roles();
    void sentenceSpansWrappedProseButNotLogLines();
    void linearOnLongInput();
};

namespace {

QList<RoledAddress> rolesIn(const QString& text)
{
    return AddressRoleFinder::find(text, TextAddressFinder::find(text));
}

} // namespace

void AddressRolesTest::roles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("want"); // role id of each address, in order

    QTest::newRow("from") << u"Login attempts from 192.0.2.140 on our server."_s
                          << QStringList{u"source"_s};
    QTest::newRow("not from, wrapped")
        << u"The attacks are not from\n192.0.2.140 (your exit) but from 192.0.2.9."_s
        << QStringList{u"not-source"_s, u"source"_s};
    QTest::newRow("nicht von ... sondern von")
        << u"Die Beiträge kamen nicht von Ihrer IP 192.0.2.140, sondern von 192.0.2.14."_s
        << QStringList{u"not-source"_s, u"source"_s};
    QTest::newRow("did not originate from")
        << u"The scan did NOT originate from 192.0.2.140; the source was 192.0.2.9."_s
        << QStringList{u"not-source"_s, u"source"_s};
    QTest::newRow("not about")
        << u"Please note: this is not about 192.0.2.140. It concerns 192.0.2.9."_s
        << QStringList{u"not-source"_s, u"unknown"_s};
    QTest::newRow("es geht nicht um")
        << u"Es geht NICHT um die Adresse 192.0.2.140, die Beiträge kamen von 192.0.2.9."_s
        << QStringList{u"not-source"_s, u"source"_s};
    QTest::newRow("bare not") << u"port scan - not 192.0.2.140"_s
                              << QStringList{u"not-source"_s};
    QTest::newRow("gegen Sie ... Anschluss")
        << u"Das Verfahren richtet sich gegen Sie als Inhaberin des Anschlusses 192.0.2.140."_s
        << QStringList{u"suspect"_s};
    QTest::newRow("against ... originate at")
        << u"Attacks against our webshop originate at 192.0.2.140."_s << QStringList{u"source"_s};
    QTest::newRow("source of the attack against X was Y")
        << u"One source of the DDoS against our customer 203.0.113.5 was 198.51.100.23."_s
        << QStringList{u"victim"_s, u"source"_s};
    QTest::newRow("SRC= DST=")
        << u"Mar  4 12:01:17 fw01 kernel: DROP SRC=198.51.100.199 DST=198.51.100.23 PROTO=TCP"_s
        << QStringList{u"source"_s, u"victim"_s};
    QTest::newRow("arrow") << u"2026-03-06T02:14:09Z  203.0.113.150:52212 -> 192.0.2.140:3389"_s
                           << QStringList{u"source"_s, u"victim"_s};
    QTest::newRow("key-value lines") << u"src_ip: 192.0.2.77\nsrc_port: 4\ndst_ip: 192.0.2.140\n"_s
                                     << QStringList{u"source"_s, u"victim"_s};
    QTest::newRow("json") << uR"({"src_ip": "198.51.100.23", "dst_ip": "203.0.113.200"})"_s
                          << QStringList{u"source"_s, u"victim"_s};
    QTest::newRow("pipe table") << u"Time | Source IP | Destination IP\n-----+-----+-----\n"
                                   "2026-02-11 01:10:02 | 198.51.100.230 | 203.0.113.77\n"_s
                                << QStringList{u"source"_s, u"victim"_s};
    QTest::newRow("csv table") << u"timestamp,src_ip,dst_ip,port\n2026-02-14T09:31:02Z,"
                                  "2001:db8:4::77,198.51.100.45,587\n"_s
                               << QStringList{u"source"_s, u"victim"_s};
    QTest::newRow("aligned table") << u"when                 attacker         target\n"
                                      "2026-02-11 01:10:02  198.51.100.230   203.0.113.77\n"_s
                                   << QStringList{u"source"_s, u"victim"_s};
    QTest::newRow("our server") << u"Our IMAP server 203.0.113.10 saw logins from 192.0.2.140."_s
                                << QStringList{u"own"_s, u"source"_s};
    QTest::newRow("list inherits") << u"Spam came from 192.0.2.1, 192.0.2.2 and 192.0.2.3."_s
                                   << QStringList{u"source"_s, u"source"_s, u"source"_s};
    QTest::newRow("no cue") << u"IP: 192.0.2.140"_s << QStringList{u"unknown"_s};
    QTest::newRow("object of an attack verb")
        << u"We saw 198.51.100.77 scanning the internet, including your host 203.0.113.77."_s
        << QStringList{u"unknown"_s, u"victim"_s};
    QTest::newRow("denial after the address")
        << u"We checked your exit node 192.0.2.140; it was not involved."_s
        << QStringList{u"not-source"_s};
    QTest::newRow("prose after a colon is no key-value line")
        << u"For your information: our sensors saw 198.51.100.77 scanning the internet,\n"
           "including your host 203.0.113.77, today."_s
        << QStringList{u"unknown"_s, u"victim"_s};
    QTest::newRow("sentence ends the cue")
        << u"We were attacked. 192.0.2.140 did it."_s << QStringList{u"unknown"_s};
}

void AddressRolesTest::roles()
{
    QFETCH(QString, text);
    QFETCH(QStringList, want);
    QStringList got;
    for (const RoledAddress& r : rolesIn(text))
        got.append(QString::fromLatin1(addressRoleId(r.role)));
    QCOMPARE(got, want);
}

void AddressRolesTest::sentenceSpansWrappedProseButNotLogLines()
{
    const QString prose =
        u"The first trap hit was at\n2026-02-21 23:17:05 UTC. To request removal"_s;
    const auto [s, e] = AddressRoleFinder::sentenceAround(prose, prose.indexOf(u"2026"));
    QCOMPARE(prose.mid(s, e - s), u"The first trap hit was at\n2026-02-21 23:17:05 UTC."_s);

    const QString log = u"Attacks seen:\n2026-02-10 03:14:55 a\n2026-02-10 04:02:31 b\n"_s;
    const auto [ls, le] = AddressRoleFinder::sentenceAround(log, log.indexOf(u"04:02"));
    QCOMPARE(log.mid(ls, le - ls), u"2026-02-10 04:02:31 b"_s);
}

void AddressRolesTest::linearOnLongInput()
{
    QString text = u"Time | Source IP | Destination IP\n"_s;
    for (int i = 0; i < 20000; ++i)
        text += u"2026-02-11 01:10:%1 | 198.51.100.%2 | 203.0.113.77 not from the exit\n"_s
                    .arg(i % 60, 2, 10, QChar(u'0'))
                    .arg(i % 250);
    QElapsedTimer timer;
    timer.start();
    const QList<RoledAddress> roles = rolesIn(text);
    QCOMPARE(roles.size(), 40000);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(AddressRolesTest)
#include "AddressRolesTest.moc"
