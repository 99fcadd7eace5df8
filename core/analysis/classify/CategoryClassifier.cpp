#include "analysis/classify/CategoryClassifier.h"

#include "analysis/classify/OwnText.h"
#include "analysis/text/RegexPrefilter.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace mixdesk {

namespace {

// Spam is one bucket here; the facts decide webmail or SMTP afterwards.
constexpr Category kSpam = Category::SpamSmtp;

struct Rule
{
    Category category;
    int weight;
    const char* pattern; // regular expression in lower case, matched on lower-cased text
};

// Phrases and their weight. Generic words get weight 1, phrases that on their
// own identify a kind of notice get 2-3. Matched on lower-cased text.
// clang-format off
const std::array kRules = std::to_array<Rule>({
    // spam (webmail or SMTP decided from the facts)
    {kSpam, 3, R"(\bspam\b|\bspam-|spamfalle|spam ?trap|\bspam samples?\b)"},
    {kSpam, 2, R"(unsolicited|\bube\b|\buce\b|bulk e-?mail|junk)"},
    {kSpam, 3, R"(phishing|credential harvesting|scam mail|scam e-?mail|fraudulent e-?mails?|fraudulent messages?)"},
    {kSpam, 2, R"(unerwünschte[rn]? (werbe|e-mail|mail|nachricht)|werbe-?e-?mails?|massenmail)"},
    {kSpam, 2, R"(webmail|webmailer|weboberfläche|web interface|web session|mailbox account|postfach)"},
    {kSpam, 2, R"(trap (hits?|digest)|abuse report for an email message|feedback loop|offending message)"},
    // DNS blocklists ("listed" only in the sense of being put on a list)
    {Category::DnsblListing, 3, R"(blocklist|blacklist|block list|dnsbl|\brbl\b|sperrliste)"},
    {Category::DnsblListing, 2, R"((been|is|was|are|were|got|now)\s+listed\b|listed\s+(on|in|at)\b|\blisting\b|delist|removal|\blistung\b|gelistet|austragung)"},
    {Category::DnsblListing, 3, R"(listing (id|notice|reason)|request (an )?(earlier )?removal|removal request)"},
    // harassment
    {Category::Harassment, 3, R"(harass|belästig|stalk|beleidig|insult|bedroh|threat(s|en|ening)?\b(?! (analyst|intelligence|feed|level|hunting|research|to (the )?life)))"},
    {Category::Harassment, 2, R"(contact form|booking form|kontaktformular|\bforum\b|private nachricht|private messages?|offensive)"},
    {Category::Harassment, 2, R"(please block|block (this person|access)|bitte um sperrung|sperren sie den zugriff|zugriff .{0,40}zu sperren)"},
    // copyright
    {Category::Copyright, 3, R"(copyright|infringement|\bdmca\b|\bacns\b|urheberrecht)"},
    {Category::Copyright, 2, R"(bittorrent|peer-to-peer|\bp2p\b|filesharing|tauschbörse|distribution rights|rights holder|rechteinhaber|unauthori[sz]ed copy)"},
    // fraud
    {Category::Fraud, 3, R"(\bfraud\b|fraudulent (order|purchase|transaction)|betrug|betrüger|chargeback|rückbuchung|stolen (card|credit)|account takeover)"},
    {Category::Fraud, 2, R"(bestellung|(?<!in )\border\b(?! to\b)|unpaid|unbezahlt|nicht bezahlt|invoice (is )?(unpaid|overdue)|identity theft|falschen personendaten|kleinanzeige)"},
    {Category::Fraud, 3, R"(vorladung|zeugenvernehmung|\bzeugin\b|\bzeuge\b|beschuldigte|witness summons|geschädigte)"},
    // serious crime: orders of courts and prosecutors
    {Category::SeriousCrime, 3, R"(\btkü\b|telekommunikationsüberwachung|überwachung und aufzeichnung|verkehrsdaten|bestandsdaten)"},
    {Category::SeriousCrime, 3, R"(§+\s*100[a-k]\b|100a|100g|beschluss|ermittlungsrichter|court order|subpoena|search warrant|interception order)"},
    {Category::SeriousCrime, 1, R"(staatsanwaltschaft|amtsgericht|landgericht|prosecutor|\bstpo\b)"},
    {Category::SeriousCrime, 3, R"(erpressung|extortion|ransomware|threat to life|imminent threat|gefahr für leib|kinderpornograph|child sexual abuse|terror)"},
    // threats of violence and emergency requests by the police
    {Category::SeriousCrime, 3, R"(threat to (the )?life|bomb threat|bombendrohung|sprengsatz|sprengstoff|explosive device|amok|school shooting|androhung von straftaten|§+\s*(126|129a?|211|212|239a|239b|241|308|310)\b)"},
    {Category::SeriousCrime, 3, R"(emergency disclosure|emergency (data )?request|gefahr im verzug|lebensgefahr|leib und leben|staatsschutz)"},
    // network attacks
    {Category::NetworkAttack, 3, R"(port ?scan|brute[- ]force|login attempts|failed (ssh )?logins?|login[- ]attack|ddos|denial of service|anmeldeversuche|angriff|intrusion|exploit)"},
    {Category::NetworkAttack, 2, R"(\bssh\b|wp-login|verbindungsversuche|firewall|\battack|scanning)"},
    // other: information only, sinkholes, scraping
    {Category::Other, 3, R"(information only|for your information|no action is required|keine (maßnahmen|aktion) erforderlich|zu ihrer information|nur zur information)"},
    {Category::Other, 3, R"(sinkhole|botnet|scraping|crawler|automated purchas|editing block|from editing|vandalism)"},
    {Category::Other, 2, R"(^information about)"},
});
// clang-format on

const QList<QRegularExpression>& compiledRules()
{
    static const QList<QRegularExpression> compiled = [] {
        QList<QRegularExpression> list;
        // Case-sensitive on purpose: the texts are lower-cased once (OwnText::normalized),
        // and a caseless match cannot use PCRE's fast literal search.
        for (const Rule& rule : kRules)
            list.append(QRegularExpression(QString::fromUtf8(rule.pattern)));
        return list;
    }();
    return compiled;
}

const RegexPrefilter& rulePrefilter()
{
    static const RegexPrefilter prefilter(compiledRules());
    return prefilter;
}

Evidence categoryEvidence(const char* sourceText, const QStringList& args)
{
    Evidence e;
    e.field = u"category"_s;
    e.sourceText = QString::fromUtf8(sourceText);
    e.args = args;
    return e;
}

} // namespace

