#include "analysis/Evidence.h"

#include "analysis/Category.h"
#include "analysis/WebmailSoftware.h"

#include "util/JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mixdesk {

QString Evidence::displayArg(qsizetype index) const
{
    const QString& arg = args[index];
    if (index == 2 && sourceText == QLatin1StringView(kCategoryScore)) {
        if (const auto category = categoryFromId(arg))
            return categoryDisplayName(*category);
    }
    if (index == 1 && sourceText == QLatin1StringView(kWebInterface)) {
        if (arg == u"other") // "a web interface (other web interface)" says nothing
            return QCoreApplication::translate("Evidence", "not recognised",
                                               "which web interface wrote a hop");
        return webmailSoftwareDisplayName(arg);
    }
    return arg;
}

QString Evidence::display() const
{
    QString text = QCoreApplication::translate("Evidence", sourceText.toUtf8().constData());
    for (qsizetype i = 0; i < args.size(); ++i)
        text = text.arg(displayArg(i));
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
