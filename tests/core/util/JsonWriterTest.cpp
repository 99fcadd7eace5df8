#include "util/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mixdesk;
using namespace Qt::StringLiterals;

class JsonWriterTest : public QObject
{
    Q_OBJECT

private slots:
    void writesNestedContainersWithCommas()
    {
        JsonWriter json;
        json.beginObject();
        json.key("a").value(1).key("b").beginArray().value(u"x"_s).null().beginObject().endObject();
        json.endArray().key("c").strings({}).key("d").stringOrNull(QString());
        json.endObject();
        QCOMPARE(json.bytes(), QByteArray(R"({"a":1,"b":["x",null,{}],"c":[],"d":null})"));
    }

    void escapesWhatJsonRequires()
    {
        const QString nasty = u"quote \" backslash \\ newline \n tab \t cr \r bell \a "
                              u"umlaut ä emoji 😀 end"_s;
        JsonWriter json;
        json.beginArray().value(nasty).endArray();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.bytes(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.array().at(0).toString(), nasty);
        QVERIFY(json.bytes().contains("\\u0007"));
    }

    void writesNegativeNumbers()
    {
        JsonWriter json;
        json.beginObject().key("hop").value(-1).endObject();
        QCOMPARE(QJsonDocument::fromJson(json.bytes()).object().value(u"hop").toInt(), -1);
    }
};

QTEST_GUILESS_MAIN(JsonWriterTest)
#include "JsonWriterTest.moc"
