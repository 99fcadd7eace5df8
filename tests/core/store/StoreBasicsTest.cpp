#include "store/FullTextTokens.h"
#include "store/StoreLocation.h"

#include <QTest>

using namespace mixdesk;
using namespace Qt::StringLiterals;

// The pieces of the store that need no database: where a desk lives, and the words
// the PostgreSQL full-text index is made of.
class StoreBasicsTest : public QObject
{
    Q_OBJECT

private slots:
    void fileLocations()
    {
        const auto file = StoreLocation::parse(u"desk/notices.sqlite"_s);
        QVERIFY(file.ok());
        QCOMPARE(file->kind(), StoreLocation::Kind::Sqlite);
        QVERIFY(QFileInfo(file->sqlitePath()).isAbsolute());
        QVERIFY(!StoreLocation::parse(u"  "_s).ok());
    }

    void postgresLocations()
    {
        const auto url = StoreLocation::parse(u"postgresql://jana@db.example:5433/desk"_s);
        QVERIFY(url.ok());
        QVERIFY(url->isPostgres());
        QCOMPARE(url->host(), u"db.example"_s);
        QCOMPARE(url->port(), 5433);
        QCOMPARE(url->user(), u"jana"_s);
        QCOMPARE(url->databaseName(), u"desk"_s);
        // A team server elsewhere: its certificate is checked unless the URL says not.
        QCOMPARE(url->effectiveSslMode(), u"verify-full"_s);
        QCOMPARE(StoreLocation::parse(u"postgres://a@127.0.0.1/desk"_s)->effectiveSslMode(),
                 u"prefer"_s);
        QCOMPARE(StoreLocation::parse(u"postgresql://a@db.example/desk?sslmode=require"_s)
                     ->effectiveSslMode(),
                 u"require"_s);
        QCOMPARE(StoreLocation::parse(u"postgresql://a@[::1]:5432/desk"_s)->isLoopback(), true);
        QCOMPARE(url->port(), 5433);
        QVERIFY(!url->secretKey().contains(u"sslmode"_s));
    }

    void badPostgresLocations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("password") << u"postgresql://jana:secret@db.example/desk"_s << u"password"_s;
        QTest::newRow("no database") << u"postgresql://jana@db.example"_s << u"database"_s;
        QTest::newRow("no host") << u"postgresql:///desk"_s << u"host"_s;
        QTest::newRow("sslmode") << u"postgresql://a@db.example/desk?sslmode=maybe"_s
                                 << u"sslmode"_s;
    }

    void badPostgresLocations()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const auto parsed = StoreLocation::parse(text);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(says), qPrintable(parsed.error().message));
    }

    void tokensAsFts5SeesThem()
    {
        QCOMPARE(
            FullTextTokens::tokens(u"Beschwerde über Spam, 192.0.2.7!"),
            (QStringList{u"beschwerde"_s, u"uber"_s, u"spam"_s, u"192"_s, u"0"_s, u"2"_s, u"7"_s}));
        QCOMPARE(FullTextTokens::tokens(u"r.kranich@mistelzweig.example"),
                 (QStringList{u"r"_s, u"kranich"_s, u"mistelzweig"_s, u"example"_s}));
        QCOMPARE(FullTextTokens::tokens(u"Grüße STRAẞE Ça"),
                 (QStringList{u"gruße"_s, u"straße"_s, u"ca"_s}));
        QVERIFY(FullTextTokens::tokens(u"--- ::: !!!").isEmpty());
    }

    void vectorsKeepColumnsApart()
    {
        // "b c" is no phrase across two columns.
        QCOMPARE(FullTextTokens::tsvector({"a b", "c"}), u"'a':1 'b':2 'c':4"_s);
        QCOMPARE(FullTextTokens::tsvector({"x x", ""}), u"'x':1,2"_s);
        QCOMPARE(FullTextTokens::tsvector({"it's"}), u"'it':1 's':2"_s);
    }

    void queriesMatchTheSqliteSemantics()
    {
        QCOMPARE(FullTextTokens::tsquery(u"portscan"_s), u"'portscan':*"_s);
        QCOMPARE(FullTextTokens::tsquery(u"203.0.113.77 copy"_s),
                 u"('203' <-> '0' <-> '113' <-> '77') & 'copy':*"_s);
        QCOMPARE(FullTextTokens::tsquery(u"Über"_s), u"'uber':*"_s);
        // Operators and quotes are words to find, never syntax.
        QCOMPARE(FullTextTokens::tsquery(u"' ; DROP TABLE notices; --"_s),
                 u"'drop' & 'table' & 'notices'"_s); // as in FTS5: "--" is the last word
        QCOMPARE(FullTextTokens::tsquery(u"! & | ( )"_s), QString());
    }
};

QTEST_GUILESS_MAIN(StoreBasicsTest)
#include "StoreBasicsTest.moc"
