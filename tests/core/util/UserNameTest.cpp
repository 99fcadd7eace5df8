#include "util/UserName.h"

#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace mixdesk;

class UserNameTest : public QObject
{
    Q_OBJECT

private slots:
    void environmentComesFirst()
    {
        qputenv("USER", "operator-a");
        QCOMPARE(defaultUserName(), QStringLiteral("operator-a"));
    }

    // Desktop sessions started by a display manager or a service (and the screenshot
    // runs under Xvfb) may set none of the variables: the journal then showed
    // "(unknown)" as the author of every event.
    void withoutEnvironmentTheAccountNameIsUsed()
    {
        for (const char* name : {"USER", "LOGNAME", "USERNAME"})
            qunsetenv(name);
        const passwd* account = getpwuid(getuid());
        QVERIFY(account && account->pw_name);
        QCOMPARE(defaultUserName(), QString::fromLocal8Bit(account->pw_name));
    }
};

QTEST_GUILESS_MAIN(UserNameTest)
#include "UserNameTest.moc"
