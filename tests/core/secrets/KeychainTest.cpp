#include "secrets/QtKeychainSecretStore.h"

#include <QTest>

using namespace mixdesk;

// Runs under tests/support/with-keyring.sh: a private D-Bus session with an unlocked
// gnome-keyring-daemon and a temporary HOME.
class KeychainTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storeReadDelete();
    void asyncRead();
};

void KeychainTest::storeReadDelete()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run with with-keyring.sh");
    QtKeychainSecretStore store(QStringLiteral("mixdesk-test"));
    const QString key = imapSecretKey(QStringLiteral("keychain-test"));
    Status written = store.writePassword(key, QStringLiteral("p\u00e4ss w0rd"));
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    auto read = store.readPassword(key);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(*read, QStringLiteral("p\u00e4ss w0rd"));
    QVERIFY(store.deletePassword(key).ok());
    auto gone = store.readPassword(key);
    QVERIFY(!gone.ok());
    QCOMPARE(secretError(gone.error()), SecretError::NotFound);
}

void KeychainTest::asyncRead()
{
    QtKeychainSecretStore store(QStringLiteral("mixdesk-test"));
    const QString key = imapSecretKey(QStringLiteral("async"));
    QVERIFY(store.writePassword(key, QStringLiteral("xyz")).ok());
    QObject context;
    QString got;
    bool called = false;
    store.readPasswordAsync(key, &context, [&](Result<QString> r) {
        called = true;
        if (r)
            got = *r;
    });
    QTRY_VERIFY(called); // delivered through the event loop, no nested loop involved
    QCOMPARE(got, QStringLiteral("xyz"));
    store.deletePassword(key);
}

QTEST_GUILESS_MAIN(KeychainTest)
#include "KeychainTest.moc"
