#include "StoreTestKit.h"

#include "cases/SqlCaseStore.h"
#include "cases/dossier/BlockMeasurer.h"
#include "cases/dossier/DossierCollector.h"
#include "cases/dossier/DossierHtml.h"
#include "cases/dossier/DossierWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mixdesk;
using namespace Qt::StringLiterals;
using namespace mixdesk::test;

namespace {

const QString kReference = QStringLiteral("Az. 123 Js 4567/26");

QByteArray mail(int i)
{
    return "From: Polizei <poststelle@polizei.example>\nTo: abuse@mix.example\nSubject: "
           "Vorladung " +
           QByteArray::number(i) + "\nMessage-ID: <" + QByteArray::number(i) +
           "@polizei.example>\n\nSehr geehrte Damen und Herren, Grüße.\n";
}

Analysis analysis(int i)
{
    Analysis a;
    a.category = Category::Fraud;
    a.reporter = QStringLiteral("Polizeipräsidium Musterstadt");
    a.exitIp = QStringLiteral("192.0.2.140");
    a.exitIps = {a.exitIp};
    a.incidentTimeUtc = QDateTime(QDate(2026, 3, 1), QTime(14, 2, i % 60), Qt::UTC);
    a.webmailAccount = QStringLiteral("betrueger%1@webmail.example").arg(i);
    a.mailServer = QStringLiteral("mail.webmail.example");
    a.webmailSoftware = QStringLiteral("roundcube");
    a.caseReference = kReference;
    OffendingMessage m;
    ReceivedHop h1;
    h1.fromHost = QStringLiteral("exit1.mix.example");
    h1.fromIp = QStringLiteral("192.0.2.140");
    h1.byHost = QStringLiteral("mail.webmail.example");
    h1.with = QStringLiteral("HTTP");
    h1.dateUtc = a.incidentTimeUtc;
    ReceivedHop h2;
    h2.fromHost = QStringLiteral("mail.webmail.example");
    h2.fromIp = QStringLiteral("198.51.100.25");
    h2.byHost = QStringLiteral("mx.shop.example");
    h2.with = QStringLiteral("ESMTPS");
    h2.dateUtc = a.incidentTimeUtc.addSecs(2);
    m.hops = {h1, h2};
    m.exitHopIndex = 0;
    m.webmailHopIndex = 1;
    a.offendingMessages = {m};
    return a;
}

OperatorProfile profile()
{
    OperatorProfile p;
    p.name = QStringLiteral("Jörg Beispiel");
    p.organisation = QStringLiteral("Anonymität e. V.");
    p.postalAddress = QStringLiteral("Musterstraße 1, 12345 Musterstadt");
    ExitNode exit;
    exit.name = QStringLiteral("exit1");
    exit.cascade = QStringLiteral("Alpha");
    exit.addresses = {QStringLiteral("192.0.2.140")};
    exit.inServiceSince = QDate(2024, 1, 1);
    p.exits = {exit};
    return p;
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

DossierData randomCase(QRandomGenerator& random)
{
    const auto words = [&random](int count) {
        QStringList out;
        for (int i = 0; i < count; ++i)
            out << QString(1 + random.bounded(12), QChar(u'a' + random.bounded(26)));
        return out.join(u' ');
    };
    DossierData data;
    data.language = random.bounded(2) ? QStringLiteral("de") : QStringLiteral("en");
    data.folder.title = words(3);
    const QDateTime t0(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    const int entries = random.bounded(60);
    for (int i = 0; i < entries; ++i) {
        TimelineEntry e;
        e.time = t0.addSecs(qint64(i) * 3600);
        e.kind = QStringLiteral("note");
        e.source = TimelineEntry::Source::Note;
        e.text = words(1 + random.bounded(random.bounded(10) == 0 ? 400 : 30)); // some long
        data.timeline << e;
    }
    const int notices = random.bounded(25);
    for (int i = 0; i < notices; ++i) {
        DossierNotice n;
        n.id = 1000 + i;
        n.subject = words(1 + random.bounded(8));
        n.analysis = analysis(i);
        n.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex());
        data.notices << n;
    }
    return data;
}

} // namespace

// The PDF dossier: gathered from a real store, written, and read back with pdftotext.
class DossierTest : public QObject
{
    Q_OBJECT

private slots:
    void dossierInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("sections");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("Dossier for legal counsel"),
                                           QStringLiteral("1. Summary"),
                                           QStringLiteral("Timeline"),
                                           QStringLiteral("2. Linked notices"),
                                           QStringLiteral("3. Written statement"),
                                           QStringLiteral("4. Fact sheet"),
                                           QStringLiteral("5. Evidence index"),
                                           QStringLiteral("was in service as the exit exit1"),
                                           QStringLiteral("betrueger3@webmail.example"),
                                           QStringLiteral("Page 1 of")};
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringList{QStringLiteral("Dossier für die anwaltliche Beratung"),
                                           QStringLiteral("1. Zusammenfassung"),
                                           QStringLiteral("Zeitleiste"),
                                           QStringLiteral("2. Verknüpfte Meldungen"),
                                           QStringLiteral("3. Schriftliche Äußerung"),
                                           QStringLiteral("4. Merkblatt"),
                                           QStringLiteral("5. Beweismittelverzeichnis"),
                                           QStringLiteral("§§ 100a"),
                                           QStringLiteral("Polizeipräsidium Musterstadt"),
                                           QStringLiteral("Seite 1 von")};
    }

    void dossierInBothLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, sections);
        TestDesk desk(Backend::Sqlite);
        QVERIFY2(desk.ok(), qPrintable(desk.error()));
        auto store = desk.open(QStringLiteral("Jörg"));
        QVERIFY(store);
        QList<IncomingNotice> notices;
        QList<Analysis> analyses;
        for (int i = 0; i < 12; ++i) {
            notices << testNotice(mail(i));
            analyses << analysis(i);
        }
        const auto added = store->add(notices, analyses);
        QVERIFY(added.ok());
        QList<qint64> ids;
        for (const AddResult& r : *added)
            ids << r.id;
        SqlCaseStore cases(store->db());
        CaseFolder folder;
        folder.type = CaseType::Summons;
        folder.role = SummonsRole::Witness;
        folder.title = QStringLiteral("Vorladung – Betrug über Onlineshop");
        folder.authority = QStringLiteral("Polizeipräsidium Musterstadt");
        folder.reference = kReference;
        folder.exitIp = QStringLiteral("192.0.2.140");
        folder.incidentTimeUtc = analyses.first().incidentTimeUtc;
        const CaseFolder c = *cases.create(folder, ids);
        const QByteArray letter = "%PDF-1.4 letter of the police\n";
        const CaseDocument doc = *cases.addDocument(c.id, QStringLiteral("Vorladung.pdf"),
                                                    QStringLiteral("application/pdf"), letter);
        QVERIFY(cases.addNote(c.id, QStringLiteral("Rechtsanwältin informiert.")).ok());

        const Result<DossierData> data = DossierCollector::collect(
            cases, store->inbox(), store->journal(), c.id, profile(), language);
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().message));
        QCOMPARE(data->notices.size(), 12);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dossier.pdf"));
        const Result<DossierWriter::Stats> stats = DossierWriter::write(*data, path);
        QVERIFY2(stats.ok(), qPrintable(stats.ok() ? QString() : stats.error().message));
        QVERIFY(stats->pages >= 6);
        if (!qEnvironmentVariableIsEmpty("MIXDESK_KEEP_DOSSIER"))
            QFile::copy(path, qEnvironmentVariable("MIXDESK_KEEP_DOSSIER") + language +
                                  QStringLiteral(".pdf"));

        const QString text = pdfText(path);
        QVERIFY(!text.isEmpty());
        for (const QString& section : sections)
            QVERIFY2(text.contains(section), qPrintable(section));
        // The notice's category in the dossier's words, never its machine id ("fraud").
        const QRegularExpression category(language == u"de" ? u"Kategorie +(\\S+)"_s
                                                            : u"Category +(\\S+)"_s);
        const QString shown = category.match(text).captured(1);
        QCOMPARE(shown, language == u"de" ? u"Betrug"_s : u"Fraud"_s);
        // The file reference on every page, and the page count in the footer.
        const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
        QCOMPARE(pages.size(), stats->pages);
        for (const QString& page : pages)
            QVERIFY(page.contains(kReference));
        QVERIFY(pages.last().contains(
            QStringLiteral(" %1 ").arg(stats->pages) +
            (language == u"de" ? QStringLiteral("von ") : QStringLiteral("of ")) +
            QString::number(stats->pages)));
        // Every SHA-256 in the evidence index is that of the stored bytes.
        for (qint64 id : ids) {
            const QByteArray raw = *store->inbox().rawNotice(id);
            const QString hash = QString::fromLatin1(
                QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
            QVERIFY2(text.contains(hash), qPrintable(hash));
        }
        QVERIFY(text.contains(doc.sha256));
        QCOMPARE(doc.sha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(letter, QCryptographicHash::Sha256).toHex()));
    }

    void unwritablePathFails()
    {
        DossierData data;
        QVERIFY(!DossierWriter::write(data, QStringLiteral("/nonexistent/dir/x.pdf")).ok());
    }

    // Long tables are laid out in parts (Qt's table layout grows with the square of the
    // rows): every row is there once, and the header repeats only at the top of a page.
    void longTablesKeepEveryRowOnce()
    {
        DossierData data;
        data.folder.title = QStringLiteral("Lang");
        const QDateTime t0(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < 150; ++i) {
            TimelineEntry e;
            e.time = t0.addSecs(qint64(i) * 3600); // one row each: no run to fold
            e.kind = QStringLiteral("note");
            e.source = TimelineEntry::Source::Note;
            e.text = QStringLiteral("Eintrag-%1-Ende").arg(i);
            data.timeline << e;
        }
        for (int i = 0; i < 40; ++i) {
            DossierNotice n;
            n.id = 1000 + i;
            n.analysis = analysis(i);
            n.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256)
                    .toHex());
            data.notices << n;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.pdf"));
        const auto stats = DossierWriter::write(data, path);
        QVERIFY(stats.ok());
        const QString text = pdfText(path);
        for (int i = 0; i < 150; ++i)
            QCOMPARE(text.count(QStringLiteral("Eintrag-%1-Ende").arg(i)), 1);
        for (const DossierNotice& n : std::as_const(data.notices))
            QCOMPARE(text.count(n.sha256), 2); // the notice's page and the evidence index
        // The headers: at most one per page of each table, never one per part.
        const QString timeline = text.left(text.indexOf(QStringLiteral("2. Linked notices")));
        const int timelineHeaders = int(timeline.count(QStringLiteral("Time (UTC)")));
        QVERIFY2(timelineHeaders <= 8, qPrintable(QString::number(timelineHeaders)));
        QVERIFY(timelineHeaders >= 2); // the table runs over several pages
        QVERIFY(text.count(QStringLiteral("Exhibit")) <= 3);
    }

    // The threaded writer against the plain one, on cases of random size and text:
    // every block measures the same, and the PDFs read the same, page by page.
    void threadedWriterMatchesThePlainOne()
    {
        QRandomGenerator random(15);
        for (int round = 0; round < 4; ++round) {
            const DossierData data = randomCase(random);
            const DossierHtml html(data);
            QCOMPARE(measureBlocks(html, 3), measureBlocks(html, 1));
            QTemporaryDir dir;
            QStringList texts;
            QList<int> pages;
            for (int threads : {1, 2}) {
                const QString path = dir.filePath(QStringLiteral("t%1.pdf").arg(threads));
                QFile file(path);
                QVERIFY(file.open(QIODevice::WriteOnly));
                const auto stats = DossierWriter::write(data, &file, threads);
                QVERIFY(stats.ok());
                file.close();
                pages << stats->pages;
                texts << pdfText(path);
            }
            QCOMPARE(pages.at(1), pages.at(0));
            QVERIFY(!texts.at(0).isEmpty());
            QCOMPARE(texts.at(1), texts.at(0));
        }
    }

    void emptyCaseStillMakesADossier()
    {
        DossierData data;
        data.folder.title = QStringLiteral("Leer");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.pdf"));
        const auto stats = DossierWriter::write(data, path);
        QVERIFY(stats.ok());
        QVERIFY(pdfText(path).contains(QStringLiteral("No notice is linked")));
    }
};

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    DossierTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "DossierTest.moc"
