#include "TestPaths.h"
#include "analysis/ReceivedParser.h"
#include "profile/ExitMatcher.h"
#include "profile/OperatorProfile.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTest>

using namespace mixdesk;
using namespace Qt::StringLiterals;

// The demo data the GUI ships (resources/demo): it must load, stay fictional
// (documentation addresses, .example domains) and exercise the tokenizer.
class DemoNoticesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void profileLoads();
    void resourcesListEveryFile();
    void noticesUseOnlyDocumentationData_data();
    void noticesUseOnlyDocumentationData();
    void receivedHeadersTokenize_data();
    void receivedHeadersTokenize();
};

namespace {

QString demoDir()
{
    return mixdesk::test::sourceDir() + u"/resources/demo"_s;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

OperatorProfile demoProfile()
{
    auto profile = OperatorProfile::fromJsonBytes(readAll(u":/demo/operator.json"_s));
    return profile ? profile.value() : OperatorProfile{};
}

bool isDocumentationAddress(const QString& text)
{
    const QHostAddress address(text);
    static const QList<QPair<QHostAddress, int>> ranges = {
        QHostAddress::parseSubnet(u"192.0.2.0/24"_s),
        QHostAddress::parseSubnet(u"198.51.100.0/24"_s),
        QHostAddress::parseSubnet(u"203.0.113.0/24"_s),
        QHostAddress::parseSubnet(u"2001:db8::/32"_s),
    };
    for (const auto& range : ranges) {
        if (address.isInSubnet(range))
            return true;
    }
    return false;
}

// Received values in a notice, also those pasted into the body or quoted with
// "> ". Deliberately simple: the demo notices do not encode their pasted headers.
QStringList receivedValues(const QString& text)
{
    static const QRegularExpression start(u"^(?:>\\s?)*Received:\\s?(.*)$"_s);
    // Possessive: the quote marker "> " must not donate its space to the folding.
    static const QRegularExpression continuation(u"^(?:> ?)*+[ \\t]+\\S"_s);
    QStringList values;
    const QStringList lines = text.split(QRegularExpression(u"\\r?\\n"_s));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = start.match(lines.at(i));
        if (!m.hasMatch())
            continue;
        QString value = m.captured(1);
        while (i + 1 < lines.size() && continuation.match(lines.at(i + 1)).hasMatch())
            value += u'\n' + lines.at(++i);
        values.append(value);
    }
    return values;
}

QStringList noticeFiles()
{
    return QDir(demoDir() + u"/notices"_s).entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
}

} // namespace

void DemoNoticesTest::initTestCase()
{
    QVERIFY2(QDir(demoDir()).exists(),
             "resources/demo not found: run through ctest, which sets MIXDESK_SOURCE_DIR");
}

void DemoNoticesTest::profileLoads()
{
    const auto profile = OperatorProfile::fromJsonBytes(readAll(u":/demo/operator.json"_s));
    QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().message));
    QCOMPARE(profile->organisation, u"Nebelhorn Exit e.V."_s);
    QCOMPARE(profile->exits.size(), 4);
    int v6 = 0;
    for (const ExitNode& exit : profile->exits) {
        QVERIFY(!exit.name.isEmpty());
        QVERIFY(!exit.cascade.isEmpty());
        QVERIFY(!exit.isp.isEmpty());
        QVERIFY(exit.ispAbuseContact.endsWith(u".example"_s));
        QVERIFY(exit.hostname.endsWith(u".example"_s));
        QCOMPARE(exit.addresses.size(), 1);
        QVERIFY2(isDocumentationAddress(exit.addresses.first()),
                 qPrintable(exit.addresses.first()));
        if (exit.addresses.first().contains(u':'))
            ++v6;
    }
    QCOMPARE(v6, 1);
    // The demo operator must not collide with the test corpus's operator.
    const ExitMatcher matcher(profile.value());
    for (const QString& corpusExit :
         {u"198.51.100.23"_s, u"203.0.113.77"_s, u"192.0.2.140"_s, u"2001:db8:4::77"_s})
        QVERIFY(!matcher.isExit(corpusExit));
}

