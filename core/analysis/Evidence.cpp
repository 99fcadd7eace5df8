#include "analysis/Evidence.h"

#include "analysis/Category.h"
#include "analysis/WebmailSoftware.h"

#include "util/JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace mixdesk {

namespace {

// The words an analysis step stores as ids in its evidence, and what the operator reads.
enum class Vocabulary
{
    AddressRole,    // AddressRoles' ids: "source", "victim", ...
    Structure,      // where in the text: column "dst", object of "attacked", "->"
    ReporterSource, // where the signature was found
    ReferenceLabel, // the label before a reference (the text's own word, or "subject")
    TimeSource,     // a report format, a header name, or the matched text
    ReportFormat,   // "arf", "x-arf", "acns"
};

struct VocabularyUse
{
    const char* sourceText;
    qsizetype index;
    Vocabulary vocabulary;
};

const VocabularyUse kUses[] = {
    {Evidence::kExitWithRole, 1, Vocabulary::AddressRole},
    {Evidence::kExitWithRole, 3, Vocabulary::Structure},
    {Evidence::kMisdirectedButNamed, 2, Vocabulary::AddressRole},
    {Evidence::kMisdirectedButNamed, 3, Vocabulary::Structure},
    {Evidence::kSourceAndOtherRole, 1, Vocabulary::AddressRole},
    {Evidence::kSourceAndOtherRole, 3, Vocabulary::Structure},
    {Evidence::kSignedBy, 1, Vocabulary::ReporterSource},
    {Evidence::kReferenceLabel, 1, Vocabulary::ReferenceLabel},
    {Evidence::kIncidentFrom, 1, Vocabulary::TimeSource},
    {Evidence::kReportNamesExit, 0, Vocabulary::ReportFormat},
};

QString reportFormatName(const QString& id)
{
    if (id == u"arf")
        return QStringLiteral("ARF");
    if (id == u"x-arf")
        return QStringLiteral("X-ARF");
    if (id == u"acns")
        return QStringLiteral("ACNS");
    return id;
}

QString nameIn(Vocabulary vocabulary, const QString& id)
{
    switch (vocabulary) {
    case Vocabulary::AddressRole:
        if (id == u"source")
            return QCoreApplication::translate("Evidence", "source", "address role");
        if (id == u"suspect")
            return QCoreApplication::translate("Evidence", "suspect's connection", "address role");
        if (id == u"victim")
            return QCoreApplication::translate("Evidence", "destination", "address role");
        if (id == u"not-source")
            return QCoreApplication::translate("Evidence", "address said not to be the source",
                                               "address role");
        if (id == u"own")
            return QCoreApplication::translate("Evidence", "reporter's own address",
                                               "address role");
        return QCoreApplication::translate("Evidence", "address of unclear role", "address role");
    case Vocabulary::Structure: {
        static const QRegularExpression shaped(
            QStringLiteral(R"re(^(column|object of) "(.*)"$)re"));
        const QRegularExpressionMatch m = shaped.match(id);
        if (!m.hasMatch())
            return id; // the text's own word in quotes, or an arrow
        return (m.captured(1) == u"column"
                    ? QCoreApplication::translate("Evidence", "column \"%1\"",
                                                  "where an address stands")
                    : QCoreApplication::translate("Evidence", "object of \"%1\"",
                                                  "where an address stands"))
            .arg(m.captured(2));
    }
    case Vocabulary::ReporterSource:
        if (id == u"signature")
            return QCoreApplication::translate("Evidence", "signature",
                                               "where the reporter was found");
        if (id == u"letterhead")
            return QCoreApplication::translate("Evidence", "letterhead",
                                               "where the reporter was found");
        if (id == u"from")
            return QCoreApplication::translate("Evidence", "sender (From)",
                                               "where the reporter was found");
        if (id == u"domain")
            return QCoreApplication::translate("Evidence", "sender's domain",
                                               "where the reporter was found");
        return id;
    case Vocabulary::ReferenceLabel:
        return id == u"subject" ? QCoreApplication::translate("Evidence", "subject",
                                                              "where a reference was found")
                                : id;
    case Vocabulary::TimeSource:
        if (id == u"arf" || id == u"x-arf" || id == u"acns")
            return QCoreApplication::translate("Evidence", "%1 report",
                                               "where the incident time was found")
                .arg(reportFormatName(id));
        return id;
    case Vocabulary::ReportFormat:
        return reportFormatName(id);
    }
    return id;
}

} // namespace

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
    for (const VocabularyUse& use : kUses) {
        if (use.index == index && sourceText == QLatin1StringView(use.sourceText))
            return nameIn(use.vocabulary, arg);
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
