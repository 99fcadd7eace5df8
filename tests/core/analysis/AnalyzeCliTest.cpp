#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the real `mixdesk-cli analyze` on corpus files: one JSON object per line and
// file, exit codes, a clear message for unreadable files, --help.
class AnalyzeCliTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsOneLinePerFile();
    void missingFileFailsButOthersPrint();
    void usesStoredProfileWithoutOption();
    void help();
    void wrongUsage();
};

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList& args,
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(mixdesk::test::cliPath(), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString corpus(const char* name)
{
    return mixdesk::test::corpusFile(QString::fromLatin1(name));
}

} // namespace

void AnalyzeCliTest::printsOneLinePerFile()
{
    const QString a = corpus("021-quoted-gt-horde.eml");
    const QString b = corpus("018-misdirected-neighbour-ip.eml");
    const Run r = run({u"analyze"_s, u"--profile"_s, corpus("operator.json"), a, b});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first.value(u"file").toString(), a);
    QCOMPARE(first.value(u"exit_ip").toString(), u"198.51.100.23"_s);
    QCOMPARE(first.value(u"webmail_software").toString(), u"horde"_s);
    QCOMPARE(first.value(u"received_hops").toArray().size(), 4);
    for (const char* key : {"category", "language", "exit_ips", "incident_time_utc",
                            "webmail_account", "mail_server", "reporter", "case_reference"})
        QVERIFY2(first.contains(QString::fromLatin1(key)), key);
    const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(second.value(u"file").toString(), b);
    QVERIFY(second.value(u"exit_ip").isNull());
    QCOMPARE(second.value(u"category").toString(), u"misdirected"_s);
}

void AnalyzeCliTest::missingFileFailsButOthersPrint()
{
    const QString missing = u"/nonexistent/dir/notice.eml"_s;
    const Run r = run({u"analyze"_s, u"--profile"_s, corpus("operator.json"), missing,
                       corpus("006-heronmail-arf-fbl.eml")});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(missing.toUtf8()), r.err.constData());
    QCOMPARE(r.out.trimmed().split('\n').size(), 1);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"exit_ip").toString(),
             u"198.51.100.23"_s);
}

void AnalyzeCliTest::usesStoredProfileWithoutOption()
{
    // An empty HOME has no profile: the analysis still runs, with no exits known.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.path() + u"/config"_s);
    const Run r = run({u"analyze"_s, corpus("013-thimbleweed-copyright.eml")}, env);
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(o.value(u"exit_ip").isNull());
    QCOMPARE(o.value(u"category").toString(), u"misdirected"_s);
}

void AnalyzeCliTest::help()
{
    const Run r = run({u"analyze"_s, u"--help"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("--profile"));
}

void AnalyzeCliTest::wrongUsage()
{
    QVERIFY(run({u"analyze"_s}).code != 0);
    QVERIFY(run({u"analyze"_s, u"--bogus"_s, corpus("006-heronmail-arf-fbl.eml")}).code != 0);
    QVERIFY(run({u"analyze"_s, u"--profile"_s, u"/nonexistent/profile.json"_s,
                 corpus("006-heronmail-arf-fbl.eml")})
                .code != 0);
}

QTEST_GUILESS_MAIN(AnalyzeCliTest)
#include "AnalyzeCliTest.moc"
