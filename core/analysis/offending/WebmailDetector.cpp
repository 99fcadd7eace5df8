#include "analysis/offending/WebmailDetector.h"

#include <QRegularExpression>

namespace mixdesk {
namespace {

Evidence evidence(const char* text, QStringList args, int hop = -1,
                  const QString& field = QStringLiteral("webmail_software"))
{
    return Evidence{field, QString::fromLatin1(text), std::move(args), hop};
}

QString cleanAccount(QString value)
{
    value = value.trimmed();
    if (value.startsWith(u'<') && value.endsWith(u'>'))
        value = value.mid(1, value.size() - 2);
    while (!value.isEmpty() && (value.endsWith(u';') || value.endsWith(u',') ||
                                value.endsWith(u')') || value.endsWith(u'.')))
        value.chop(1);
    return value.trimmed();
}

} // namespace

QString WebmailDetector::addressOf(const QString& from)
{
    static const QRegularExpression angle(QStringLiteral("<([^<>@\\s]+@[^<>\\s]+)>"));
    static const QRegularExpression bare(QStringLiteral("([^\\s<>\"(),;:]+@[^\\s<>\"(),;:]+)"));
    auto m = angle.match(from);
    if (m.hasMatch())
        return m.captured(1);
    m = bare.match(from);
    return m.hasMatch() ? m.captured(1) : QString();
}

WebmailFinding WebmailDetector::detect(const FoundMessage& message, int clientHop,
                                       bool viaOriginatingHeader)
{
    static const QRegularExpression httpWith(QStringLiteral("^HTTPS?A?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression authWith(QStringLiteral("^E?SMTPS?A$|^UTF8SMTPS?A$"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression viaHttp(QStringLiteral("\\bvia\\s+HTTPS?\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression squirrelUser(
        QStringLiteral("SquirrelMail authenticated user\\s+([^\\s()]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression commentAccount(
        QStringLiteral("\\((?:account|user|login)[:\\s]+([^\\s()]+)\\)|"
                       "Authenticated sender:\\s*([^\\s()]+)|"
                       "\\(authenticated (?:as|user|id)[:\\s]+([^\\s()]+)\\)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression squirrelId(QStringLiteral("\\.squirrel@"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hordeId(
        QStringLiteral("^<?\\d{14}\\.(?:Horde\\.[^@]+|[a-z0-9]{12,20})@"));
    static const QRegularExpression roundcubeId(QStringLiteral("^<?[0-9a-f]{32}@"));

    WebmailFinding f;
    const QList<ReceivedHop>& hops = message.message.hops;
    if (hops.isEmpty())
        return f;
    const int c = clientHop >= 0 && clientHop < hops.size() ? clientHop : 0;
    const ReceivedHop& hop = hops[c];

    const QString agent = message.header(u"User-Agent") + u' ' + message.header(u"X-Mailer");
    const QString messageId = message.header(u"Message-ID").trimmed();

    // Which web interface wrote it: the agent header first, then a software name in a
    // Received comment (not in host names: "horde.provider.example" may run Roundcube).
    QString comments;
    for (const ReceivedHop& h : hops) {
        comments += h.comments.join(u' ') + u' ';
        static const QRegularExpression parens(QStringLiteral("\\(([^()]*)\\)"));
        auto it = parens.globalMatch(h.raw);
        while (it.hasNext())
            comments += it.next().captured(1) + u' ';
    }
    auto softwareIn = [](const QString& text) -> QString {
        if (text.contains(u"SquirrelMail", Qt::CaseInsensitive))
            return QStringLiteral("squirrelmail");
        if (text.contains(u"Roundcube", Qt::CaseInsensitive))
            return QStringLiteral("roundcube");
        if (text.contains(u"Horde", Qt::CaseInsensitive) ||
            text.contains(u"Internet Messaging Program", Qt::CaseInsensitive))
            return QStringLiteral("horde");
        return {};
    };
    QString software = softwareIn(agent);
    if (software.isEmpty())
        software = softwareIn(comments);
    if (software.isEmpty()) {
        if (squirrelId.match(messageId).hasMatch())
            software = QStringLiteral("squirrelmail");
        else if (messageId.contains(u".Horde."))
            software = QStringLiteral("horde");
    }

    const bool httpHop = httpWith.match(hop.with).hasMatch() || viaHttp.match(hop.raw).hasMatch() ||
                         hop.raw.contains(u"SquirrelMail authenticated", Qt::CaseInsensitive);
    f.authenticatedSubmission = authWith.match(hop.with).hasMatch();
    f.web = httpHop || (!software.isEmpty() && !f.authenticatedSubmission) ||
            (viaOriginatingHeader && clientHop < 0);
    if (!f.web && software.isEmpty() && agent.contains(u"webmail", Qt::CaseInsensitive) &&
        !f.authenticatedSubmission)
        f.web = true;
    // Message-ID shapes as the weakest hint, only when the hop is a web hop already.
    if (f.web && software.isEmpty()) {
        if (hordeId.match(messageId).hasMatch())
            software = QStringLiteral("horde");
        else if (roundcubeId.match(messageId).hasMatch())
            software = QStringLiteral("roundcube");
    }
    if (f.web) {
        f.software = software.isEmpty() ? QStringLiteral("other") : software;
        f.evidence.append(
            evidence(Evidence::kWebInterface, {QString::number(c + 1), f.software}, c));
    }

    QString account;
    QString accountSource;
    int accountHop = -1;
    for (int i = 0; i < hops.size() && account.isEmpty(); ++i) {
        const auto m = squirrelUser.match(hops[i].raw);
        if (m.hasMatch()) {
            account = cleanAccount(m.captured(1));
            accountSource = QStringLiteral("SquirrelMail");
            accountHop = i;
        }
    }
    bool commentAuth = false;
    for (int i = 0; i < hops.size() && account.isEmpty(); ++i) {
        const auto m = commentAccount.match(hops[i].raw);
        if (m.hasMatch()) {
            account = cleanAccount(m.captured(1) + m.captured(2) + m.captured(3));
            accountSource = QStringLiteral("Received");
            accountHop = i;
            commentAuth = true;
        }
    }
    static const char* const kSenderHeaders[] = {
        "X-Authenticated-Id", "X-Authenticated-User", "X-Authenticated-Sender", "X-Webmail-User",
        "X-Sender",           "X-Auth-User",          "X-Authenticated-As"};
    if (account.isEmpty()) {
        for (const char* name : kSenderHeaders) {
            const QString v = cleanAccount(message.header(QString::fromLatin1(name)));
            if (!v.isEmpty()) {
                account = v;
                accountSource = QString::fromLatin1(name);
                break;
            }
        }
    }
    const bool involved = f.web || f.authenticatedSubmission || commentAuth;
    if (!involved)
        return f;
    if (account.isEmpty()) {
        account = addressOf(message.header(u"From"));
        accountSource = QStringLiteral("From");
        f.accountFromFrom = true;
    }
    f.account = account;
    f.hopIndex = c;
    f.mailServer = hop.byHost.isEmpty() ? hops.first().byHost : hop.byHost;
    if (!account.isEmpty())
        f.evidence.append(evidence(QT_TRANSLATE_NOOP("Evidence", "Account %1 taken from %2"),
                                   {account, accountSource}, accountHop,
                                   QStringLiteral("webmail_account")));
    if (!f.mailServer.isEmpty())
        f.evidence.append(
            evidence(QT_TRANSLATE_NOOP("Evidence",
                                       "The provider's server %1 accepted the message in hop %2"),
                     {f.mailServer, QString::number(c + 1)}, c, QStringLiteral("mail_server")));
    return f;
}

} // namespace mixdesk
