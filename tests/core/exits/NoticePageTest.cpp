#include "exits/notice/NoticePageDeploy.h"
#include "exits/notice/NoticePageGenerator.h"
#include "exits/notice/NoticePageTemplate.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mixdesk;

class NoticePageTest : public QObject
{
    Q_OBJECT

    static OperatorProfile profile()
    {
        OperatorProfile p;
        p.name = QStringLiteral("Erika <Example>");
        p.organisation = QStringLiteral("Example Privacy e.V.");
        p.email = QStringLiteral("info@privacy.example");
        p.abuseAddresses = {QStringLiteral("abuse@privacy.example")};
        p.postalAddress = QStringLiteral("Example Street 1\n10115 Berlin");
        ExitNode exit;
        exit.name = QStringLiteral("exit1");
        exit.cascade = QStringLiteral("Example & Co cascade");
        exit.addresses = {QStringLiteral("203.0.113.10"), QStringLiteral("2001:db8::10")};
        exit.kind = ExitKind::TorRelay;
        exit.inServiceSince = QDate(2025, 3, 1);
        p.exits = {exit};
        return p;
    }

private slots:
    void fillsEveryPlaceholderAndEscapes()
    {
        const QString html = NoticePageGenerator::render(NoticePageTemplate::builtIn(), profile(),
                                                         QStringLiteral("en"), QDate(2026, 12, 4));
        QVERIFY(!html.contains(QStringLiteral("{{")));
        QVERIFY(html.contains(QStringLiteral("Erika &lt;Example&gt;")));
        QVERIFY(html.contains(QStringLiteral("Example &amp; Co cascade")));
        QVERIFY(html.contains(QStringLiteral("mailto:abuse@privacy.example")));
        QVERIFY(html.contains(QStringLiteral("<code>2001:db8::10</code>")));
        QVERIFY(html.contains(QStringLiteral("Tor exit relay")));
        QVERIFY(html.contains(QStringLiteral("Tor-Exit-Relay")));
        QVERIFY(html.contains(QStringLiteral("since 2025-03-01")));
        QVERIFY(html.contains(QStringLiteral("seit 01.03.2025")));
        QVERIFY(html.contains(QStringLiteral("Example Street 1<br>10115 Berlin")));
        QVERIFY(html.contains(QStringLiteral("Last updated 2026-12-04.")));
        QVERIFY(html.contains(QStringLiteral("Zuletzt aktualisiert am 04.12.2026.")));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"en\">")));
        QVERIFY(html.contains(QStringLiteral("<main class=\"default-en\">")));
        QVERIFY(html.contains(NoticePageTemplate::generatorMark()));
    }

    void selfContainedAndBilingual()
    {
        const QString html = NoticePageGenerator::render(NoticePageTemplate::builtIn(), profile(),
                                                         QStringLiteral("de"));
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("url("), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("@import"), Qt::CaseInsensitive));
        static const QRegularExpression remote(QStringLiteral("(src|href)=\"(https?:)?//"));
        QVERIFY(!remote.match(html).hasMatch());
        QVERIFY(html.contains(QStringLiteral("href=\"#en\"")));
        QVERIFY(html.contains(QStringLiteral("href=\"#de\"")));
        QVERIFY(html.contains(QStringLiteral("<main class=\"default-de\">")));
        // The topics the page must cover, in both languages.
        for (const char* phrase :
             {"What an anonymization service is", "Why this address identifies no one",
              "We will block it on all of our exits", "lawful requests",
              "Was ein Anonymisierungsdienst ist", "Warum diese Adresse niemanden identifiziert",
              "an allen unseren Ausgängen", "Rechtmäßige"})
            QVERIFY2(html.contains(QString::fromUtf8(phrase)), phrase);
    }

    void userTemplateWinsAndUnknownPlaceholdersShow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("exit-notice.html"));
        QVERIFY(NoticePageTemplate::load(path)->contains(NoticePageTemplate::generatorMark()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<p>{{ operator }} at {{abuse_email}} {{typo}}</p>");
        file.close();
        const Result<QString> own = NoticePageTemplate::load(path);
        QVERIFY(own.ok());
        QCOMPARE(NoticePageGenerator::render(*own, profile(), QStringLiteral("en")),
                 QStringLiteral("<p>Example Privacy e.V. at abuse@privacy.example {{typo}}</p>"));
    }

    void deployWritesPageAndConfigs()
    {
        QTemporaryDir dir;
        NoticePageDeploy::Options options;
        options.documentRoot = QStringLiteral("/srv/notice");
        const Result<QStringList> files = NoticePageDeploy::write(
            dir.filePath(QStringLiteral("out")), QStringLiteral("<p>x</p>"), options);
        QVERIFY(files.ok());
        QCOMPARE(files->size(), 5);
        QVERIFY(NoticePageDeploy::lighttpdConfig(options).contains(
            QStringLiteral("server.document-root = \"/srv/notice\"")));
        QVERIFY(NoticePageDeploy::lighttpdConfig(options).contains(QStringLiteral("[::]:80")));
        QVERIFY(
            NoticePageDeploy::nginxConfig(options).contains(QStringLiteral("root /srv/notice;")));
        QVERIFY(NoticePageDeploy::nginxConfig(options).contains(
            QStringLiteral("listen [::]:80 default_server;")));
        QVERIFY(NoticePageDeploy::apacheConfig(options).contains(
            QStringLiteral("DocumentRoot /srv/notice")));
    }
};

QTEST_GUILESS_MAIN(NoticePageTest)
#include "NoticePageTest.moc"
