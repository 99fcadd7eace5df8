#include "lookup/RdapParser.h"

#include "lookup/JCard.h"
#include "lookup/RdapError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace mixdesk {
namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

// RFC 9083 section 4.3: [{"title": ..., "description": [lines]}]. One text per
// line, prefixed with the title, so a search for the operator finds either.
QStringList remarks(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& remarkValue : value.toArray()) {
        const QJsonObject remark = remarkValue.toObject();
        const QString title = str(remark, "title");
        const QJsonArray lines = remark.value(QStringLiteral("description")).toArray();
        if (lines.isEmpty() && !title.isEmpty())
            out.append(title);
        for (const QJsonValue& line : lines) {
            const QString text = line.toString().trimmed();
            if (!text.isEmpty())
                out.append(title.isEmpty() ? text : title + QStringLiteral(": ") + text);
        }
    }
    return out;
}

RdapEntity entity(const QJsonObject& o, int depth)
{
    RdapEntity e;
    e.handle = str(o, "handle");
    for (const QJsonValue& role : o.value(QStringLiteral("roles")).toArray())
        e.roles.append(role.toString().trimmed().toLower());
    JCard::read(o.value(QStringLiteral("vcardArray")).toArray(), &e);
    e.remarks = remarks(o.value(QStringLiteral("remarks")));
    // Registries nest a few levels (registrant > abuse); a hostile answer could nest
    // without end, so stop at a depth no real answer reaches.
    if (depth < 8)
        for (const QJsonValue& child : o.value(QStringLiteral("entities")).toArray())
            e.entities.append(entity(child.toObject(), depth + 1));
    return e;
}

} // namespace

Result<RdapObject> RdapParser::parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return rdapError(
            RdapError::BadAnswer,
            QCoreApplication::translate("RdapParser", "The RDAP answer is not a JSON object: %1")
                .arg(error.errorString()));
    return parse(doc.object());
}

Result<RdapObject> RdapParser::parse(const QJsonObject& json)
{
    RdapObject object;
    object.objectClassName = str(json, "objectClassName").toLower();
    if (object.objectClassName.isEmpty())
        return rdapError(
            RdapError::BadAnswer,
            QCoreApplication::translate("RdapParser", "The RDAP answer has no objectClassName."));
    object.handle = str(json, "handle");
    object.name = str(json, "name");
    object.ldhName = str(json, "ldhName").toLower();
    object.startAddress = str(json, "startAddress");
    object.endAddress = str(json, "endAddress");
    object.ipVersion = str(json, "ipVersion");
    object.type = str(json, "type");
    object.country = str(json, "country").toUpper();
    object.parentHandle = str(json, "parentHandle");
    object.port43 = str(json, "port43");
    object.remarks = remarks(json.value(QStringLiteral("remarks")));
    for (const QJsonValue& child : json.value(QStringLiteral("entities")).toArray())
        object.entities.append(entity(child.toObject(), 0));
    object.raw = json;
    return object;
}

} // namespace mixdesk
