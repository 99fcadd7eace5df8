#include "inspector/AuthResultsSummary.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace mixdesk {
namespace {

// Removes (comments), nested ones too, outside "quoted strings".
QString withoutComments(const QString& value)
{
    QString out;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            if (depth == 0)
                out += c, out += value.at(i + 1);
            ++i;
            continue;
        }
        if (!quoted && c == u'(') {
            ++depth;
            continue;
        }
        if (!quoted && c == u')' && depth > 0) {
            --depth;
            if (depth == 0)
                out += u' ';
            continue;
        }
        if (depth > 0)
            continue;
        if (c == u'"')
            quoted = !quoted;
        out += c;
    }
    return out;
}

// Splits on `separator` outside "quoted strings".
QStringList splitOutsideQuotes(const QString& value, QChar separator)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (const QChar c : value) {
        if (c == u'"')
            quoted = !quoted;
        if (c == separator && !quoted) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return parts;
}

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        value = value.mid(1, value.size() - 2);
    return value;
}

// The domain of an address or of a bare domain: "user@example.org" -> "example.org".
QString domainOf(const QString& value)
{
    QString v = unquoted(value);
    if (v.startsWith(u'<') && v.endsWith(u'>'))
        v = v.mid(1, v.size() - 2);
    const qsizetype at = v.lastIndexOf(u'@');
    return (at >= 0 ? v.mid(at + 1) : v).toLower();
}

// Unfolded header fields: (name, value) in order.
QList<std::pair<QString, QString>> headerFields(const QString& block)
{
    QList<std::pair<QString, QString>> fields;
    QString text = block;
    text.remove(u'\r');
    for (const QString& line : text.split(u'\n')) {
        if (line.isEmpty())
            break; // end of the header block
        if ((line.startsWith(u' ') || line.startsWith(u'\t')) && !fields.isEmpty()) {
            fields.last().second += u' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        fields.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return fields;
}

} // namespace

QList<AuthCheck> AuthResultsSummary::parseAuthenticationResults(const QString& value)
{
    QList<AuthCheck> checks;
    const QStringList statements = splitOutsideQuotes(withoutComments(value), u';');
    if (statements.isEmpty())
        return checks;
    const QString authServ =
        statements.first().trimmed().section(u' ', 0, 0, QString::SectionSkipEmpty);
    static const QRegularExpression space(u"\\s+"_s);
    for (qsizetype i = 1; i < statements.size(); ++i) {
        const QStringList tokens = statements.at(i).trimmed().split(space, Qt::SkipEmptyParts);
        if (tokens.isEmpty())
            continue;
        const qsizetype eq = tokens.first().indexOf(u'=');
        if (eq <= 0)
            continue; // "none" (no checks) or garbage
        AuthCheck check;
        check.header = u"Authentication-Results"_s;
        check.checkedBy = authServ;
        check.method = tokens.first().left(eq).section(u'/', 0, 0).toLower();
        check.result = tokens.first().mid(eq + 1).toLower();
        QHash<QString, QString> props;
        for (qsizetype t = 1; t < tokens.size(); ++t) {
            const qsizetype peq = tokens.at(t).indexOf(u'=');
            if (peq > 0)
                props.insert(tokens.at(t).left(peq).toLower(), tokens.at(t).mid(peq + 1));
        }
        // The property that names the domain the method is about, by preference.
        static const QList<std::pair<QString, QStringList>> domainProps = {
            {u"spf"_s, {u"smtp.mailfrom"_s, u"smtp.helo"_s}},
            {u"dkim"_s, {u"header.d"_s, u"header.i"_s}},
            {u"dmarc"_s, {u"header.from"_s}},
            {u"arc"_s, {u"header.oldest-pass"_s, u"smtp.remote-ip"_s}},
        };
        QStringList preferred{u"header.d"_s, u"header.from"_s, u"smtp.mailfrom"_s, u"smtp.helo"_s,
                              u"header.i"_s};
        for (const auto& [method, names] : domainProps)
            if (method == check.method)
                preferred = names + preferred;
        for (const QString& name : std::as_const(preferred)) {
            if (props.contains(name) && name != u"header.oldest-pass"_s &&
                name != u"smtp.remote-ip"_s) {
                check.domain = domainOf(props.value(name));
                break;
            }
        }
        checks << check;
    }
    return checks;
}

AuthCheck AuthResultsSummary::parseReceivedSpf(const QString& value)
{
    AuthCheck check;
    check.header = u"Received-SPF"_s;
    check.method = u"spf"_s;
    const QString plain = withoutComments(value).trimmed();
    check.result = plain.section(u' ', 0, 0, QString::SectionSkipEmpty).toLower();
    // key=value pairs after the result (and comment), separated by ';'.
    QHash<QString, QString> pairs;
    const QString rest = plain.section(u' ', 1, -1, QString::SectionSkipEmpty);
    for (const QString& part : splitOutsideQuotes(rest, u';')) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq > 0)
            pairs.insert(part.left(eq).trimmed().toLower(), part.mid(eq + 1).trimmed());
    }
    if (pairs.contains(u"envelope-from"_s) && !unquoted(pairs.value(u"envelope-from"_s)).isEmpty())
        check.domain = domainOf(pairs.value(u"envelope-from"_s));
    else if (pairs.contains(u"helo"_s))
        check.domain = domainOf(pairs.value(u"helo"_s));
    else {
        // Older writers put it only in the comment: "(example.org: domain of x@example.org ...)".
        static const QRegularExpression domainOfRe(u"domain of (?:\\S+@)?([A-Za-z0-9.-]+)"_s);
        const QRegularExpressionMatch m = domainOfRe.match(value);
        if (m.hasMatch())
            check.domain = m.captured(1).toLower();
    }
    return check;
}

AuthCheck AuthResultsSummary::parseDkimSignature(const QString& value)
{
    AuthCheck check;
    check.header = u"DKIM-Signature"_s;
    check.method = u"dkim"_s;
    check.result = u"signed"_s; // a signature, not a verification
    for (const QString& tag : value.split(u';')) {
        const qsizetype eq = tag.indexOf(u'=');
        if (eq > 0 && tag.left(eq).trimmed() == u"d") {
            check.domain = tag.mid(eq + 1).simplified().remove(u' ').toLower();
            break;
        }
    }
    return check;
}

QList<AuthCheck> AuthResultsSummary::fromHeaderBlock(const QString& headerBlock)
{
    QList<AuthCheck> checks;
    for (const auto& [name, value] : headerFields(headerBlock)) {
        if (name.compare(u"Authentication-Results"_s, Qt::CaseInsensitive) == 0)
            checks << parseAuthenticationResults(value);
        else if (name.compare(u"Received-SPF"_s, Qt::CaseInsensitive) == 0)
            checks << parseReceivedSpf(value);
        else if (name.compare(u"DKIM-Signature"_s, Qt::CaseInsensitive) == 0)
            checks << parseDkimSignature(value);
    }
    return checks;
}

QList<AuthCheck> AuthResultsSummary::fromFeedbackReport(const QString& notice)
{
    QString text = notice;
    text.remove(u'\r');
    static const QRegularExpression partType(
        u"^Content-Type:\\s*message/feedback-report[^\\n]*\\n(?:[ \\t][^\\n]*\\n)*"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = partType.match(text);
    if (!match.hasMatch())
        return {};
    // The part's own header ends at the first empty line; its body is the report fields.
    const qsizetype bodyStart = text.indexOf(u"\n\n"_s, match.capturedStart());
    if (bodyStart < 0)
        return {};
    return fromHeaderBlock(text.mid(bodyStart + 2));
}

} // namespace mixdesk
