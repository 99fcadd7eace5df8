#include "cases/CaseTemplates.h"

#include "cases/ServiceStatement.h"

#include <QDate>
#include <QMap>

namespace mixdesk {
namespace {

bool german(const QString& language)
{
    return language == u"de";
}

QString fill(QString text, const QMap<QString, QString>& values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        text.replace(QStringLiteral("{{") + it.key() + QStringLiteral("}}"), it.value());
    return text;
}

QMap<QString, QString> valuesOf(const OperatorProfile& p, const CaseFolder& c,
                                const QString& language)
{
    const bool de = german(language);
    const auto orUnknown = [de](const QString& s) {
        return s.trimmed().isEmpty() ? (de ? QStringLiteral("[…]") : QStringLiteral("[…]")) : s;
    };
    const ServiceStatement service = ServiceStatement::of(p, c.exitIp, c.incidentTimeUtc);
    return {
        {QStringLiteral("operator"), orUnknown(p.name)},
        {QStringLiteral("organisation"),
         p.organisation.isEmpty() ? QString() : QStringLiteral(", ") + p.organisation},
        {QStringLiteral("address"), orUnknown(p.postalAddress)},
        {QStringLiteral("email"), orUnknown(p.email)},
        {QStringLiteral("authority"), orUnknown(c.authority)},
        {QStringLiteral("reference"), orUnknown(c.reference)},
        {QStringLiteral("exit_ip"), orUnknown(c.exitIp)},
        {QStringLiteral("incident_time"),
         c.incidentTimeUtc.isValid()
             ? c.incidentTimeUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
                   QStringLiteral(" UTC")
             : orUnknown(QString())},
        {QStringLiteral("service"), service.text(language)},
        {QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate)},
    };
}

const char16_t* kStatementEn =
    u"{{operator}}{{organisation}}\n{{address}}\n\nTo: {{authority}}\nYour reference: "
    u"{{reference}}\n\nWritten statement\n\n"
    u"I operate an exit server of a public anonymization service. The address {{exit_ip}} "
    u"named in your letter belongs to this server. At the time in question "
    u"({{incident_time}}) it forwarded connections of the service's many users; the "
    u"traffic did not originate from me.\n\n{{service}}\n\n"
    u"The service is built so that no single server, mine included, can tell which user made "
    u"a connection. I keep no connection logs from which a user could be identified, and the "
    u"address {{exit_ip}} therefore identifies no one. I have no further information on the "
    u"act described.\n\nI am happy to explain how the service works. A fact sheet is "
    u"attached.\n\n{{date}}\n{{operator}}\n";

const char16_t* kStatementDe =
    u"{{operator}}{{organisation}}\n{{address}}\n\nAn: {{authority}}\nIhr Aktenzeichen: "
    u"{{reference}}\n\nSchriftliche Äußerung\n\n"
    u"Ich betreibe einen Ausgangsknoten (Exit) eines öffentlichen Anonymisierungsdienstes. Die "
    u"in Ihrem Schreiben genannte Adresse {{exit_ip}} gehört zu diesem Server. Zur fraglichen "
    u"Zeit ({{incident_time}}) leitete er Verbindungen der zahlreichen Nutzer des Dienstes "
    u"weiter; der Datenverkehr ging nicht von mir aus.\n\n{{service}}\n\n"
    u"Der Dienst ist so aufgebaut, dass kein einzelner Server – auch meiner nicht – erkennen "
    u"kann, welcher Nutzer eine Verbindung aufgebaut hat. Ich speichere keine "
    u"Verbindungsdaten, aus denen ein Nutzer zu ermitteln wäre; die Adresse {{exit_ip}} "
    u"identifiziert daher niemanden. Über die beschriebene Tat habe ich keine weiteren "
    u"Erkenntnisse.\n\nGern erläutere ich die Funktionsweise des Dienstes. Ein Merkblatt liegt "
    u"bei.\n\n{{date}}\n{{operator}}\n";

const char16_t* kFactSheetEn =
    u"How an anonymization service works\n\n"
    u"An anonymization service (such as a JonDonym mix cascade or the Tor network) forwards "
    u"its users' connections through a chain of servers run by independent operators. Each "
    u"server knows only its neighbours in the chain: the first knows the user but not the "
    u"destination, the last (the exit) knows the destination but not the user. The content "
    u"is encrypted in layers, so that no server alone can link a user to a destination.\n\n"
    u"Why an exit address identifies no one\n\n"
    u"Every connection leaving the service appears to come from the exit's address, "
    u"{{exit_ip}} here. Thousands of users share it at the same moment. The address therefore "
    u"points to the operator's server, never to the person who used it, and the operator "
    u"cannot tell who that person was: the exit does not see the user's own address.\n\n"
    u"What the operator can and cannot provide\n\n"
    u"The operator can confirm that the address belonged to the service at the time in "
    u"question and explain how the service works. The operator keeps no records that would "
    u"identify a user. Where a court orders data to be retained, only the minimum named in the "
    u"order is stored, protected from any access, and only what is compelled is handed over.\n\n"
    u"{{service}}\n";

const char16_t* kFactSheetDe =
    u"Funktionsweise eines Anonymisierungsdienstes\n\n"
    u"Ein Anonymisierungsdienst (etwa eine JonDonym-Mix-Kaskade oder das Tor-Netz) leitet die "
    u"Verbindungen seiner Nutzer über eine Kette von Servern unabhängiger Betreiber. Jeder "
    u"Server kennt nur seine Nachbarn in der Kette: der erste kennt den Nutzer, aber nicht das "
    u"Ziel, der letzte (der Ausgangsknoten) kennt das Ziel, aber nicht den Nutzer. Die Inhalte "
    u"sind schichtweise verschlüsselt, so dass kein Server allein einen Nutzer mit einem Ziel "
    u"verknüpfen kann.\n\n"
    u"Warum eine Ausgangsadresse niemanden identifiziert\n\n"
    u"Jede Verbindung, die den Dienst verlässt, scheint von der Adresse des Ausgangsknotens zu "
    u"kommen, hier {{exit_ip}}. Tausende Nutzer teilen sie sich zur selben Zeit. Die Adresse "
    u"verweist daher auf den Server des Betreibers, nie auf die Person, die ihn benutzt hat; "
    u"der Betreiber kann diese Person nicht ermitteln, denn der Ausgangsknoten sieht die "
    u"Adresse des Nutzers nicht.\n\n"
    u"Was der Betreiber liefern kann und was nicht\n\n"
    u"Der Betreiber kann bestätigen, dass die Adresse zur fraglichen Zeit zum Dienst gehörte, "
    u"und die Funktionsweise erläutern. Er speichert keine Daten, die einen Nutzer "
    u"identifizieren würden. Ordnet ein Gericht eine Speicherung an, werden nur die im "
    u"Beschluss genannten Mindestdaten gespeichert, vor jedem Zugriff geschützt, und nur "
    u"herausgegeben, was verpflichtend ist (etwa nach §§ 100a, 100g StPO).\n\n"
    u"{{service}}\n";

} // namespace

QString CaseTemplates::statement(const OperatorProfile& profile, const CaseFolder& folder,
                                 const QString& language)
{
    return fill(QString::fromUtf16(german(language) ? kStatementDe : kStatementEn),
                valuesOf(profile, folder, language));
}

QString CaseTemplates::factSheet(const OperatorProfile& profile, const CaseFolder& folder,
                                 const QString& language)
{
    return fill(QString::fromUtf16(german(language) ? kFactSheetDe : kFactSheetEn),
                valuesOf(profile, folder, language));
}

QString CaseTemplates::statementOf(const OperatorProfile& profile, const CaseFolder& folder,
                                   const QString& language)
{
    return folder.statement.trimmed().isEmpty() ? statement(profile, folder, language)
                                                : folder.statement;
}

QString CaseTemplates::factSheetOf(const OperatorProfile& profile, const CaseFolder& folder,
                                   const QString& language)
{
    return folder.factSheet.trimmed().isEmpty() ? factSheet(profile, folder, language)
                                                : folder.factSheet;
}

} // namespace mixdesk
