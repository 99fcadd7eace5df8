#include "CliSupport.h"
#include "Commands.h"
#include "DatabaseOptions.h"

#include "analysis/Analysis.h"
#include "cases/CaseDraft.h"
#include "cases/ServiceStatement.h"
#include "cases/SqlCaseStore.h"
#include "cases/dossier/DossierCollector.h"
#include "cases/dossier/DossierWriter.h"
#include "profile/ProfileStore.h"
#include "store/notices/NoticeRoles.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mixdesk::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CaseCommand", text);
}

int fail(const QString& command, const QString& message, int code = 1)
{
    err() << "mixdesk-cli case " << command << ": " << message << "\n";
    return code;
}

const QCommandLineOption& jsonOption()
{
    static const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    return json;
}

const QCommandLineOption& profileOption()
{
    static const QCommandLineOption profile(QStringLiteral("profile"),
                                            tr("Operator profile (JSON); default: the saved one."),
                                            QStringLiteral("FILE"));
    return profile;
}

bool parse(QCommandLineParser& parser, const QString& command, const QStringList& args)
{
    parser.addOptions(databaseOptions());
    return !parseCommandLine(parser, command, args).has_value();
}

Result<OperatorProfile> loadProfile(const QCommandLineParser& parser)
{
    return parser.isSet(profileOption()) ? OperatorProfile::loadFile(parser.value(profileOption()))
                                         : ProfileStore::load();
}

QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject caseJson(const CaseFolder& c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("type"), caseTypeId(c.type)},
            {QStringLiteral("role"),
             c.role == SummonsRole::None ? QJsonValue() : QJsonValue(summonsRoleId(c.role))},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("authority_kind"), authorityKindId(c.authorityKind)},
            {QStringLiteral("authority"), jsonString(c.authority)},
            {QStringLiteral("reference"), jsonString(c.reference)},
            {QStringLiteral("contact"), jsonString(c.contact)},
            {QStringLiteral("status"), caseStatusId(c.status)},
            {QStringLiteral("opened_on"), date(c.openedOn)},
            {QStringLiteral("closed_on"), date(c.closedOn)},
            {QStringLiteral("exit_ip"), jsonString(c.exitIp)},
            {QStringLiteral("incident_time"), jsonUtc(c.incidentTimeUtc)},
            {QStringLiteral("created_by"), jsonString(c.createdBy)}};
}

void print(const QJsonObject& o)
{
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
}

QString line(const CaseFolder& c)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5")
        .arg(c.id)
        .arg(caseStatusId(c.status), caseTypeId(c.type), c.reference, c.title);
}

std::optional<qint64> idArgument(const QCommandLineParser& parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || parser.positionalArguments().size() != 1)
        return std::nullopt;
    return id;
}

Result<QList<qint64>> noticeIds(const QStringList& values)
{
    QList<qint64> ids;
    for (const QString& v : values) {
        for (const QString& part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok)
                return Error{tr("not a notice id: %1").arg(part)};
            ids.append(id);
        }
    }
    return ids;
}

