#include "analysis/Evidence.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mixdesk {

QString Evidence::display() const
{
    QString text = QCoreApplication::translate("Evidence", sourceText.toUtf8().constData());
    for (const QString& arg : args)
        text = text.arg(arg);
    return text;
}

QJsonObject Evidence::toJson() const
{
    QJsonObject json{{QStringLiteral("field"), field},
                     {QStringLiteral("text"), sourceText},
                     {QStringLiteral("args"), QJsonArray::fromStringList(args)}};
    if (hopIndex >= 0)
        json.insert(QStringLiteral("hop"), hopIndex);
    return json;
}

Evidence Evidence::fromJson(const QJsonObject& json)
{
    Evidence e;
    e.field = json.value(QStringLiteral("field")).toString();
    e.sourceText = json.value(QStringLiteral("text")).toString();
    for (const QJsonValue& v : json.value(QStringLiteral("args")).toArray())
        e.args.append(v.toString());
    e.hopIndex = json.value(QStringLiteral("hop")).toInt(-1);
    return e;
}

} // namespace mixdesk
