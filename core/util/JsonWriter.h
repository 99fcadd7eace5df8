#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mixdesk {

// Writes compact JSON (UTF-8) straight into a byte array. For data written often,
// such as every notice's analysis: building a QJsonObject and serializing it cost
// about a tenth of an import's storing thread. Keys are written in call order.
class JsonWriter
{
public:
    JsonWriter& beginObject() { return open('{'); }
    JsonWriter& endObject() { return close('}'); }
    JsonWriter& beginArray() { return open('['); }
    JsonWriter& endArray() { return close(']'); }
    JsonWriter& key(const char* name); // the next value's key (plain ASCII) in an object

    JsonWriter& value(const QString& text);
    JsonWriter& value(int number);
    JsonWriter& boolean(bool flag);
    JsonWriter& null();
    JsonWriter& stringOrNull(const QString& text) { return text.isEmpty() ? null() : value(text); }
    JsonWriter& strings(const QStringList& list);

    const QByteArray& bytes() const { return m_out; }

private:
    void separate(); // a comma unless first in its container or right after a key
    JsonWriter& open(char bracket);
    JsonWriter& close(char bracket);
    void writeString(QStringView text);

    QByteArray m_out;
    bool m_first = true;
};

} // namespace mixdesk
