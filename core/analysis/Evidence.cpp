#include "analysis/Evidence.h"

#include "analysis/Category.h"

#include "util/JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mixdesk {

QString Evidence::display() const
{
    QString text = QCoreApplication::translate("Evidence", sourceText.toUtf8().constData());
    for (qsizetype i = 0; i < args.size(); ++i) {
        const auto category = i == 2 && sourceText == QLatin1StringView(kCategoryScore)
                                  ? categoryFromId(args[i])
                                  : std::nullopt;
        text = text.arg(category ? categoryDisplayName(*category) : args[i]);
    }
    return text;
}

void Evidence::writeJson(JsonWriter& json) const
{
    json.beginObject();
    json.key("field").value(field).key("text").value(sourceText).key("args").strings(args);
    if (hopIndex >= 0)
        json.key("hop").value(hopIndex);
    json.endObject();
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
