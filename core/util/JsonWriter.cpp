#include "util/JsonWriter.h"

namespace mixdesk {

void JsonWriter::separate()
{
    if (!m_first)
        m_out += ',';
    m_first = false;
}

JsonWriter& JsonWriter::open(char bracket)
{
    separate();
    m_out += bracket;
    m_first = true;
    return *this;
}

JsonWriter& JsonWriter::close(char bracket)
{
    m_out += bracket;
    m_first = false;
    return *this;
}

JsonWriter& JsonWriter::key(const char* name)
{
    separate();
    m_out += '"';
    m_out += name; // plain ASCII: nothing to escape
    m_out += "\":";
    m_first = true; // the value follows without a comma
    return *this;
}

JsonWriter& JsonWriter::value(const QString& text)
{
    separate();
    writeString(text);
    return *this;
}

JsonWriter& JsonWriter::value(int number)
{
    separate();
    m_out += QByteArray::number(number);
    return *this;
}

JsonWriter& JsonWriter::null()
{
    separate();
    m_out += "null";
    return *this;
}

JsonWriter& JsonWriter::strings(const QStringList& list)
{
    beginArray();
    for (const QString& s : list)
        value(s);
    return endArray();
}

void JsonWriter::writeString(QStringView text)
{
    static const char kHex[] = "0123456789abcdef";
    m_out += '"';
    qsizetype plainStart = 0;
    // Runs of characters that need no escape go through one UTF-8 conversion.
    const auto flush = [&](qsizetype end) {
        if (end > plainStart)
            m_out += text.mid(plainStart, end - plainStart).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flush(i);
        plainStart = i + 1;
        switch (c) {
        case u'"':
            m_out += "\\\"";
            break;
        case u'\\':
            m_out += "\\\\";
            break;
        case u'\n':
            m_out += "\\n";
            break;
        case u'\r':
            m_out += "\\r";
            break;
        case u'\t':
            m_out += "\\t";
            break;
        default:
            m_out += "\\u00";
            m_out += kHex[c >> 4];
            m_out += kHex[c & 0xF];
        }
    }
    flush(text.size());
    m_out += '"';
}

} // namespace mixdesk
