#include "cases/CaseDraft.h"

#include <QRegularExpression>

namespace mixdesk {

AuthorityKind CaseDraft::authorityOf(const QString& reporter)
{
    static const QRegularExpression police(
        QStringLiteral("polizei|police|\\bpd\\b|\\blka\\b|\\bbka\\b|kripo|cybercrime"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression prosecutor(
        QStringLiteral("staatsanwalt|prosecut|attorney general|\\bsta\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression court(QStringLiteral("gericht|court|tribunal"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (prosecutor.match(reporter).hasMatch())
        return AuthorityKind::Prosecutor;
    if (court.match(reporter).hasMatch())
        return AuthorityKind::Court;
    if (police.match(reporter).hasMatch())
        return AuthorityKind::Police;
    return AuthorityKind::Company;
}

CaseFolder CaseDraft::fromNotice(const Analysis& analysis, const QString& subject)
{
    CaseFolder c;
    c.authorityKind = authorityOf(analysis.reporter);
    switch (analysis.category) {
    case Category::Fraud:
        c.type = CaseType::Fraud;
        break;
    case Category::Copyright:
        c.type = CaseType::Copyright;
        break;
    case Category::Harassment:
        c.type = CaseType::Harassment;
        break;
    case Category::SeriousCrime:
        c.type = CaseType::InformationRequest;
        break;
    default:
        c.type = CaseType::Other;
        break;
    }
    // A notice from the police or the prosecutor about the operator's exit is a
    // summons or request in practice; as witness until the letter says otherwise.
    if (c.authorityKind == AuthorityKind::Police || c.authorityKind == AuthorityKind::Prosecutor) {
        if (c.type != CaseType::InformationRequest) {
            c.type = CaseType::Summons;
            c.role = SummonsRole::Witness;
        }
    }
    c.authority = analysis.reporter;
    c.reference = analysis.caseReference;
    c.exitIp = !analysis.exitIp.isEmpty() ? analysis.exitIp : analysis.reportedIp;
    c.incidentTimeUtc = analysis.incidentTimeUtc;
    const QString about = !c.reference.isEmpty() ? c.reference : subject.trimmed();
    c.title = about.isEmpty() ? caseTypeDisplayName(c.type)
                              : caseTypeDisplayName(c.type) + QStringLiteral(" \u2013 ") + about;
    c.openedOn = QDate::currentDate();
    return c;
}

} // namespace mixdesk
