#include "accounts/AccountRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mixdesk;

class AccountRepositoryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainOnlyOnLoopback_data();
    void plainOnlyOnLoopback();
    void validatesFields();
    void afterSyncParsing();
    void fingerprintNormalization();
    void jsonRoundTrip();
    void addListRemove();
    void fileIsPrivate();
    void neverStoresPassword();
    void defaultPathFollowsConfigHome();
};

static ImapAccount sample()
{
    ImapAccount a;
    a.name = QStringLiteral("abuse");
    a.host = QStringLiteral("imap.example");
    a.port = 993;
    a.user = QStringLiteral("abuse@example.org");
    return a;
}

void AccountRepositoryTest::plainOnlyOnLoopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("v4 loopback") << "127.0.0.1" << true;
    QTest::newRow("other loopback") << "127.0.0.53" << true;
    QTest::newRow("v6 loopback") << "::1" << true;
    QTest::newRow("localhost") << "localhost" << true;
    QTest::newRow("remote name") << "imap.example" << false;
    QTest::newRow("remote ip") << "192.0.2.10" << false;
}

void AccountRepositoryTest::plainOnlyOnLoopback()
{
    QFETCH(QString, host);
    QFETCH(bool, allowed);
    ImapAccount a = sample();
    a.host = host;
    a.security = ImapSecurity::Plain;
    Status valid = a.validate();
    QCOMPARE(valid.ok(), allowed);
    if (!allowed)
        QVERIFY(valid.error().message.contains(QLatin1String("unencrypted")));
    a.security = ImapSecurity::StartTls;
    QVERIFY(a.validate().ok());
}

void AccountRepositoryTest::validatesFields()
{
    ImapAccount a = sample();
    QVERIFY(a.validate().ok());
    a.name.clear();
    QVERIFY(!a.validate().ok());
    a = sample();
    a.port = 70000;
    QVERIFY(!a.validate().ok());
    a = sample();
    a.trustedFingerprintSha256 = QStringLiteral("abc");
    QVERIFY(!a.validate().ok());
    a = sample();
    a.folders.clear();
    QVERIFY(!a.validate().ok());
}

void AccountRepositoryTest::afterSyncParsing()
{
    QCOMPARE(AfterSync::fromString(QStringLiteral("mark-seen"))->action,
             AfterSync::Action::MarkSeen);
    auto move = AfterSync::fromString(QStringLiteral("move:Done/Abuse"));
    QCOMPARE(move->action, AfterSync::Action::Move);
    QCOMPARE(move->folder, QStringLiteral("Done/Abuse"));
    QCOMPARE(move->toString(), QStringLiteral("move:Done/Abuse"));
    QVERIFY(!AfterSync::fromString(QStringLiteral("delete")).ok());
    QVERIFY(!AfterSync::fromString(QStringLiteral("move:")).ok());
    QCOMPARE(AfterSync::fromString(QString())->action, AfterSync::Action::None);
}

void AccountRepositoryTest::fingerprintNormalization()
{
    const QString hex =
        QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    QCOMPARE(normalizeFingerprint(hex.toUpper()), hex);
    QString colons;
    for (int i = 0; i < hex.size(); i += 2)
        colons += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2).toUpper();
    QCOMPARE(normalizeFingerprint(colons), hex);
    QVERIFY(normalizeFingerprint(QStringLiteral("xyz")).isEmpty());
}

void AccountRepositoryTest::jsonRoundTrip()
{
    ImapAccount a = sample();
    a.folders = {QStringLiteral("INBOX"), QStringLiteral("Abuse")};
    a.passwordCommand = QStringLiteral("pass show imap");
    a.trustedFingerprintSha256 = QString(64, u'a');
    a.afterSync = {AfterSync::Action::Move, QStringLiteral("Archive")};
    a.security = ImapSecurity::StartTls;
    a.syncIntervalMinutes = 15;
    auto back = ImapAccount::fromJson(a.toJson());
    QVERIFY(back.ok());
    QCOMPARE(*back, a);
}

void AccountRepositoryTest::addListRemove()
{
    QTemporaryDir dir;
    AccountRepository repo(dir.filePath(QStringLiteral("sub/accounts.json")));
    QCOMPARE(repo.load()->size(), 0);
    QVERIFY(repo.add(sample()).ok());
    ImapAccount second = sample();
    second.name = QStringLiteral("second");
    QVERIFY(repo.add(second).ok());
    QVERIFY(!repo.add(sample()).ok()); // duplicate name
    ImapAccount bad = sample();
    bad.name = QStringLiteral("bad");
    bad.security = ImapSecurity::Plain;
    QVERIFY(!repo.add(bad).ok());
    QCOMPARE(repo.load()->size(), 2);
    QCOMPARE(repo.find(QStringLiteral("second"))->name, QStringLiteral("second"));
    second.port = 1993;
    QVERIFY(repo.update(second).ok());
    QCOMPARE(repo.find(QStringLiteral("second"))->port, 1993);
    QVERIFY(repo.remove(QStringLiteral("abuse")).ok());
    QVERIFY(!repo.remove(QStringLiteral("abuse")).ok());
    QCOMPARE(repo.load()->size(), 1);
}

// Hosts, users and password commands: 0600, like the database; also when a file
// written by an older version was readable by all.
void AccountRepositoryTest::fileIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.json"));
    AccountRepository repo(path);
    QVERIFY(repo.add(sample()).ok());
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto mask = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                      QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                      QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(path) & mask, ownerOnly);
    QVERIFY(
        QFile::setPermissions(path, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ImapAccount second = sample();
    second.name = QStringLiteral("second");
    QVERIFY(repo.add(second).ok());
    QCOMPARE(QFile::permissions(path) & mask, ownerOnly);
}

void AccountRepositoryTest::neverStoresPassword()
{
    QTemporaryDir dir;
    AccountRepository repo(dir.filePath(QStringLiteral("accounts.json")));
    ImapAccount a = sample();
    a.passwordCommand = QStringLiteral("echo hunter2-is-not-here");
    QVERIFY(repo.add(a).ok());
    QFile file(repo.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(!json.contains("\"password\""));
}

void AccountRepositoryTest::defaultPathFollowsConfigHome()
{
    QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("MixDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("mixdesk"));
    QVERIFY2(AccountRepository::defaultPath().startsWith(dir.path()),
             qPrintable(AccountRepository::defaultPath()));
    QVERIFY(AccountRepository::defaultPath().endsWith(QLatin1String("/accounts.json")));
}

QTEST_GUILESS_MAIN(AccountRepositoryTest)
#include "AccountRepositoryTest.moc"
