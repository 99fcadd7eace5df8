#include "GuiTestMain.h"
#include "HttpFixtureServer.h"
#include "RdapSamples.h"
#include "TestPaths.h"

#include "analysis/NoticeAnalyzer.h"
#include "lookup/RdapClient.h"
#include "respond/AbuseContactLookup.h"
#include "respond/ComposeDialog.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace mixdesk {

// The compose window asks RDAP for the provider's abuse contact when the provider
// table has none: it opens at once, and the address arrives later with its source;
// an address the operator typed meanwhile stays; a failed lookup says so.
class ComposeLookupTest : public QObject
{
    Q_OBJECT
private:
    test::HttpFixtureServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<RdapClient> m_rdap;
    std::unique_ptr<AbuseContactLookup> m_lookup;
    OperatorProfile m_profile;
    QTemporaryDir m_dir;

    NoticeForResponse notice(const QString& mailServer = QString())
    {
        QFile f(test::corpusFile(u"001-larkspur-squirrelmail-inline.eml"_s));
        NoticeForResponse n;
        n.id = 1;
        if (f.open(QIODevice::ReadOnly))
            n.raw = f.readAll();
        n.analysis = NoticeAnalyzer(m_profile).analyze(n.raw);
        if (!mailServer.isEmpty())
            n.analysis.mailServer = mailServer;
        return n;
    }

    std::unique_ptr<ComposeDialog> compose(const NoticeForResponse& n)
    {
        TemplateLibrary templates(m_dir.filePath(u"templates.json"_s));
        templates.load();
        ProviderDirectory providers(m_dir.filePath(u"providers.json"_s));
        providers.load();
        ResponseComposer composer(m_profile, providers, u"abuse@nordlicht-mix.example"_s);
        auto dialog =
            std::make_unique<ComposeDialog>(QList<NoticeForResponse>{n}, composer, templates);
        dialog->show();
        return dialog;
    }

    QString sources(ComposeDialog& d)
    {
        return d.findChild<QLabel*>(u"recipientSources"_s)->text();
    }

private slots:
    void initTestCase()
    {
        auto profile = OperatorProfile::loadFile(test::corpusFile(u"operator.json"_s));
        QVERIFY(profile.ok());
        m_profile = *profile;
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        test::rdap::serveStandardRegistry(m_server, {}, {});
        // Slow enough to see the window before the answer.
        m_server.setRoute(u"/rdap/domain/kiebitz.example"_s,
                          test::rdap::domain(u"kiebitz.example"_s), 200, 0.5);
        m_server.setRoute(
            u"/rdap/domain/silent.example"_s,
            QJsonObject{{u"objectClassName"_s, u"domain"_s}, {u"ldhName"_s, u"silent.example"_s}});
        RdapClient::Options o;
        o.bootstrapBase = QUrl(test::rdap::bootstrapBase(m_server));
        o.timeoutMs = 5000;
        m_rdap = std::make_unique<RdapClient>(&m_network, o);
        m_lookup = std::make_unique<AbuseContactLookup>(m_rdap.get());
    }

    void theAddressArrivesAfterTheWindowOpened()
    {
        auto dialog = compose(notice());
        QCOMPARE(dialog->templateCombo()->currentData().toString(), u"webmail-spam"_s);
        QVERIFY(dialog->toEdit()->text().isEmpty());
        dialog->lookUpAbuseContact(m_lookup.get());
        // The window does not wait: it says it is asking.
        QVERIFY2(sources(*dialog).contains(u"Looking up"_s), qPrintable(sources(*dialog)));
        QVERIFY(dialog->toEdit()->text().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->toEdit()->text(), u"abuse@kiebitz.example"_s, 10000);
        QVERIFY2(sources(*dialog).contains(
                     u"abuse@kiebitz.example \u2013 from RDAP: abuse contact of kiebitz.example"_s),
                 qPrintable(sources(*dialog)));
        QVERIFY(!sources(*dialog).contains(u"Looking up"_s));
        // Another template and back: the looked-up address stays the suggestion.
        dialog->templateCombo()->setCurrentIndex(dialog->templateCombo()->findData(u"isp-reply"_s));
        QVERIFY(dialog->toEdit()->text() != u"abuse@kiebitz.example"_s);
        dialog->templateCombo()->setCurrentIndex(
            dialog->templateCombo()->findData(u"webmail-spam"_s));
        QCOMPARE(dialog->toEdit()->text(), u"abuse@kiebitz.example"_s);
        QCOMPARE(dialog->draft().to, QStringList{u"abuse@kiebitz.example"_s});
    }

    void aTypedAddressStays()
    {
        auto dialog = compose(notice(u"smtp.kiebitz.example"_s));
        dialog->lookUpAbuseContact(m_lookup.get());
        dialog->toEdit()->setText(u"abuse@typed.example"_s);
        QTRY_VERIFY_WITH_TIMEOUT(sources(*dialog).contains(u"from RDAP"_s), 10000);
        QCOMPARE(dialog->toEdit()->text(), u"abuse@typed.example"_s);
        QVERIFY(sources(*dialog).contains(u"abuse@kiebitz.example"_s));
    }

    void aFailedLookupSaysSo()
    {
        auto dialog = compose(notice(u"mail.silent.example"_s));
        dialog->lookUpAbuseContact(m_lookup.get());
        QTRY_VERIFY_WITH_TIMEOUT(sources(*dialog).contains(u"no abuse contact"_s), 10000);
        QVERIFY(sources(*dialog).contains(u"mail.silent.example"_s));
        QVERIFY(dialog->toEdit()->text().isEmpty());
        QVERIFY(dialog->toEdit()->isEnabled());
        QVERIFY(!dialog->toEdit()->isReadOnly());
    }

    void closingBeforeTheAnswerIsSafe()
    {
        m_server.setRoute(u"/rdap/domain/slow.example"_s, test::rdap::domain(u"slow.example"_s),
                          200, 0.5);
        auto dialog = compose(notice(u"slow.example"_s));
        dialog->lookUpAbuseContact(m_lookup.get());
        dialog.reset();
        QTest::qWait(800);
    }
};

} // namespace mixdesk

MIXDESK_GUI_TEST_MAIN(mixdesk::ComposeLookupTest)
#include "ComposeLookupTest.moc"
