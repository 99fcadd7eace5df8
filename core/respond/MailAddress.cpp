#include "respond/MailAddress.h"

#include <QRegularExpression>

namespace mixdesk {

bool MailAddress::isValid() const
{
    static const QRegularExpression re(
        QStringLiteral("^[^\\s@<>()\\[\\],;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    return re.match(address).hasMatch();
}

MailAddress MailAddress::parse(const QString& text)
{
    const QString t = text.trimmed();
    const qsizetype open = t.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = t.lastIndexOf(QLatin1Char('>'));
    MailAddress a;
    if (open >= 0 && close > open) {
        a.address = t.mid(open + 1, close - open - 1).trimmed();
        QString name = t.left(open).trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) &&
            name.endsWith(QLatin1Char('"')))
            name = name.mid(1, name.size() - 2).replace(QLatin1String("\\\""), QLatin1String("\""));
        a.name = name;
    } else {
        a.address = t;
    }
    return a;
}

QList<MailAddress> MailAddress::parseList(const QString& text)
{
    QList<MailAddress> list;
    QString current;
    bool quoted = false;
    int angle = 0;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'<')
            ++angle;
        else if (!quoted && c == u'>' && angle > 0)
            --angle;
        if (!quoted && angle == 0 && (c == u',' || c == u';')) {
            if (!current.trimmed().isEmpty())
                list << parse(current);
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        list << parse(current);
    return list;
}

} // namespace mixdesk