void DemoNoticesTest::resourcesListEveryFile()
{
    const QStringList onDisk = noticeFiles();
    QCOMPARE(onDisk.size(), 14);
    const QStringList inResources =
        QDir(u":/demo/notices"_s).entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
    QCOMPARE(inResources, onDisk);
    for (const QString& name : onDisk) {
        const QByteArray bytes = readAll(u":/demo/notices/"_s + name);
        QVERIFY2(bytes.size() > 200, qPrintable(name));
        QCOMPARE(bytes, readAll(demoDir() + u"/notices/"_s + name));
        QVERIFY2(bytes.contains("\nFrom:") || bytes.startsWith("From:"), qPrintable(name));
    }
    QVERIFY(QFile::exists(u":/demo/README.md"_s));
}

void DemoNoticesTest::noticesUseOnlyDocumentationData_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : noticeFiles())
        QTest::newRow(qPrintable(name)) << name;
}

void DemoNoticesTest::noticesUseOnlyDocumentationData()
{
    QFETCH(QString, name);
    const QString text = QString::fromLatin1(readAll(u":/demo/notices/"_s + name));
    static const QRegularExpression ipv4(u"(?<![\\d.])(\\d{1,3}(?:\\.\\d{1,3}){3})(?![\\d.])"_s);
    for (auto it = ipv4.globalMatch(text); it.hasNext();) {
        const QString address = it.next().captured(1);
        QVERIFY2(isDocumentationAddress(address), qPrintable(name + u": "_s + address));
    }
    // Host names with a dot; "@DESKTOP-X" in a spammer's Message-ID is no domain.
    static const QRegularExpression mailDomain(u"@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)"_s);
    for (auto it = mailDomain.globalMatch(text); it.hasNext();) {
        const QString domain = it.next().captured(1).toLower();
        QVERIFY2(domain.endsWith(u".example"_s), qPrintable(name + u": "_s + domain));
    }
}

void DemoNoticesTest::receivedHeadersTokenize_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("exit"); // the exit a hop's from_ip must name; empty: none
    const QHash<QString, QString> exits = {
        {u"01-isp-squirrelmail-weitergeleitet.eml"_s, u"198.51.100.99"_s},
        {u"02-roundcube-rfc822-attachment.eml"_s, u"203.0.113.180"_s},
        {u"03-horde-quoted-phish.eml"_s, u"2001:db8:7e::66"_s},
        {u"04-arf-feedback-report.eml"_s, u"203.0.113.180"_s},
        {u"14-malformed-kontaktformular.eml"_s, u"198.51.100.99"_s},
    };
    for (const QString& name : noticeFiles())
        QTest::newRow(qPrintable(name)) << name << exits.value(name);
}

void DemoNoticesTest::receivedHeadersTokenize()
{
    QFETCH(QString, name);
    QFETCH(QString, exit);
    const QString text = QString::fromLatin1(readAll(u":/demo/notices/"_s + name));
    const QStringList values = receivedValues(text);
    QVERIFY2(!values.isEmpty(), "every notice arrived through at least one relay");

    // The operator's own MX stamped the notice: a complete, dated hop.
    const ReceivedHop delivery = ReceivedParser::parse(values.first());
    QCOMPARE(delivery.byHost, u"mail.nebelhorn-exit.example"_s);
    QVERIFY(!delivery.fromHost.isEmpty());
    QVERIFY(!delivery.fromIp.isEmpty());
    QVERIFY(!delivery.with.isEmpty());
    QVERIFY(delivery.dateUtc.isValid());

    const ExitMatcher matcher(demoProfile());
    QStringList exitsSeen;
    for (const QString& value : values) {
        const ReceivedHop hop = ReceivedParser::parse(value);
        QVERIFY2(!hop.byHost.isEmpty(), qPrintable(value));
        if (!hop.fromIp.isEmpty()) {
            QVERIFY2(isDocumentationAddress(hop.fromIp), qPrintable(hop.fromIp));
            if (matcher.isExit(hop.fromIp))
                exitsSeen.append(hop.fromIp);
        }
    }
    if (exit.isEmpty())
        QVERIFY2(exitsSeen.isEmpty(), qPrintable(exitsSeen.join(u", "_s)));
    else
        QCOMPARE(exitsSeen, QStringList{exit});
}

QTEST_GUILESS_MAIN(DemoNoticesTest)
#include "DemoNoticesTest.moc"
