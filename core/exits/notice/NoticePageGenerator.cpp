#include "exits/notice/NoticePageGenerator.h"

#include "exits/notice/NoticePageTemplate.h"

#include <QHash>

namespace mixdesk {
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// The page's own wording, in both languages, whatever the UI speaks.
QString kindText(ExitKind kind, bool german)
{
    switch (kind) {
    case ExitKind::JonDonymMix:
        return german ? QStringLiteral("JonDonym-Ausgangsmix")
                      : QStringLiteral("JonDonym exit mix");
    case ExitKind::TorRelay:
        return german ? QStringLiteral("Tor-Exit-Relay") : QStringLiteral("Tor exit relay");
    case ExitKind::Vpn:
        return german ? QStringLiteral("VPN-Ausgang") : QStringLiteral("VPN exit");
    case ExitKind::HttpProxy:
        return german ? QStringLiteral("HTTP-Proxy") : QStringLiteral("HTTP proxy");
    case ExitKind::Other:
        break;
    }
    return german ? QStringLiteral("Ausgang") : QStringLiteral("Exit");
}

QString dateText(const QDate& date, bool german)
{
    return german ? date.toString(QStringLiteral("dd.MM.yyyy")) : date.toString(Qt::ISODate);
}

QString periodText(const ExitNode& exit, bool german)
{
    const bool since = exit.inServiceSince.isValid(), until = exit.inServiceUntil.isValid();
    if (since && until)
        return dateText(exit.inServiceSince, german) +
               (german ? QStringLiteral(" bis ") : QStringLiteral(" to ")) +
               dateText(exit.inServiceUntil, german);
    if (since)
        return (german ? QStringLiteral("seit ") : QStringLiteral("since ")) +
               dateText(exit.inServiceSince, german);
    if (until)
        return (german ? QStringLiteral("bis ") : QStringLiteral("until ")) +
               dateText(exit.inServiceUntil, german);
    return QStringLiteral("&ndash;");
}

QString exitRows(const OperatorProfile& profile, bool german)
{
    QString rows;
    for (const ExitNode& exit : profile.exits)
        for (const QString& address : exit.addresses)
            rows += QStringLiteral("<tr><td><code>") + esc(address) +
                    QStringLiteral("</code></td><td>") + esc(kindText(exit.kind, german)) +
                    QStringLiteral("</td><td>") +
                    esc(exit.cascade.isEmpty() ? exit.name : exit.cascade) +
                    QStringLiteral("</td><td>") + periodText(exit, german) +
                    QStringLiteral("</td></tr>\n");
    return rows;
}

QString contactRows(const OperatorProfile& profile, bool german)
{
    QString rows;
    auto row = [&rows](const QString& label, const QString& valueHtml) {
        rows += QStringLiteral("<dt>") + label + QStringLiteral("</dt><dd>") + valueHtml +
                QStringLiteral("</dd>\n");
    };
    auto mail = [](const QString& address) -> QString {
        return QStringLiteral("<a href=\"mailto:") + esc(address) + QStringLiteral("\">") +
               esc(address) + QStringLiteral("</a>");
    };
    if (!profile.organisation.isEmpty())
        row(german ? QStringLiteral("Organisation") : QStringLiteral("Organisation"),
            esc(profile.organisation));
    if (!profile.name.isEmpty())
        row(german ? QStringLiteral("Betreiber") : QStringLiteral("Operator"), esc(profile.name));
    if (!profile.email.isEmpty())
        row(german ? QStringLiteral("E-Mail") : QStringLiteral("E-mail"), mail(profile.email));
    const QString abuse = profile.primaryAbuseAddress();
    if (!abuse.isEmpty() && abuse != profile.email)
        row(german ? QStringLiteral("Missbrauch") : QStringLiteral("Abuse"), mail(abuse));
    if (!profile.phone.isEmpty())
        row(german ? QStringLiteral("Telefon") : QStringLiteral("Phone"), esc(profile.phone));
    if (!profile.postalAddress.isEmpty())
        row(german ? QStringLiteral("Postanschrift") : QStringLiteral("Postal address"),
            esc(profile.postalAddress).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return rows;
}

} // namespace

bool NoticePageGenerator::isSupportedLanguage(const QString& language)
{
    return language == QLatin1String("en") || language == QLatin1String("de");
}

QString NoticePageGenerator::render(const QString& htmlTemplate, const OperatorProfile& profile,
                                    const QString& language, const QDate& updated)
{
    const bool german = language == QLatin1String("de");
    const QString operatorName =
        profile.organisation.isEmpty() ? profile.name : profile.organisation;
    const QString title = german ? NoticePageTemplate::titleGerman() + QStringLiteral(" · ") +
                                       NoticePageTemplate::titleEnglish()
                                 : NoticePageTemplate::titleEnglish() + QStringLiteral(" · ") +
                                       NoticePageTemplate::titleGerman();
    QStringList addresses = profile.allExitAddresses();
    const QHash<QString, QString> values{
        {QStringLiteral("lang"), german ? QStringLiteral("de") : QStringLiteral("en")},
        {QStringLiteral("title"), esc(title)},
        {QStringLiteral("title_en"), esc(NoticePageTemplate::titleEnglish())},
        {QStringLiteral("title_de"), esc(NoticePageTemplate::titleGerman())},
        {QStringLiteral("operator"), esc(operatorName)},
        {QStringLiteral("operator_name"), esc(profile.name)},
        {QStringLiteral("organisation"), esc(profile.organisation)},
        {QStringLiteral("email"), esc(profile.email)},
        {QStringLiteral("abuse_email"), esc(profile.primaryAbuseAddress())},
        {QStringLiteral("phone"), esc(profile.phone)},
        {QStringLiteral("postal_address"),
         esc(profile.postalAddress).replace(QLatin1Char('\n'), QStringLiteral("<br>"))},
        {QStringLiteral("exit_addresses"), esc(addresses.join(QStringLiteral(", ")))},
        {QStringLiteral("contact_en"), contactRows(profile, false)},
        {QStringLiteral("contact_de"), contactRows(profile, true)},
        {QStringLiteral("exits_en"), exitRows(profile, false)},
        {QStringLiteral("exits_de"), exitRows(profile, true)},
        {QStringLiteral("updated"), esc(dateText(updated, german))},
        {QStringLiteral("updated_en"), esc(dateText(updated, false))},
        {QStringLiteral("updated_de"), esc(dateText(updated, true))},
    };
    // One pass over the template: a value that happens to contain "{{x}}" is not
    // expanded again.
    QString out;
    out.reserve(htmlTemplate.size() + 4096);
    qsizetype pos = 0;
    while (pos < htmlTemplate.size()) {
        const qsizetype open = htmlTemplate.indexOf(QLatin1String("{{"), pos);
        const qsizetype close = open < 0 ? -1 : htmlTemplate.indexOf(QLatin1String("}}"), open + 2);
        if (open < 0 || close < 0) {
            out += QStringView(htmlTemplate).mid(pos);
            break;
        }
        out += QStringView(htmlTemplate).mid(pos, open - pos);
        const QString key = htmlTemplate.mid(open + 2, close - open - 2).trimmed();
        const auto it = values.constFind(key);
        if (it != values.constEnd())
            out += *it;
        else // unknown placeholders stay visible, so a typo in a user template shows
            out += QStringView(htmlTemplate).mid(open, close + 2 - open);
        pos = close + 2;
    }
    return out;
}

} // namespace mixdesk
