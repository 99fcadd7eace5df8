#include "TestPaths.h"

#include "analysis/NoticeAnalyzer.h"
#include "respond/ResponseComposer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mixdesk;
using namespace mixdesk::test;

// Templates, the provider table and the composer that fills them for notices.
class ComposerTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    OperatorProfile m_profile;

    NoticeForResponse notice(qint64 id, const QString& file) const
    {
        QFile f(corpusFile(file));
        f.open(QIODevice::ReadOnly);
        NoticeForResponse n;
        n.id = id;
        n.raw = f.readAll();
        n.analysis = NoticeAnalyzer(m_profile).analyze(n.raw);
        return n;
    }

    ProviderDirectory providers() const
    {
        QFile f(m_dir.filePath(QStringLiteral("providers.json")));
        f.open(QIODevice::WriteOnly);
        f.write(R"({"providers": [
            {"name": "Kiebitz Mail", "domains": ["kiebitz.example"], "abuse": "abuse@kiebitz.example"},
            {"name": "Kiebitz Webmail", "domains": ["mail.kiebitz.example"], "abuse": "webmail-abuse@kiebitz.example"}
        ]})");
        f.close();
        ProviderDirectory d(f.fileName());
        d.load();
        return d;
    }

private slots:
    void initTestCase()
    {
        auto profile = OperatorProfile::loadFile(corpusFile(QStringLiteral("operator.json")));
        QVERIFY(profile.ok());
        m_profile = *profile;
    }

    void everyScenarioHasBothLanguages()
    {
        TemplateLibrary library(m_dir.filePath(QStringLiteral("none.json")));
        QVERIFY(library.load().ok());
        for (const QString& name : {QStringLiteral("webmail-spam"), QStringLiteral("misdirected"),
                                    QStringLiteral("copyright"), QStringLiteral("harassment"),
                                    QStringLiteral("fraud"), QStringLiteral("isp-reply")})
            for (const QString& lang : {QStringLiteral("en"), QStringLiteral("de")}) {
                const ResponseTemplate* t = library.find(name, lang);
                QVERIFY2(t, qPrintable(name + u' ' + lang));
                QVERIFY(!t->subject.isEmpty());
                QVERIFY(t->body.contains(QStringLiteral("{operator_name}")));
            }
    }

    void userTemplatesReplaceAndAdd()
    {
        const QString path = m_dir.filePath(QStringLiteral("templates.json"));
        TemplateLibrary library(path);
        QVERIFY(library.load().ok());
        ResponseTemplate own = *library.find(QStringLiteral("fraud"), QStringLiteral("en"));
        own.body = QStringLiteral("Short: {exit_ip}");
        QVERIFY(library.saveUserTemplate(own).ok());
        ResponseTemplate added{QStringLiteral("police"),
                               QStringLiteral("de"),
                               QStringLiteral("Ihr Zeichen {ticket_id}"),
                               QStringLiteral("..."),
                               false,
                               QString()};
        QVERIFY(library.saveUserTemplate(added).ok());
        TemplateLibrary reread(path);
        QVERIFY(reread.load().ok());
        QCOMPARE(reread.find(QStringLiteral("fraud"), QStringLiteral("en"))->body, own.body);
        QVERIFY(!reread.find(QStringLiteral("fraud"), QStringLiteral("en"))->builtIn);
        QVERIFY(reread.names().contains(QStringLiteral("police")));
        QVERIFY(reread.removeUserTemplate(QStringLiteral("fraud"), QStringLiteral("en")).ok());
        QVERIFY(reread.find(QStringLiteral("fraud"), QStringLiteral("en"))->builtIn);
    }

    void userTemplatesKeepTheirScenarioAndResetToTheBundledOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("scenario.json"));
        TemplateLibrary library(path);
        QVERIFY(library.load().ok());
        QVERIFY(library.hasBuiltIn(QStringLiteral("copyright"), QStringLiteral("de")));
        QVERIFY(!library.hasUserTemplate(QStringLiteral("copyright"), QStringLiteral("de")));
        ResponseTemplate shortSpam{QStringLiteral("webmail-short"),
                                   QStringLiteral("en"),
                                   QStringLiteral("Account {account}"),
                                   QStringLiteral("Delete it."),
                                   false,
                                   QStringLiteral("webmail-spam")};
        QVERIFY(library.saveUserTemplate(shortSpam).ok());
        ResponseTemplate edited = *library.find(QStringLiteral("copyright"), QStringLiteral("de"));
        edited.subject = QStringLiteral("Urheberrecht [{ticket_id}]");
        QVERIFY(library.saveUserTemplate(edited).ok());

        TemplateLibrary reread(path);
        QVERIFY(reread.load().ok());
        const ResponseTemplate* own =
            reread.find(QStringLiteral("webmail-short"), QStringLiteral("en"));
        QVERIFY(own);
        QCOMPARE(own->effectiveScenario(), QStringLiteral("webmail-spam"));
        QVERIFY(!reread.hasBuiltIn(own->name, own->language));
        QVERIFY(reread.hasUserTemplate(own->name, own->language));
        QCOMPARE(reread.find(QStringLiteral("copyright"), QStringLiteral("de"))->subject,
                 edited.subject);
        QVERIFY(reread.hasUserTemplate(QStringLiteral("copyright"), QStringLiteral("de")));
        QCOMPARE(
            reread.find(QStringLiteral("copyright"), QStringLiteral("de"))->effectiveScenario(),
            QStringLiteral("copyright"));

        // The scenario decides the recipients: the provider, the notice attached.
        const ResponseComposer composer(m_profile, providers(),
                                        QStringLiteral("abuse@nordlicht-mix.example"));
        const ResponseDraft d = composer.compose(
            {notice(5, QStringLiteral("001-larkspur-squirrelmail-inline.eml"))}, *own);
        QVERIFY(d.attachNotices);
        QCOMPARE(d.to, QStringList{QStringLiteral("webmail-abuse@kiebitz.example")});
        QCOMPARE(d.templateName, QStringLiteral("webmail-short"));

        // Reset: the bundled text is back; deleted: the user's own is gone.
        QVERIFY(reread.removeUserTemplate(QStringLiteral("copyright"), QStringLiteral("de")).ok());
        QVERIFY(reread.find(QStringLiteral("copyright"), QStringLiteral("de"))->builtIn);
        QVERIFY(
            reread.removeUserTemplate(QStringLiteral("webmail-short"), QStringLiteral("en")).ok());
        QVERIFY(!reread.find(QStringLiteral("webmail-short"), QStringLiteral("en")));
        TemplateLibrary third(path);
        QVERIFY(third.load().ok());
        QVERIFY(!third.hasUserTemplate(QStringLiteral("copyright"), QStringLiteral("de")));
        QVERIFY(!third.find(QStringLiteral("webmail-short"), QStringLiteral("en")));
    }

    void placeholdersAreFilled()
    {
        ResponseTemplate t{QStringLiteral("x"),
                           QStringLiteral("de"),
                           QStringLiteral("{ticket_id} {nonsense}"),
                           QStringLiteral("{exit_ip}/{account}"),
                           true,
                           QString()};
        const QString out =
            t.fill(t.body, {{QStringLiteral("exit_ip"), QStringLiteral("192.0.2.140")}});
        QCOMPARE(out, QStringLiteral("192.0.2.140/(unbekannt)"));
        QCOMPARE(t.fill(t.subject, {}), QStringLiteral("(unbekannt) {nonsense}"));
    }

    void providerTableMatchesTheLongestSuffix()
    {
        const ProviderDirectory d = providers();
        QCOMPARE(d.match(QStringLiteral("mail.kiebitz.example"))->abuse,
                 QStringLiteral("webmail-abuse@kiebitz.example"));
        QCOMPARE(d.match(QStringLiteral("user@kiebitz.example"))->abuse,
                 QStringLiteral("abuse@kiebitz.example"));
        QCOMPARE(d.match(QStringLiteral("smtp.kiebitz.example"))->abuse,
                 QStringLiteral("abuse@kiebitz.example"));
        QVERIFY(!d.match(QStringLiteral("notkiebitz.example")));
        QCOMPARE(d.match(QStringLiteral("webmail.example.net"))->abuse,
                 QStringLiteral("abuse@example.net")); // the bundled table
    }

    void webmailSpamGoesToTheProviderWithTheIspInCopy()
    {
        const ResponseComposer composer(
            m_profile, providers(), QStringLiteral("Jana Holzapfel <abuse@nordlicht-mix.example>"));
        const NoticeForResponse n =
            notice(3, QStringLiteral("001-larkspur-squirrelmail-inline.eml"));
        QCOMPARE(ResponseComposer::suggestedTemplate(n.analysis), QStringLiteral("webmail-spam"));
        TemplateLibrary library(m_dir.filePath(QStringLiteral("none.json")));
        library.load();
        const ResponseDraft d = composer.compose(
            {n}, *library.find(QStringLiteral("webmail-spam"), QStringLiteral("de")));
        QCOMPARE(d.to, QStringList{QStringLiteral("webmail-abuse@kiebitz.example")});
        QCOMPARE(d.cc, QStringList{QStringLiteral("srt+448213@larkspur-hosting.example")});
        QVERIFY(d.subject.contains(QStringLiteral("LH-SRT-448213")));
        QVERIFY(d.subject.contains(QStringLiteral("medium")));
        QVERIFY(d.body.contains(QStringLiteral("203.0.113.77")));
        QVERIFY(d.body.contains(QStringLiteral("mail.kiebitz.example")));
        QVERIFY(d.body.contains(QStringLiteral("Jana Holzapfel")));
        QVERIFY(!d.body.contains(u'{'));
        QVERIFY(d.attachNotices);
        QCOMPARE(d.noticeIds, QList<qint64>{3});
        QCOMPARE(d.language, QStringLiteral("de"));
    }

    void repliesGoToTheIsp()
    {
        const ResponseComposer composer(m_profile, providers(),
                                        QStringLiteral("abuse@nordlicht-mix.example"));
        const NoticeForResponse n = notice(4, QStringLiteral("018-misdirected-neighbour-ip.eml"));
        QCOMPARE(ResponseComposer::suggestedTemplate(n.analysis), QStringLiteral("misdirected"));
        TemplateLibrary library(m_dir.filePath(QStringLiteral("none.json")));
        library.load();
        const ResponseDraft d = composer.compose(
            {n}, *library.find(QStringLiteral("misdirected"), QStringLiteral("en")));
        QCOMPARE(d.to.size(), 1);
        QVERIFY(d.cc.isEmpty());
        QVERIFY(!d.attachNotices);
        QVERIFY(d.body.contains(n.analysis.reportedIp));
    }

    void aCampaignForwardsEveryNotice()
    {
        const ResponseComposer composer(m_profile, providers(),
                                        QStringLiteral("abuse@nordlicht-mix.example"));
        TemplateLibrary library(m_dir.filePath(QStringLiteral("none.json")));
        library.load();
        const ResponseDraft d =
            composer.compose({notice(1, QStringLiteral("001-larkspur-squirrelmail-inline.eml")),
                              notice(2, QStringLiteral("001-larkspur-squirrelmail-inline.eml"))},
                             *library.find(QStringLiteral("webmail-spam"), QStringLiteral("en")));
        QCOMPARE(d.noticeIds, (QList<qint64>{1, 2}));
        QCOMPARE(d.to.size(), 1); // one provider, once
        QVERIFY(d.subject.count(QStringLiteral("LH-SRT-448213")) == 1);
    }
};

QTEST_GUILESS_MAIN(ComposerTest)
#include "ComposerTest.moc"
