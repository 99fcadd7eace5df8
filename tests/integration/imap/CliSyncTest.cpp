#include "DovecotServer.h"
#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using mixdesk::test::DovecotServer;

// mixdesk-cli account add/list/remove and sync against a real dovecot, with its own
// XDG config/data dirs.
class CliSyncTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void accountLifecycleAndSync();
    void plainToRemoteHostRefused();
    void wrongPasswordAndRefusedConnection();
    void untrustedCertificateShowsFingerprintAndFlag();
    void noKeychainIsSaidClearly();

private:
    struct Run
    {
        int code = -1;
        QString out, err;
    };
    Run cli(const QStringList& args, const QByteArray& stdinData = {},
            const QProcessEnvironment& extra = {});
    QStringList addArgs(const QString& name, quint16 port, const QString& security,
                        const QString& password) const;
    QString passwordCommand(const QString& password) const;
    QTemporaryDir m_home;
    DovecotServer m_server;
};

CliSyncTest::Run CliSyncTest::cli(const QStringList& args, const QByteArray& stdinData,
                                  const QProcessEnvironment& extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    for (const QString& key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(mixdesk::test::cliPath(), args);
    process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

// A password command that reads a file, so the password itself is in no argument.
QString CliSyncTest::passwordCommand(const QString& password) const
{
    const QString path = m_home.filePath(QStringLiteral("pw-%1").arg(qHash(password)));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(password.toUtf8() + "\n");
    return QStringLiteral("cat '%1'").arg(path);
}

QStringList CliSyncTest::addArgs(const QString& name, quint16 port, const QString& security,
                                 const QString& password) const
{
    return {QStringLiteral("account"),
            QStringLiteral("add"),
            name,
            QStringLiteral("--host"),
            QStringLiteral("127.0.0.1"),
            QStringLiteral("--port"),
            QString::number(port),
            QStringLiteral("--security"),
            security,
            QStringLiteral("--user"),
            m_server.user(),
            QStringLiteral("--password-command"),
            passwordCommand(password)};
}

void CliSyncTest::initTestCase()
{
    QVERIFY(QFile::exists(mixdesk::test::cliPath()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_server.createFolder(QStringLiteral("Abuse")));
}

void CliSyncTest::accountLifecycleAndSync()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(
            m_server.deliver(QStringLiteral("INBOX"), "From: a@reporter.example\r\nSubject: cli " +
                                                          QByteArray::number(i) +
                                                          "\r\n\r\nabuse from 198.51.100.23\r\n"));
    QVERIFY(m_server.deliver(QStringLiteral("Abuse"),
                             "From: b@reporter.example\r\nSubject: folder\r\n\r\nx\r\n"));

    QStringList add = addArgs(QStringLiteral("dove"), m_server.imapPort(), QStringLiteral("plain"),
                              m_server.password());
    add << QStringLiteral("--folder") << QStringLiteral("INBOX") << QStringLiteral("--folder")
        << QStringLiteral("Abuse") << QStringLiteral("--after-sync") << QStringLiteral("mark-seen");
    Run r = cli(add);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli(add);
    QCOMPARE(r.code, 1); // exists already
    QVERIFY(r.err.contains(QLatin1String("already exists")));

    r = cli({QStringLiteral("account"), QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QLatin1String("NAME")));
    QVERIFY(r.out.contains(QLatin1String("dove")));
    QVERIFY(r.out.contains(QLatin1String("INBOX,Abuse")));

    r = cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray accounts = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts[0].toObject().value(QLatin1String("afterSync")).toString(),
             QStringLiteral("mark-seen"));
    QVERIFY(!r.out.contains(m_server.password()));

    const QString db = m_home.filePath(QStringLiteral("notices.sqlite"));
    r = cli({QStringLiteral("sync"), QStringLiteral("--db"), db});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("dove/INBOX: 3 new")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("dove/Abuse: 1 new")));
    QCOMPARE(m_server.countWithFlag(QStringLiteral("INBOX"), u'S'), 3);

    QVERIFY(m_server.deliver(QStringLiteral("INBOX"),
                             "From: c@reporter.example\r\nSubject: later\r\n\r\ny\r\n"));
    r = cli({QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--account"),
             QStringLiteral("dove")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("dove/INBOX: 1 new")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("dove/Abuse: 0 new")));

    // The notices are in the real store.
    r = cli({QStringLiteral("list"), QStringLiteral("--db"), db});
    if (r.code == 0)
        QVERIFY2(r.out.contains(QLatin1String("later")), qPrintable(r.out));

    r = cli({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("dove")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("dove")});
    QCOMPARE(r.code, 1);
    r = cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
}

