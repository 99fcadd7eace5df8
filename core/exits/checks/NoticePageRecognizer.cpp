#include "exits/checks/NoticePageRecognizer.h"

#include "exits/notice/NoticePageTemplate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mixdesk {
namespace {

QString tr(const char* text)
{
    // The context lupdate files tr() under in this class's member functions.
    return QCoreApplication::translate("mixdesk::NoticePageRecognizer", text);
}

struct DefaultPage
{
    const char* marker; // found case-insensitively in the page
    const char* name;
};

// What the common web servers and distributions serve before anyone set up a site.
const DefaultPage kDefaultPages[] = {
    {"lighttpd placeholder page", "lighttpd placeholder page"},
    {"placeholder page", "lighttpd placeholder page"},
    {"Welcome to nginx!", "nginx welcome page"},
    {"Apache2 Debian Default Page", "Apache default page"},
    {"Apache2 Ubuntu Default Page", "Apache default page"},
    {"Test Page for the Apache", "Apache test page"},
    {"<h1>It works!</h1>", "Apache \"It works!\" page"},
    {"IIS Windows Server", "IIS welcome page"},
    {"<title>Index of /", "directory listing"},
    {"Welcome to CentOS", "CentOS welcome page"},
    {"Caddy works!", "Caddy default page"},
};

} // namespace

QString NoticePageRecognizer::title(const QString& html)
{
    static const QRegularExpression re(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                       QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::DotMatchesEverythingOption);
    return re.match(html).captured(1).simplified();
}

QString NoticePageRecognizer::defaultPageName(const QString& html)
{
    for (const DefaultPage& page : kDefaultPages)
        if (html.contains(QLatin1String(page.marker), Qt::CaseInsensitive))
            return QString::fromLatin1(page.name);
    return {};
}

NoticePageRecognizer::Verdict NoticePageRecognizer::judge(const QString& html,
                                                          const OperatorProfile& profile)
{
    // The generated page and the operator's own keywords come first: an operator's
    // page may well quote "It works!".
    if (html.contains(NoticePageTemplate::generatorMark()))
        return {CheckStatus::Pass,
                tr("The exit notice page made by MixDesk is served (\"%1\").").arg(title(html))};
    const QString pageTitle = title(html);
    for (const QString& known : NoticePageTemplate::generatedTitles())
        if (pageTitle.contains(known, Qt::CaseInsensitive))
            return {CheckStatus::Pass,
                    tr("A page titled \"%1\" explains the exit.").arg(pageTitle)};
    for (const QString& keyword : profile.noticeKeywords)
        if (!keyword.trimmed().isEmpty() && html.contains(keyword.trimmed(), Qt::CaseInsensitive))
            return {CheckStatus::Pass,
                    tr("The page contains the operator's keyword \"%1\".").arg(keyword.trimmed())};
    const QString defaultName = defaultPageName(html);
    if (!defaultName.isEmpty())
        return {CheckStatus::Fail,
                tr("A web server's default page is served (%1), not the exit notice.")
                    .arg(defaultName)};
    static const QRegularExpression anonymity(QStringLiteral("anonymi|anonymous|anonym"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression role(QStringLiteral("\\b(exit|tor|mix|relay|proxy|vpn)"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (anonymity.match(html).hasMatch() && role.match(html).hasMatch())
        return {CheckStatus::Warn, tr("The page speaks of anonymity, but has neither the notice "
                                      "page's title nor one of the operator's keywords.")};
    return {CheckStatus::Fail,
            tr("The page (\"%1\") does not explain that this is the exit of an anonymization "
               "service.")
                .arg(pageTitle.isEmpty() ? tr("untitled") : pageTitle)};
}

} // namespace mixdesk
