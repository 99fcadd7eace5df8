#include "profile/OperatorProfile.h"
#include "profile/ProfileStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace mixdesk;

// The operator-level settings the exit readiness checks and the notice page read:
// abuse addresses, the own reverse DNS pattern and notice page keywords.
class OperatorSettingsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripsThroughJsonAndFile()
    {
        OperatorProfile profile;
        profile.name = QStringLiteral("Example Privacy e.V.");
        profile.email = QStringLiteral("info@privacy.example");
        profile.homeCountry = QStringLiteral("DE");
        profile.abuseAddresses = {QStringLiteral("abuse@privacy.example"),
                                  QStringLiteral("exit-abuse@privacy.example")};
        profile.ptrPattern = QStringLiteral("^relay-\\d+\\.");
        profile.noticeKeywords = {QStringLiteral("Example Privacy exit"),
                                  QStringLiteral("Anonymisierungsdienst")};
        ExitNode exit;
        exit.name = QStringLiteral("exit1");
        exit.addresses = {QStringLiteral("203.0.113.10")};
        profile.exits = {exit};

        const QJsonObject op = profile.toJson().value(QStringLiteral("operator")).toObject();
        QCOMPARE(op.value(QStringLiteral("ptr_pattern")).toString(), profile.ptrPattern);
        QCOMPARE(op.value(QStringLiteral("abuse_addresses")).toArray().size(), 2);
        QCOMPARE(op.value(QStringLiteral("notice_keywords")).toArray().size(), 2);

        const Result<OperatorProfile> again = OperatorProfile::fromJson(profile.toJson());
        QVERIFY(again.ok());
        QCOMPARE(*again, profile);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.json"));
        QVERIFY(ProfileStore::save(profile, path).ok());
        const Result<OperatorProfile> loaded = ProfileStore::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(*loaded, profile);
    }

    void missingSettingsAreEmptyAndAbuseFallsBackToEmail()
    {
        const auto profile = OperatorProfile::fromJsonBytes(
            R"({"operator": {"email": "ops@privacy.example"}, "exits": []})");
        QVERIFY(profile.ok());
        QVERIFY(profile->abuseAddresses.isEmpty());
        QVERIFY(profile->ptrPattern.isEmpty());
        QVERIFY(profile->noticeKeywords.isEmpty());
        QCOMPARE(profile->primaryAbuseAddress(), QStringLiteral("ops@privacy.example"));
    }

    void blankEntriesAreDropped()
    {
        const auto profile = OperatorProfile::fromJsonBytes(
            R"({"operator": {"abuse_addresses": [" abuse@privacy.example ", ""],
                 "notice_keywords": ["", "exit node"]}, "exits": []})");
        QVERIFY(profile.ok());
        QCOMPARE(profile->abuseAddresses, QStringList{QStringLiteral("abuse@privacy.example")});
        QCOMPARE(profile->noticeKeywords, QStringList{QStringLiteral("exit node")});
        QCOMPARE(profile->primaryAbuseAddress(), QStringLiteral("abuse@privacy.example"));
    }
};

QTEST_GUILESS_MAIN(OperatorSettingsTest)
#include "OperatorSettingsTest.moc"
