#include "respond/ResponseComposer.h"

#include "mail/MailParser.h"
#include "respond/MailAddress.h"

#include <QCoreApplication>

namespace mixdesk {
namespace {

QString tr(const char* text)
{
    // The context lupdate files tr() under in this class's member functions.
    return QCoreApplication::translate("mixdesk::ResponseComposer", text);
}

QString joinDistinct(const QStringList& values)
{
    QStringList out;
    for (const QString& v : values)
        if (!v.isEmpty() && !out.contains(v))
            out << v;
    return out.join(QStringLiteral(", "));
}

} // namespace

ResponseComposer::ResponseComposer(OperatorProfile profile, ProviderDirectory providers,
                                   QString from)
    : m_profile(std::move(profile)), m_providers(std::move(providers)), m_from(std::move(from))
{}

QString ResponseComposer::suggestedTemplate(const Analysis& analysis)
{
    switch (analysis.category) {
    case Category::Misdirected:
        return QStringLiteral("misdirected");
    case Category::Copyright:
        return QStringLiteral("copyright");
    case Category::Harassment:
        return QStringLiteral("harassment");
    case Category::Fraud:
        return QStringLiteral("fraud");
    case Category::SpamWebmail:
        return QStringLiteral("webmail-spam");
    default:
        break;
    }
    if (analysis.exitIp.isEmpty() && !analysis.reportedIp.isEmpty())
        return QStringLiteral("misdirected");
    return analysis.webmailAccount.isEmpty() && analysis.mailServer.isEmpty()
               ? QStringLiteral("isp-reply")
               : QStringLiteral("webmail-spam");
}

QString ResponseComposer::suggestedLanguage(const Analysis& analysis)
{
    return analysis.language == QLatin1String("de") ? QStringLiteral("de") : QStringLiteral("en");
}

QHash<QString, QString>
ResponseComposer::placeholderValues(const QList<NoticeForResponse>& notices) const
{
    QStringList exitIps, times, accounts, servers, tickets, reported, reporters;
    QString subject;
    for (const NoticeForResponse& n : notices) {
        const Analysis& a = n.analysis;
        exitIps << a.exitIp;
        if (a.incidentTimeUtc.isValid())
            times << a.incidentTimeUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        accounts << a.webmailAccount;
        servers << a.mailServer;
        tickets << a.caseReference;
        reported << a.reportedIp;
        reporters << a.reporter;
        if (subject.isEmpty())
            subject = MailParser::parse(n.raw).header(u"Subject");
    }
    return {{QStringLiteral("exit_ip"), joinDistinct(exitIps)},
            {QStringLiteral("incident_time_utc"), joinDistinct(times)},
            {QStringLiteral("account"), joinDistinct(accounts)},
            {QStringLiteral("mail_server"), joinDistinct(servers)},
            {QStringLiteral("ticket_id"), joinDistinct(tickets)},
            {QStringLiteral("operator_name"), m_profile.name},
            {QStringLiteral("operator_organisation"), m_profile.organisation},
            {QStringLiteral("operator_email"), m_profile.email},
            {QStringLiteral("reported_ip"), joinDistinct(reported)},
            {QStringLiteral("notice_subject"), subject},
            {QStringLiteral("reporter"), joinDistinct(reporters)}};
}

QList<RecipientSuggestion> ResponseComposer::providerContacts(const Analysis& analysis) const
{
    QList<RecipientSuggestion> out;
    for (const QString& key : {analysis.mailServer, analysis.webmailAccount}) {
        if (const MailProvider* p = m_providers.match(key)) {
            if (std::none_of(out.cbegin(), out.cend(),
                             [&](const RecipientSuggestion& s) { return s.address == p->abuse; }))
                out << RecipientSuggestion{p->abuse, tr("provider table: %1").arg(p->name)};
        }
    }
    return out;
}

QList<RecipientSuggestion> ResponseComposer::ispContacts(const NoticeForResponse& notice) const
{
    QList<RecipientSuggestion> out;
    const ParsedMail mail = MailParser::parse(notice.raw);
    const auto add = [&](const QString& address, const QString& source) {
        if (address.isEmpty())
            return;
        if (std::none_of(out.cbegin(), out.cend(),
                         [&](const RecipientSuggestion& s) { return s.address == address; }))
            out << RecipientSuggestion{address, source};
    };
    for (const MailAddress& a : MailAddress::parseList(mail.header(u"Reply-To")))
        if (a.isValid())
            add(a.address, tr("Reply-To of the notice"));
    if (out.isEmpty())
        for (const MailAddress& a : MailAddress::parseList(mail.header(u"From")))
            if (a.isValid())
                add(a.address, tr("sender of the notice"));
    if (out.isEmpty()) {
        for (const ExitNode& exit : m_profile.exits)
            if (exit.addresses.contains(notice.analysis.exitIp))
                add(exit.ispAbuseContact, tr("ISP of exit %1 (profile)").arg(exit.name));
        add(m_profile.ispAbuseContact, tr("ISP (profile)"));
    }
    return out;
}

ResponseDraft ResponseComposer::compose(const QList<NoticeForResponse>& notices,
                                        const ResponseTemplate& templ) const
{
    ResponseDraft d;
    d.templateName = templ.name;
    d.language = templ.language;
    d.from = m_from;
    for (const NoticeForResponse& n : notices)
        d.noticeIds << n.id;
    const auto values = placeholderValues(notices);
    d.subject = templ.fill(templ.subject, values).simplified();
    d.body = templ.fill(templ.body, values);
    if (notices.isEmpty())
        return d;
    QStringList isp;
    for (const NoticeForResponse& n : notices)
        for (const RecipientSuggestion& s : ispContacts(n))
            if (!isp.contains(s.address))
                isp << s.address;
    if (templ.effectiveScenario() == QLatin1String("webmail-spam")) {
        d.attachNotices = true;
        QStringList provider;
        for (const NoticeForResponse& n : notices)
            for (const RecipientSuggestion& s : providerContacts(n.analysis))
                if (!provider.contains(s.address))
                    provider << s.address;
        d.to = provider;
        d.cc = isp;
    } else {
        d.attachNotices = false;
        d.to = isp;
    }
    return d;
}

} // namespace mixdesk