std::optional<Category> CategoryClassifier::fromReportType(const QString& reportType)
{
    const QString t = reportType.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    if (t == u"abuse" || t == u"spam" || t == u"fraud" || t == u"phishing" || t == u"virus" ||
        t == u"opt-out")
        return kSpam;
    if (t.contains(u"login") || t.contains(u"portscan") || t.contains(u"port-scan") ||
        t.contains(u"ddos") || t.contains(u"attack") || t.contains(u"scan") ||
        t.contains(u"exploit") || t.contains(u"brute"))
        return Category::NetworkAttack;
    if (t.contains(u"copyright") || t.contains(u"p2p") || t.contains(u"infringement"))
        return Category::Copyright;
    if (t.contains(u"harass"))
        return Category::Harassment;
    if (t.contains(u"botnet") || t.contains(u"malware") || t.contains(u"info"))
        return Category::Other;
    return std::nullopt;
}

namespace {

// text.contains(u"subject:", Qt::CaseInsensitive), from the colons: a vectorised
// search for ':' and a look at the seven characters before each is far cheaper than
// a case-folding search through the whole text.
bool mentionsSubjectField(const QString& text)
{
    static constexpr QStringView kName = u"subject";
    for (qsizetype colon = text.indexOf(u':'); colon >= 0; colon = text.indexOf(u':', colon + 1)) {
        if (colon >= kName.size() && QStringView(text)
                                             .sliced(colon - kName.size(), kName.size())
                                             .compare(kName, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

bool CategoryClassifier::subjectRepeatsQuotedMail(const QString& subject, const QString& text)
{
    const QString trimmedSubject = subject.trimmed();
    // Most texts quote no subject at all: no need to split them into lines.
    if (trimmedSubject.isEmpty() || !mentionsSubjectField(text))
        return false;
    for (const QString& line : OwnText::lines(text)) {
        QString stripped = line;
        while (stripped.startsWith(u'>'))
            stripped = stripped.mid(1).trimmed();
        const QString quoted = stripped.mid(8).trimmed();
        if (stripped.startsWith(u"Subject:", Qt::CaseInsensitive) && quoted.size() >= 8 &&
            trimmedSubject.contains(quoted, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

CategoryClassifier::Result CategoryClassifier::classify(const QString& subject,
                                                        const QString& ownText,
                                                        const ClassificationFacts& facts,
                                                        const QString& quotedText)
{
    Result result;

    auto spamCategory = [&facts] {
        return (facts.webmailAccountFound || facts.authenticatedSubmission) ? Category::SpamWebmail
                                                                            : Category::SpamSmtp;
    };

    if (facts.reportedIpFound && !facts.exitInvolved) {
        result.category = Category::Misdirected;
        result.evidence.append(categoryEvidence(
            QT_TRANSLATE_NOOP("Evidence",
                              "The reported address is not one of the operator's exits"),
            {}));
        return result;
    }

    // Machine-readable reports say what they are about.
    if (const auto typed = fromReportType(facts.reportType)) {
        result.category = *typed == kSpam ? spamCategory() : *typed;
        result.evidence.append(categoryEvidence(
            QT_TRANSLATE_NOOP("Evidence", "The %1 report declares the type \"%2\""),
            {facts.reportFormat.toUpper(), facts.reportType}));
        return result;
    }

    // Reports that reuse the offending mail's subject (SpamCop style) tell
    // nothing about the notice through it: then only the body counts.
    const int subjectWeight =
        subjectRepeatsQuotedMail(subject, ownText) || subjectRepeatsQuotedMail(subject, quotedText)
            ? 0
            : 3;

    std::array<int, kCategoryCount> score{};
    std::array<QStringList, kCategoryCount> matched{};
    // "reported to the X blocklist" says where an attack report goes, not that the
    // exit was listed: the phrase counts for the attack, not for a listing.
    static const QRegularExpression feedsBlocklist(
        uR"(\b(?:reported|submitted|added|forwarded|sent|fed)\s+(?:to|in|into)\s+(?:the\s+|our\s+)?(?:[\w.-]+\s+){0,2}?[\w.-]*(?:block|black)\s?list\b)"_s);
    QString subjectText = OwnText::normalized(subject);
    QString bodyText = OwnText::normalized(OwnText::ownLines(ownText).join(u'\n'));
    for (QString* t : {&subjectText, &bodyText}) {
        // Only near each "list": one search through the text, the expression on a window.
        QList<std::pair<qsizetype, qsizetype>> feeds;
        for (qsizetype p = t->indexOf(u"list"); p >= 0; p = t->indexOf(u"list", p + 4)) {
            const qsizetype from =
                std::max<qsizetype>(feeds.isEmpty() ? 0 : feeds.last().second, p - 100);
            const auto m = feedsBlocklist.match(QStringView(*t).left(p + 4), from);
            if (m.hasMatch() && m.capturedEnd() == p + 4)
                feeds.append({m.capturedStart(), m.capturedEnd()});
        }
        for (auto it = feeds.crbegin(); it != feeds.crend(); ++it)
            t->replace(it->first, it->second - it->first, u"attack report"_s);
    }
    const auto& rules = compiledRules();
    // Most rules cannot match a given text; the prefilter tells which in one pass.
    const std::vector<bool> mayMatchSubject = rulePrefilter().mayMatch(subjectText);
    const std::vector<bool> mayMatchBody = rulePrefilter().mayMatch(bodyText);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const Rule& rule = kRules[size_t(i)];
        const int c = static_cast<int>(rule.category);
        // Both texts are normalized, hence valid UTF-16: PCRE need not check them
        // again for each of the rules.
        constexpr auto kValid = QRegularExpression::DontCheckSubjectStringMatchOption;
        const auto inSubject =
            mayMatchSubject[size_t(i)]
                ? rules[i].match(subjectText, 0, QRegularExpression::NormalMatch, kValid)
                : QRegularExpressionMatch();
        const auto inBody =
            mayMatchBody[size_t(i)]
                ? rules[i].match(bodyText, 0, QRegularExpression::NormalMatch, kValid)
                : QRegularExpressionMatch();
        const bool subjectCounts = inSubject.hasMatch() && subjectWeight > 0;
        // The subject is the reporter's summary: it weighs three times.
        if (subjectCounts) {
            score[size_t(c)] += subjectWeight * rule.weight;
            matched[size_t(c)].append(inSubject.captured(0));
        }
        if (inBody.hasMatch()) {
            score[size_t(c)] += rule.weight;
            if (!subjectCounts)
                matched[size_t(c)].append(inBody.captured(0));
        }
    }

    // Facts count as evidence too: an abused account or a quoted offending
    // mail means the notice is about mail that was sent.
    const auto spam = size_t(static_cast<int>(kSpam));
    if (facts.webmailAccountFound || facts.authenticatedSubmission)
        score[spam] += 4;
    if (facts.offendingMailFound)
        score[spam] += 3;
    if (facts.reportFormat == u"spamcop" || facts.reportFormat == u"arf")
        score[spam] += 6;

    size_t best = static_cast<size_t>(Category::Other);
    int bestScore = 0;
    for (size_t c = 0; c < score.size(); ++c) {
        if (score[c] > bestScore) {
            best = c;
            bestScore = score[c];
        }
    }
    const Category category = static_cast<Category>(best);
    result.category = category == kSpam ? spamCategory() : category;
    for (const QString& phrase : matched[best]) {
        result.evidence.append(
            categoryEvidence(Evidence::kCategoryScore,
                             {phrase, QString::number(bestScore), categoryId(result.category)}));
    }
    if (category == kSpam) {
        if (result.category == Category::SpamWebmail) {
            result.evidence.append(categoryEvidence(
                QT_TRANSLATE_NOOP("Evidence",
                                  "The mail was sent through an account at a mail provider"),
                {}));
        } else {
            result.evidence.append(categoryEvidence(
                QT_TRANSLATE_NOOP(
                    "Evidence",
                    "No mail provider account was involved: the exit delivered by SMTP"),
                {}));
        }
    }
    if (bestScore == 0) {
        result.evidence.append(categoryEvidence(
            QT_TRANSLATE_NOOP("Evidence", "No keyword of a known category was found"), {}));
    }
    return result;
}

} // namespace mixdesk
