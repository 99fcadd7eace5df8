#include "secrets/FakeSecretStore.h"
#include "secrets/PasswordCommandSecret.h"

#include <QTest>

using namespace mixdesk;

class SecretStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fakeStoresReadsAndDeletes();
    void fakeReportsTypedErrors();
    void asyncCallbackGetsValue();
    void passwordCommandFirstLine();
    void passwordCommandFailureIsClear();
    void passwordCommandEmptyOutputIsAnError();
    void imapKey();
};

void SecretStoreTest::fakeStoresReadsAndDeletes()
{
    FakeSecretStore store;
    QVERIFY(store.writePassword(QStringLiteral("imap:work"), QStringLiteral("pw1")).ok());
    auto read = store.readPassword(QStringLiteral("imap:work"));
    QVERIFY(read.ok());
    QCOMPARE(*read, QStringLiteral("pw1"));
    QVERIFY(store.deletePassword(QStringLiteral("imap:work")).ok());
    auto gone = store.readPassword(QStringLiteral("imap:work"));
    QVERIFY(!gone.ok());
    QCOMPARE(secretError(gone.error()), SecretError::NotFound);
}

void SecretStoreTest::fakeReportsTypedErrors()
{
    FakeSecretStore store;
    store.failWith(SecretError::NoBackend);
    Status written = store.writePassword(QStringLiteral("k"), QStringLiteral("v"));
    QVERIFY(!written.ok());
    QCOMPARE(secretError(written.error()), SecretError::NoBackend);
    store.failWith(SecretError::AccessDenied);
    QCOMPARE(secretError(store.readPassword(QStringLiteral("k")).error()),
             SecretError::AccessDenied);
    QCOMPARE(secretError(Error{QStringLiteral("x"), 999}), SecretError::Other);
}

void SecretStoreTest::asyncCallbackGetsValue()
{
    FakeSecretStore store;
    store.writePassword(QStringLiteral("k"), QStringLiteral("v"));
    QObject context;
    QString got;
    store.readPasswordAsync(QStringLiteral("k"), &context, [&](Result<QString> r) { got = *r; });
    QCOMPARE(got, QStringLiteral("v"));
}

void SecretStoreTest::passwordCommandFirstLine()
{
    auto pw = PasswordCommandSecret::run(QStringLiteral("printf 'top secret\\nsecond line\\n'"));
    QVERIFY2(pw.ok(), qPrintable(pw.ok() ? QString() : pw.error().message));
    QCOMPARE(*pw, QStringLiteral("top secret"));
    auto noNewline = PasswordCommandSecret::run(QStringLiteral("printf abc"));
    QCOMPARE(*noNewline, QStringLiteral("abc"));
}

void SecretStoreTest::passwordCommandFailureIsClear()
{
    auto pw = PasswordCommandSecret::run(QStringLiteral("echo 'vault locked' >&2; exit 3"));
    QVERIFY(!pw.ok());
    QVERIFY2(pw.error().message.contains(QLatin1String("exit code 3")),
             qPrintable(pw.error().message));
    QVERIFY(pw.error().message.contains(QLatin1String("vault locked")));
}

void SecretStoreTest::passwordCommandEmptyOutputIsAnError()
{
    QVERIFY(!PasswordCommandSecret::run(QStringLiteral("true")).ok());
}

void SecretStoreTest::imapKey()
{
    QCOMPARE(imapSecretKey(QStringLiteral("abuse")), QStringLiteral("imap:abuse"));
}

QTEST_GUILESS_MAIN(SecretStoreTest)
#include "SecretStoreTest.moc"
