#include "TestPaths.h"
#include "analysis/NoticeAnalyzer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mixdesk;
using namespace Qt::StringLiterals;

// One row per entry of the corpus truth.json; every truth field is compared.
// Analyzer fields (exits, time, webmail, hops) and classifier fields (category,
// language, reporter, reference) are separate functions so a failure says which
// half of the analysis is off.
class CorpusTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void analyzerFields_data();
    void analyzerFields();
    void classifierFields_data();
    void classifierFields();

private:
    void addRows();
    Analysis analyzeRow(const QJsonObject& truth) const;

    OperatorProfile m_profile;
    QJsonArray m_truth;
};

namespace {

QString str(const QJsonValue& v)
{
    return v.isNull() ? QString() : v.toString();
}

QJsonObject analysisJson(const Analysis& a)
{
    return a.toJson();
}

} // namespace

void CorpusTest::initTestCase()
{
    const auto profile = OperatorProfile::loadFile(test::corpusFile(u"operator.json"_s));
    QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().message));
    m_profile = *profile;
    QFile file(test::corpusFile(u"truth.json"_s));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_truth = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(m_truth.size(), 30);
}

void CorpusTest::addRows()
{
    QTest::addColumn<QJsonObject>("truth");
    if (m_truth.isEmpty()) {
        QFile file(test::corpusFile(u"truth.json"_s));
        if (file.open(QIODevice::ReadOnly))
            m_truth = QJsonDocument::fromJson(file.readAll()).array();
    }
    for (const QJsonValue& v : std::as_const(m_truth)) {
        const QJsonObject t = v.toObject();
        QTest::newRow(qPrintable(t.value(u"file").toString())) << t;
    }
}

Analysis CorpusTest::analyzeRow(const QJsonObject& truth) const
{
    QFile file(test::corpusFile(truth.value(u"file").toString()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return NoticeAnalyzer(m_profile).analyze(file.readAll());
}

void CorpusTest::analyzerFields_data()
{
    addRows();
}

void CorpusTest::analyzerFields()
{
    QFETCH(QJsonObject, truth);
    QVERIFY(QFile::exists(test::corpusFile(truth.value(u"file").toString())));
    const Analysis a = analyzeRow(truth);
    const QJsonObject got = analysisJson(a);

    QCOMPARE(str(got.value(u"exit_ip")), str(truth.value(u"exit_ip")));
    QCOMPARE(got.value(u"exit_ips").toArray(), truth.value(u"exit_ips").toArray());
    if (truth.value(u"file").toString().startsWith(u"019-"))
        QEXPECT_FAIL("",
                     "truth.json says 01:12:44Z for the log time 03:12:44 +0100 "
                     "(= 02:12:44Z); reported to the lead",
                     Continue);
    QCOMPARE(str(got.value(u"incident_time_utc")), str(truth.value(u"incident_time_utc")));
    QCOMPARE(str(got.value(u"webmail_account")), str(truth.value(u"webmail_account")));
    QCOMPARE(str(got.value(u"mail_server")), str(truth.value(u"mail_server")));
    QCOMPARE(str(got.value(u"webmail_software")), str(truth.value(u"webmail_software")));

    const QJsonArray want = truth.value(u"received_hops").toArray();
    const QJsonArray hops = got.value(u"received_hops").toArray();
    QCOMPARE(hops.size(), want.size());
    for (int i = 0; i < want.size(); ++i) {
        const QJsonObject w = want[i].toObject();
        const QJsonObject h = hops[i].toObject();
        for (const char* key : {"from_host", "from_ip", "by_host", "with", "date_utc"}) {
            const QString k = QString::fromLatin1(key);
            const QString message =
                u"hop %1 %2: got '%3', want '%4'"_s.arg(i).arg(k, str(h.value(k)), str(w.value(k)));
            QVERIFY2(str(h.value(k)) == str(w.value(k)), qPrintable(message));
        }
    }
}

void CorpusTest::classifierFields_data()
{
    addRows();
}

void CorpusTest::classifierFields()
{
    QFETCH(QJsonObject, truth);
    const QJsonObject got = analysisJson(analyzeRow(truth));
    QCOMPARE(str(got.value(u"category")), str(truth.value(u"category")));
    QCOMPARE(str(got.value(u"language")), str(truth.value(u"language")));
    QCOMPARE(str(got.value(u"reporter")), str(truth.value(u"reporter")));
    QCOMPARE(str(got.value(u"case_reference")), str(truth.value(u"case_reference")));
}

QTEST_GUILESS_MAIN(CorpusTest)
#include "CorpusTest.moc"
