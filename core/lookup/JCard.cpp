#include "lookup/JCard.h"

#include <QJsonObject>
#include <QJsonValue>

namespace mixdesk {
namespace {

// A property value is a string, or (structured values such as ORG and ADR) an
// array of strings or of arrays of strings: joined with `separator`.
QString valueText(const QJsonValue& value, const QString& separator)
{
    if (value.isString())
        return value.toString().trimmed();
    if (!value.isArray())
        return {};
    QStringList parts;
    for (const QJsonValue& part : value.toArray()) {
        const QString text = valueText(part, separator);
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(separator);
}

QString stripScheme(QString text, QLatin1String scheme)
{
    if (text.startsWith(scheme, Qt::CaseInsensitive))
        text.remove(0, scheme.size());
    return text;
}

} // namespace

void JCard::read(const QJsonArray& vcardArray, RdapEntity* entity)
{
    if (vcardArray.size() < 2 || vcardArray.at(0).toString() != QLatin1String("vcard"))
        return;
    for (const QJsonValue& propertyValue : vcardArray.at(1).toArray()) {
        const QJsonArray property = propertyValue.toArray();
        if (property.size() < 4)
            continue;
        const QString name = property.at(0).toString().toLower();
        const QJsonObject params = property.at(1).toObject();
        // Multi-valued properties repeat the value after the type (RFC 7095 3.3).
        QJsonArray values;
        for (qsizetype i = 3; i < property.size(); ++i)
            values.append(property.at(i));
        const QJsonValue first = values.at(0);

        if (name == QLatin1String("fn")) {
            entity->name = valueText(first, QStringLiteral(" "));
        } else if (name == QLatin1String("org")) {
            entity->organisation = valueText(first, QStringLiteral(", "));
        } else if (name == QLatin1String("kind")) {
            entity->kind = valueText(first, QString()).toLower();
        } else if (name == QLatin1String("email")) {
            const QString mail = stripScheme(valueText(first, QString()), QLatin1String("mailto:"));
            if (!mail.isEmpty() && !entity->emails.contains(mail, Qt::CaseInsensitive))
                entity->emails.append(mail);
        } else if (name == QLatin1String("tel")) {
            const QString tel = stripScheme(valueText(first, QString()), QLatin1String("tel:"));
            if (!tel.isEmpty())
                entity->phones.append(tel);
        } else if (name == QLatin1String("adr")) {
            // The label parameter holds the address as printed; else join the parts.
            const QString label = params.value(QStringLiteral("label")).toString().trimmed();
            entity->address = label.isEmpty() ? valueText(first, QStringLiteral(", ")) : label;
            entity->address.replace(QLatin1Char('\n'), QStringLiteral(", "));
        }
    }
}

} // namespace mixdesk
