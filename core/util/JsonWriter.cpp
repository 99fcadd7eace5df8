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

JsonWriter& JsonWriter::boolean(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
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
    const auto plainAscii = [](char16_t c) {
        return c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\';
    };
    m_out += '"';
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        // Plain ASCII, most of an analysis, is copied byte by byte; runs of other
        // characters go through one UTF-8 conversion (which pairs surrogates).
        qsizetype end = i;
        while (end < size && plainAscii(text[end].unicode()))
            ++end;
        if (end > i) {
            const qsizetype at = m_out.size();
            m_out.resize(at + (end - i));
            char* out = m_out.data() + at;
            for (qsizetype k = i; k < end; ++k)
                *out++ = char(text[k].unicode());
            i = end;
            continue;
        }
        const char16_t c = text[i].unicode();
        if (c >= 0x80) {
            while (end < size && text[end].unicode() >= 0x80)
                ++end;
            m_out += text.sliced(i, end - i).toUtf8();
            i = end;
            continue;
        }
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
        ++i;
    }
    m_out += '"';
}

} // namespace mixdesk
