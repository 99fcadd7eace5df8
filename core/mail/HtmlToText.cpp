#include "mail/HtmlToText.h"

#include <QHash>

#include <optional>

using namespace Qt::StringLiterals;

namespace mixdesk {

namespace {

// Tags that start a new line when they open or close.
bool isBlockTag(QStringView name)
{
    static const QStringList blocks = {
        u"p"_s,   u"div"_s,        u"tr"_s,      u"li"_s,     u"ul"_s,     u"ol"_s,
        u"h1"_s,  u"h2"_s,         u"h3"_s,      u"h4"_s,     u"h5"_s,     u"h6"_s,
        u"pre"_s, u"blockquote"_s, u"hr"_s,      u"table"_s,  u"title"_s,  u"dt"_s,
        u"dd"_s,  u"section"_s,    u"article"_s, u"header"_s, u"footer"_s, u"address"_s};
    for (const QString& b : blocks) {
        if (name.compare(b, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<QString> decodeEntity(QStringView entity)
{
    if (entity.startsWith(u'#')) {
        bool ok = false;
        uint code = 0;
        if (entity.size() > 1 && (entity[1] == u'x' || entity[1] == u'X'))
            code = entity.sliced(2).toUInt(&ok, 16);
        else
            code = entity.sliced(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF)
            return std::nullopt;
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    static const QHash<QString, QString> named = {
        {u"amp"_s, u"&"_s},   {u"lt"_s, u"<"_s},     {u"gt"_s, u">"_s},     {u"quot"_s, u"\""_s},
        {u"apos"_s, u"'"_s},  {u"nbsp"_s, u" "_s},   {u"auml"_s, u"ä"_s},   {u"ouml"_s, u"ö"_s},
        {u"uuml"_s, u"ü"_s},  {u"Auml"_s, u"Ä"_s},   {u"Ouml"_s, u"Ö"_s},   {u"Uuml"_s, u"Ü"_s},
        {u"szlig"_s, u"ß"_s}, {u"eacute"_s, u"é"_s}, {u"egrave"_s, u"è"_s}, {u"euro"_s, u"€"_s},
        {u"sect"_s, u"§"_s},  {u"copy"_s, u"©"_s},   {u"reg"_s, u"®"_s},    {u"ndash"_s, u"–"_s},
        {u"mdash"_s, u"—"_s}, {u"hellip"_s, u"…"_s}, {u"laquo"_s, u"«"_s},  {u"raquo"_s, u"»"_s},
        {u"bdquo"_s, u"„"_s}, {u"ldquo"_s, u"“"_s},  {u"rdquo"_s, u"”"_s},  {u"lsquo"_s, u"‘"_s},
        {u"rsquo"_s, u"’"_s}, {u"middot"_s, u"·"_s}, {u"bull"_s, u"•"_s},   {u"shy"_s, u"\u00ad"_s},
    };
    const auto it = named.constFind(entity.toString());
    if (it == named.constEnd())
        return std::nullopt;
    return it.value();
}

} // namespace

QString htmlToText(const QString& html)
{
    QString out;
    out.reserve(html.size());
    const qsizetype n = html.size();
    qsizetype i = 0;
    bool pendingSpace = false;
    QString skipUntil; // closing tag of script/style whose content is dropped

    auto newline = [&out, &pendingSpace] {
        while (out.endsWith(u' '))
            out.chop(1);
        out += u'\n';
        pendingSpace = false;
    };

    while (i < n) {
        const QChar c = html[i];
        if (c == u'<') {
            if (QStringView(html).sliced(i).startsWith(u"<!--")) {
                const qsizetype end = html.indexOf(u"-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            const qsizetype end = html.indexOf(u'>', i + 1);
            if (end < 0)
                break; // unterminated tag: drop the rest
            QStringView tag = QStringView(html).sliced(i + 1, end - i - 1).trimmed();
            i = end + 1;
            const bool closing = tag.startsWith(u'/');
            if (closing)
                tag = tag.sliced(1);
            qsizetype nameEnd = 0;
            while (nameEnd < tag.size() && (tag[nameEnd].isLetterOrNumber()))
                ++nameEnd;
            const QStringView name = tag.first(nameEnd);
            if (!skipUntil.isEmpty()) {
                if (closing && name.compare(skipUntil, Qt::CaseInsensitive) == 0)
                    skipUntil.clear();
                continue;
            }
            if (!closing && (name.compare(u"script", Qt::CaseInsensitive) == 0 ||
                             name.compare(u"style", Qt::CaseInsensitive) == 0 ||
                             name.compare(u"head", Qt::CaseInsensitive) == 0)) {
                if (!tag.endsWith(u'/'))
                    skipUntil = name.toString();
                continue;
            }
            if (name.compare(u"br", Qt::CaseInsensitive) == 0) {
                newline();
            } else if (isBlockTag(name)) {
                if (!out.isEmpty() && !out.endsWith(u'\n'))
                    newline();
                if (name.compare(u"p", Qt::CaseInsensitive) == 0 && closing)
                    newline();
            } else if (name.compare(u"td", Qt::CaseInsensitive) == 0 ||
                       name.compare(u"th", Qt::CaseInsensitive) == 0) {
                if (!closing)
                    pendingSpace = true;
            }
            continue;
        }
        if (!skipUntil.isEmpty()) {
            ++i;
            continue;
        }
        if (c.isSpace()) {
            pendingSpace = true;
            ++i;
            continue;
        }
        if (pendingSpace && !out.isEmpty() && !out.endsWith(u'\n'))
            out += u' ';
        pendingSpace = false;
        if (c == u'&') {
            // Entities are short: look for the ';' only nearby to stay linear.
            const qsizetype window = qMin<qsizetype>(12, n - i - 1);
            const qsizetype rel = QStringView(html).sliced(i + 1, window).indexOf(u';');
            const qsizetype semi = rel < 0 ? -1 : i + 1 + rel;
            if (semi > i + 1) {
                const auto decoded = decodeEntity(QStringView(html).sliced(i + 1, semi - i - 1));
                if (decoded) {
                    out += *decoded;
                    i = semi + 1;
                    continue;
                }
            }
        }
        out += c;
        ++i;
    }
    // At most one empty line in a row.
    QString result;
    result.reserve(out.size());
    int newlines = 0;
    for (const QChar ch : std::as_const(out)) {
        if (ch == u'\n') {
            if (++newlines > 2)
                continue;
        } else {
            newlines = 0;
        }
        result += ch;
    }
    return result.trimmed();
}

} // namespace mixdesk