void CliSyncTest::plainToRemoteHostRefused()
{
    QStringList add =
        addArgs(QStringLiteral("remote"), 143, QStringLiteral("plain"), QStringLiteral("x"));
    add[4] = QStringLiteral("imap.example");
    const Run r = cli(add);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("unencrypted")), qPrintable(r.err));
}

void CliSyncTest::wrongPasswordAndRefusedConnection()
{
    QVERIFY(cli(addArgs(QStringLiteral("badpw"), m_server.imapPort(), QStringLiteral("plain"),
                        QStringLiteral("nope")))
                .code == 0);
    const QString db = m_home.filePath(QStringLiteral("other.sqlite"));
    Run r = cli({QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--account"),
                 QStringLiteral("badpw")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("wrong user name or password")), qPrintable(r.err));

    const quint16 closed = mixdesk::test::freeLocalPort();
    QVERIFY(
        cli(addArgs(QStringLiteral("closed"), closed, QStringLiteral("plain"), m_server.password()))
            .code == 0);
    r = cli({QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--account"),
             QStringLiteral("closed")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("Cannot connect")), qPrintable(r.err));

    const QStringList failing{QStringLiteral("sync"), QStringLiteral("--db"), db,
                              QStringLiteral("--account"), QStringLiteral("failcmd")};
    QStringList add =
        addArgs(QStringLiteral("failcmd"), m_server.imapPort(), QStringLiteral("plain"), QString());
    add.last() = QStringLiteral("echo locked >&2; exit 4");
    QVERIFY(cli(add).code == 0);
    r = cli(failing);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("exit code 4")), qPrintable(r.err));

    // "sync NAME" syncs that account only (it used to sync every account).
    r = cli({QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("badpw")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("wrong user name or password")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("Cannot connect")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("exit code 4")), qPrintable(r.err));
    r = cli({QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("nosuch")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("no account named 'nosuch'")), qPrintable(r.err));
    r = cli({QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("badpw"),
             QStringLiteral("closed")});
    QCOMPARE(r.code, 2);
}

void CliSyncTest::untrustedCertificateShowsFingerprintAndFlag()
{
    QVERIFY(cli(addArgs(QStringLiteral("tls"), m_server.imapsPort(), QStringLiteral("imaps"),
                        m_server.password()))
                .code == 0);
    const QString db = m_home.filePath(QStringLiteral("tls.sqlite"));
    Run r = cli({QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--account"),
                 QStringLiteral("tls")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("Untrusted certificate")), qPrintable(r.err));
    QVERIFY2(r.err.contains(m_server.certificateSha256()), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("--trust-fingerprint")));

    r = cli({QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--account"),
             QStringLiteral("tls"), QStringLiteral("--trust-fingerprint"),
             m_server.certificateSha256()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("tls/INBOX:")));
    // The pin is remembered.
    r = cli({QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--account"),
             QStringLiteral("tls")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void CliSyncTest::noKeychainIsSaidClearly()
{
    QStringList add = addArgs(QStringLiteral("nokeychain"), m_server.imapPort(),
                              QStringLiteral("plain"), QString());
    add.removeLast();
    add.removeLast(); // no --password-command: the password comes from stdin
    QProcessEnvironment env;
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + m_home.filePath(QStringLiteral("no-bus")));
    const Run r = cli(add, "secret\n", env);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("no keychain available")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("secret")));
}

QTEST_GUILESS_MAIN(CliSyncTest)
#include "CliSyncTest.moc"
