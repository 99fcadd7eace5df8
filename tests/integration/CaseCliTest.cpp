#include "TestPaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// mixdesk-cli case new|list|show|link|export on a SQLite desk filled from the corpus.
class CaseCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("cases.sqlite")); }
    QString profile() const { return mixdesk::test::corpusFile(QStringLiteral("operator.json")); }

    Run cli(const QStringList& args)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_dir.path());
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        e.remove(QStringLiteral("QT_QPA_PLATFORM"));
        e.remove(QStringLiteral("DISPLAY"));
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(mixdesk::test::cliPath(), args);
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QStringList withDb(QStringList args) const
    {
        args << QStringLiteral("--db") << db();
        return args;
    }

private slots:
    void newListShowLinkExport()
    {
        Run r = cli(withDb({QStringLiteral("import"), QStringLiteral("--profile"), profile(),
                            mixdesk::test::corpusDir()}));
        QCOMPARE(r.code, 0);
        r = cli(withDb({QStringLiteral("list"), QStringLiteral("--json")}));
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.size() >= 3);
        const qint64 n1 = QJsonDocument::fromJson(lines.at(0)).object().value(u"id").toInteger();
        const qint64 n2 = QJsonDocument::fromJson(lines.at(1)).object().value(u"id").toInteger();

        // Usage errors.
        QCOMPARE(
            cli(withDb({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--type"),
                        QStringLiteral("parking"), QStringLiteral("--title"), QStringLiteral("x")}))
                .code,
            2);
        QCOMPARE(
            cli(withDb({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--type"),
                        QStringLiteral("fraud"), QStringLiteral("--role"),
                        QStringLiteral("witness"), QStringLiteral("--title"), QStringLiteral("x")}))
                .code,
            2);

        r = cli(
            withDb({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--type"),
                    QStringLiteral("summons"), QStringLiteral("--role"), QStringLiteral("witness"),
                    QStringLiteral("--title"), QStringLiteral("Vorladung Betrug"),
                    QStringLiteral("--authority"), QStringLiteral("Polizeipräsidium Musterstadt"),
                    QStringLiteral("--reference"), QStringLiteral("Az. 123 Js 4567/26"),
                    QStringLiteral("--notice"), QString::number(n1), QStringLiteral("--json")}));
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject created = QJsonDocument::fromJson(r.out).object();
        const qint64 id = created.value(u"id").toInteger();
        QVERIFY(id > 0);
        QCOMPARE(created.value(u"type").toString(), QStringLiteral("summons"));
        QCOMPARE(created.value(u"role").toString(), QStringLiteral("witness"));
        QCOMPARE(created.value(u"authority_kind").toString(), QStringLiteral("police"));
        QCOMPARE(created.value(u"notices").toArray().size(), 1);

        r = cli(withDb({QStringLiteral("case"), QStringLiteral("link"), QString::number(id),
                        QStringLiteral("--notice"), QString::number(n2)}));
        QCOMPARE(r.code, 0);
        QCOMPARE(cli(withDb({QStringLiteral("case"), QStringLiteral("link"), QString::number(id),
                             QStringLiteral("--notice"), QStringLiteral("999999")}))
                     .code,
                 1);

        r = cli(withDb({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed().split('\n').size(), 1);

        r = cli(withDb({QStringLiteral("case"), QStringLiteral("show"), QString::number(id),
                        QStringLiteral("--profile"), profile(), QStringLiteral("--json")}));
        QCOMPARE(r.code, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(shown.value(u"notices").toArray().size(), 2);
        QCOMPARE(shown.value(u"reference").toString(), QStringLiteral("Az. 123 Js 4567/26"));
        QVERIFY(shown.contains(QStringLiteral("service_statement")));

        for (const QString& lang : {QStringLiteral("en"), QStringLiteral("de")}) {
            const QString pdf = m_dir.filePath(QStringLiteral("dossier-%1.pdf").arg(lang));
            r = cli(withDb({QStringLiteral("case"), QStringLiteral("export"), QString::number(id),
                            QStringLiteral("--pdf"), pdf, QStringLiteral("--lang"), lang,
                            QStringLiteral("--profile"), profile(), QStringLiteral("--json")}));
            QVERIFY2(r.code == 0, r.err.constData());
            QVERIFY(QJsonDocument::fromJson(r.out).object().value(u"pages").toInt() >= 5);
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(30000));
            const QString content = QString::fromUtf8(text.readAllStandardOutput());
            QVERIFY(content.contains(QStringLiteral("Az. 123 Js 4567/26")));
            QVERIFY(content.contains(lang == u"de" ? QStringLiteral("Beweismittelverzeichnis")
                                                   : QStringLiteral("Evidence index")));
        }
        QCOMPARE(cli(withDb({QStringLiteral("case"), QStringLiteral("export"), QString::number(id),
                             QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("x.pdf")),
                             QStringLiteral("--lang"), QStringLiteral("fr")}))
                     .code,
                 2);
    }
};

QTEST_GUILESS_MAIN(CaseCliTest)
#include "CaseCliTest.moc"
