#include "util/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
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

    // Strings are written as UTF-8 of the whole text between escapes (the way they
    // always were, so stored analyses do not change): also for lone surrogates next to
    // ASCII, which Qt's converter replaces.
    void stringsAreTheUtf8OfTheirText()
    {
        const auto expected = [](const QString& text) -> QByteArray {
            QByteArray out = "[\"";
            QString plain;
            for (const QChar c : text) {
                const char16_t u = c.unicode();
                if (u >= 0x20 && u != u'"' && u != u'\\') {
                    plain += c;
                    continue;
                }
                out += plain.toUtf8();
                plain.clear();
                out += u == u'"'    ? QByteArray("\\\"")
                       : u == u'\\' ? QByteArray("\\\\")
                       : u == u'\n' ? QByteArray("\\n")
                       : u == u'\r' ? QByteArray("\\r")
                       : u == u'\t'
                           ? QByteArray("\\t")
                           : QByteArray("\\u00") + QByteArray::number(u, 16).rightJustified(2, '0');
            }
            return out + plain.toUtf8() + "\"]";
        };
        const QList<char16_t> units{u'a', u'Z', u' ', u'"',   u'\\',  u'\n',  u'\t',  0x01,
                                    0x7F, 0x80, u'ä', 0x20AC, 0xD83D, 0xDE00, 0xDC00, 0xD800};
        QRandomGenerator random(42);
        for (int round = 0; round < 20000; ++round) {
            QString text;
            for (int i = int(random.bounded(20)); i > 0; --i)
                text += QChar(units[random.bounded(qsizetype(units.size()))]);
            JsonWriter json;
            json.beginArray().value(text).endArray();
            QCOMPARE(json.bytes(), expected(text));
        }
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