int create(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Opens a case folder and prints it (its id first)."));
    const QCommandLineOption type(
        QStringLiteral("type"),
        tr("summons, information-request, fraud, retention-order, search-seizure, copyright, "
           "harassment or other."),
        QStringLiteral("TYPE"));
    const QCommandLineOption role(QStringLiteral("role"), tr("For a summons: witness or suspect."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption title(QStringLiteral("title"), tr("What the case is called."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption authority(QStringLiteral("authority"), tr("Who it comes from."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption authorityKind(QStringLiteral("authority-kind"),
                                           tr("police, prosecutor, court, company or other."),
                                           QStringLiteral("KIND"));
    const QCommandLineOption reference(
        QStringLiteral("reference"), tr("The authority's file reference."), QStringLiteral("TEXT"));
    const QCommandLineOption contact(QStringLiteral("contact"), tr("Contact person."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption exitIp(QStringLiteral("exit-ip"), tr("The exit address concerned."),
                                    QStringLiteral("IP"));
    const QCommandLineOption incident(QStringLiteral("incident"),
                                      tr("Incident time, ISO 8601 (UTC unless a zone is given)."),
                                      QStringLiteral("TIME"));
    const QCommandLineOption notice(QStringLiteral("notice"),
                                    tr("Link this notice (repeatable); the first one fills "
                                       "authority, reference, exit IP and incident time that "
                                       "are not given."),
                                    QStringLiteral("ID"));
    parser.addOptions({type, role, title, authority, authorityKind, reference, contact, exitIp,
                       incident, notice, jsonOption()});
    if (!parse(parser, QStringLiteral("case new"), args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const auto caseType = caseTypeFromId(parser.value(type));
    if (!caseType)
        return fail(QStringLiteral("new"),
                    tr("--type must be one of: summons, "
                       "information-request, fraud, retention-order, "
                       "search-seizure, copyright, harassment, other"),
                    2);
    if (parser.value(title).trimmed().isEmpty())
        return fail(QStringLiteral("new"), tr("--title is required"), 2);
    const auto summonsRole = summonsRoleFromId(parser.value(role));
    if (!summonsRole || (parser.isSet(role) && *caseType != CaseType::Summons))
        return fail(QStringLiteral("new"), tr("--role is witness or suspect, for a summons"), 2);
    const Result<QList<qint64>> ids = noticeIds(parser.values(notice));
    if (!ids)
        return fail(QStringLiteral("new"), ids.error().message, 2);

    CaseFolder c;
    c.type = *caseType;
    c.role = *summonsRole;
    c.title = parser.value(title).trimmed();
    c.authority = parser.value(authority).trimmed();
    c.reference = parser.value(reference).trimmed();
    c.contact = parser.value(contact).trimmed();
    c.exitIp = parser.value(exitIp).trimmed();
    if (parser.isSet(authorityKind)) {
        const auto kind = authorityKindFromId(parser.value(authorityKind));
        if (!kind)
            return fail(QStringLiteral("new"),
                        tr("--authority-kind is police, prosecutor, court, company or other"), 2);
        c.authorityKind = *kind;
    } else {
        c.authorityKind = CaseDraft::authorityOf(c.authority);
    }
    if (parser.isSet(incident)) {
        QDateTime t = QDateTime::fromString(parser.value(incident), Qt::ISODate);
        if (!t.isValid())
            return fail(QStringLiteral("new"), tr("--incident needs an ISO 8601 time"), 2);
        if (t.timeSpec() == Qt::LocalTime)
            t.setTimeSpec(Qt::UTC);
        c.incidentTimeUtc = t.toUTC();
    }
    const std::unique_ptr<Database> db = openDatabase(parser, actorFromProfile(parser));
    if (!db)
        return 2;
    if (!ids->isEmpty()) {
        SqlNoticeRoles roles(*db);
        const Result<Analysis> analysis = roles.roles().inbox.analysis(ids->first());
        if (analysis) {
            const CaseFolder draft = CaseDraft::fromNotice(*analysis, QString());
            if (!parser.isSet(authority))
                c.authority = draft.authority;
            if (!parser.isSet(authorityKind) && !parser.isSet(authority))
                c.authorityKind = draft.authorityKind;
            if (!parser.isSet(reference))
                c.reference = draft.reference;
            if (!parser.isSet(exitIp))
                c.exitIp = draft.exitIp;
            if (!parser.isSet(incident))
                c.incidentTimeUtc = draft.incidentTimeUtc;
        }
    }
    const Result<CaseFolder> created = SqlCaseStore(*db).create(c, *ids);
    if (!created)
        return fail(QStringLiteral("new"), created.error().message);
    if (parser.isSet(jsonOption())) {
        QJsonObject o = caseJson(*created);
        QJsonArray linked;
        for (qint64 id : *ids)
            linked.append(id);
        o.insert(QStringLiteral("notices"), linked);
        print(o);
    } else {
        out() << line(*created) << "\n";
    }
    return 0;
}

int list(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the case folders, newest first."));
    parser.addOption(jsonOption());
    if (!parse(parser, QStringLiteral("case list"), args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const std::unique_ptr<Database> db = openDatabase(parser);
    if (!db)
        return 2;
    const Result<QList<CaseFolder>> cases = SqlCaseStore(*db).list();
    if (!cases)
        return fail(QStringLiteral("list"), cases.error().message);
    for (const CaseFolder& c : *cases) {
        if (parser.isSet(jsonOption()))
            print(caseJson(c));
        else
            out() << line(c) << "\n";
    }
    return 0;
}

int show(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows a case: its fields, whether the exit was in service at the incident time, "
           "linked notices, documents with SHA-256, deadlines, the retention checklist."));
    parser.addOptions({jsonOption(), profileOption()});
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The case's number."));
    if (!parse(parser, QStringLiteral("case show"), args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const std::optional<qint64> id = idArgument(parser);
    if (!id)
        return fail(QStringLiteral("show"), tr("name one case number"), 2);
    const Result<OperatorProfile> profile = loadProfile(parser);
    if (!profile)
        return fail(QStringLiteral("show"), profile.error().message, 2);
    const std::unique_ptr<Database> db = openDatabase(parser);
    if (!db)
        return 2;
    SqlCaseStore cases(*db);
    const Result<CaseFolder> c = cases.find(*id);
    if (!c)
        return fail(QStringLiteral("show"), c.error().message);
    const auto notices = cases.linkedNotices(*id);
    const auto documents = cases.documents(*id);
    const auto deadlines = cases.deadlines(*id);
    const auto checklist = cases.checklist(*id);
    if (!notices || !documents || !deadlines || !checklist)
        return fail(QStringLiteral("show"), tr("cannot read the case"));
    const ServiceStatement service = ServiceStatement::of(*profile, c->exitIp, c->incidentTimeUtc);
    if (parser.isSet(jsonOption())) {
        QJsonObject o = caseJson(*c);
        QJsonArray n;
        for (qint64 noticeId : *notices)
            n.append(noticeId);
        o.insert(QStringLiteral("notices"), n);
        QJsonArray docs;
        for (const CaseDocument& d : *documents)
            docs.append(QJsonObject{{QStringLiteral("id"), d.id},
                                    {QStringLiteral("file_name"), d.fileName},
                                    {QStringLiteral("media_type"), d.mediaType},
                                    {QStringLiteral("size"), d.size},
                                    {QStringLiteral("sha256"), d.sha256}});
        o.insert(QStringLiteral("documents"), docs);
        QJsonArray dl;
        for (const CaseDeadline& d : *deadlines)
            dl.append(QJsonObject{{QStringLiteral("id"), d.id},
                                  {QStringLiteral("kind"), deadlineKindId(d.kind)},
                                  {QStringLiteral("title"), d.title},
                                  {QStringLiteral("due"), jsonUtc(d.dueAt)},
                                  {QStringLiteral("done"), d.isDone()}});
        o.insert(QStringLiteral("deadlines"), dl);
        if (c->type == CaseType::RetentionOrder) {
            QJsonArray rules;
            for (const ChecklistAnswer& a : *checklist)
                rules.append(QJsonObject{{QStringLiteral("rule"), retentionRuleId(a.rule)},
                                         {QStringLiteral("note"), jsonString(a.note)},
                                         {QStringLiteral("answered_on"), date(a.answeredOn)}});
            o.insert(QStringLiteral("checklist"), rules);
        }
        o.insert(QStringLiteral("in_service"),
                 service.state == ServiceStatement::State::InService
                     ? QJsonValue(true)
                     : (service.state == ServiceStatement::State::NotInService ||
                                service.state == ServiceStatement::State::NotAnExit
                            ? QJsonValue(false)
                            : QJsonValue()));
        o.insert(QStringLiteral("service_statement"), service.text(QStringLiteral("en")));
        print(o);
        return 0;
    }
    out() << line(*c) << "\n";
    out() << tr("authority: ") << c->authority << " (" << authorityKindId(c->authorityKind)
          << ")\n";
    out() << tr("exit: ") << service.text(QStringLiteral("en")) << "\n";
    for (qint64 noticeId : *notices)
        out() << tr("notice: ") << noticeId << "\n";
    for (const CaseDocument& d : *documents)
        out() << tr("document: ") << d.fileName << "\t" << d.size << "\t" << d.sha256 << "\n";
    for (const CaseDeadline& d : *deadlines)
        out() << tr("deadline: ") << utcIso(d.dueAt) << "\t" << d.title
              << (d.isDone() ? tr(" [done]") : QString()) << "\n";
    if (c->type == CaseType::RetentionOrder) {
        for (const ChecklistAnswer& a : *checklist)
            out() << tr("checklist: ") << retentionRuleId(a.rule) << "\t"
                  << (a.isAnswered()
                          ? a.answeredOn.toString(Qt::ISODate) + QStringLiteral(" ") + a.note
                          : tr("open"))
                  << "\n";
    }
    return 0;
}

int link(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Links notices to a case (or, with --unlink, removes "
                                        "them)."));
    const QCommandLineOption notice(QStringLiteral("notice"), tr("A notice (repeatable)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption unlink(QStringLiteral("unlink"), tr("Remove the links instead."));
    parser.addOptions({notice, unlink});
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The case's number."));
    if (!parse(parser, QStringLiteral("case link"), args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const std::optional<qint64> id = idArgument(parser);
    if (!id)
        return fail(QStringLiteral("link"), tr("name one case number"), 2);
    const Result<QList<qint64>> ids = noticeIds(parser.values(notice));
    if (!ids || ids->isEmpty())
        return fail(QStringLiteral("link"), tr("name the notices with --notice ID"), 2);
    const std::unique_ptr<Database> db = openDatabase(parser, actorFromProfile(parser));
    if (!db)
        return 2;
    SqlCaseStore cases(*db);
    if (parser.isSet(unlink)) {
        for (qint64 noticeId : *ids) {
            const Status done = cases.unlink(*id, noticeId);
            if (!done)
                return fail(QStringLiteral("link"), done.error().message);
        }
        return 0;
    }
    const Status done = cases.link(*id, *ids);
    return done ? 0 : fail(QStringLiteral("link"), done.error().message);
}

int exportCase(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the case's dossier for the lawyer as a PDF: cover, summary, timeline, each "
           "notice with its analysis, the service period, statement, fact sheet, evidence "
           "index with SHA-256."));
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("The PDF file to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Language of the dossier: en (default) or de."),
                                  QStringLiteral("LANG"), QStringLiteral("en"));
    parser.addOptions({pdf, lang, profileOption(), jsonOption()});
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The case's number."));
    if (!parse(parser, QStringLiteral("case export"), args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const std::optional<qint64> id = idArgument(parser);
    if (!id)
        return fail(QStringLiteral("export"), tr("name one case number"), 2);
    if (parser.value(pdf).isEmpty())
        return fail(QStringLiteral("export"), tr("--pdf FILE is required"), 2);
    const QString language = parser.value(lang);
    if (language != u"en" && language != u"de")
        return fail(QStringLiteral("export"), tr("--lang is en or de"), 2);
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail(QStringLiteral("export"), tr("needs the GUI library (internal error)"));
    const Result<OperatorProfile> profile = loadProfile(parser);
    if (!profile)
        return fail(QStringLiteral("export"), profile.error().message, 2);
    const std::unique_ptr<Database> db = openDatabase(parser);
    if (!db)
        return 2;
    SqlCaseStore cases(*db);
    SqlNoticeRoles roles(*db);
    const Result<DossierData> data = DossierCollector::collect(
        cases, roles.roles().inbox, roles.roles().journal, *id, *profile, language);
    if (!data)
        return fail(QStringLiteral("export"), data.error().message);
    const Result<DossierWriter::Stats> written = DossierWriter::write(*data, parser.value(pdf));
    if (!written)
        return fail(QStringLiteral("export"), written.error().message);
    if (parser.isSet(jsonOption()))
        print({{QStringLiteral("file"), parser.value(pdf)},
               {QStringLiteral("pages"), written->pages},
               {QStringLiteral("notices"), data->notices.size()},
               {QStringLiteral("documents"), data->documents.size()}});
    else
        out() << parser.value(pdf) << ": " << written->pages << tr(" pages") << "\n";
    return 0;
}

} // namespace

int runCase(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("new"))
        return create(args.mid(1));
    if (sub == QLatin1String("list"))
        return list(args.mid(1));
    if (sub == QLatin1String("show"))
        return show(args.mid(1));
    if (sub == QLatin1String("link"))
        return link(args.mid(1));
    if (sub == QLatin1String("export"))
        return exportCase(args.mid(1));
    err() << "usage: mixdesk-cli case new|list|show|link|export [OPTIONS]  (--help for each)\n";
    return sub == QLatin1String("--help") ? 0 : 2;
}

} // namespace mixdesk::cli
