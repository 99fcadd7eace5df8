#include "analysis/NoticeAnalyzer.h"

#include "analysis/AnalysisBudget.h"
#include "analysis/NoticeClassifier.h"
#include "analysis/ReceivedParser.h"
#include "analysis/TextAddressFinder.h"
#include "analysis/TextTimeFinder.h"
#include "analysis/offending/OffendingMessageFinder.h"
#include "analysis/offending/WebmailDetector.h"
#include "analysis/text/WordTable.h"
#include "mail/MailParser.h"
#include "mail/ParseProblem.h"
#include "profile/ExitMatcher.h"
#include "util/CaselessSearch.h"
#include "util/Logging.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <exception>
#include <optional>

using namespace Qt::StringLiterals;

namespace mixdesk {
namespace {

// The addresses written on one line of the text, and what they are: looked up once
// per line, not once per time on the line (a line of many addresses and times made
// that quadratic).
struct LineAddresses
{
    QStringList addresses;
    QStringList exits;                  // the exits among them, once each
    mutable std::optional<bool> target; // whether one is a target (asked once)
};

// A time found in the notice's text, with the addresses written on its line.
struct LinedTime
{
    TextTime time;
    qsizetype line = 0; // index into TextFacts::lines
    bool excluded = false;
    bool inOffendingBody = false; // needs an address of the incident on its line
};

struct TextFacts
{
    QStringList exitMentions;   // exits named as a source, in order of appearance
    QStringList ownAddresses;   // every address in the reporter's own text, in order
    QStringList keyedAddresses; // addresses right after "IP", "source", "from"...
    QList<LinedTime> times;
    QList<LineAddresses> lines;
};

// How far before an address the words that say what it is are looked for. A line's
// text before its address, not more: a line of 40 000 addresses searched its whole
// beginning again for each.
constexpr qsizetype kContextReach = 512;

// Where `text` names `hostname` as a whole name: not inside a longer one
// ("myexit1.example", "exit1.example.net").
bool namesHost(const QString& text, const QString& hostname)
{
    const auto partOfName = [](QChar c) { return c.isLetterOrNumber() || c == u'-' || c == u'_'; };
    for (qsizetype at = indexOfCaseless(text, hostname); at >= 0;
         at = indexOfCaseless(text, hostname, at + 1)) {
        const qsizetype end = at + hostname.size();
        const bool before = at > 0 && (partOfName(text[at - 1]) || text[at - 1] == u'.');
        const bool after = end < text.size() &&
                           (partOfName(text[end]) || (text[end] == u'.' && end + 1 < text.size() &&
                                                      partOfName(text[end + 1])));
        if (!before && !after)
            return true;
    }
    return false;
}

Evidence makeEvidence(const QString& field, const char* text, QStringList args, int hop = -1)
{
    return Evidence{field, QString::fromLatin1(text), std::move(args), hop};
}

QList<qsizetype> lineStarts(const QString& text)
{
    QList<qsizetype> starts{0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n')
            starts.append(i + 1);
    }
    return starts;
}

int lineOf(const QList<qsizetype>& starts, qsizetype pos)
{
    const auto it = std::upper_bound(starts.begin(), starts.end(), pos);
    return int(it - starts.begin()) - 1;
}

QString lineText(const QString& text, const QList<qsizetype>& starts, int line)
{
    const qsizetype start = starts[line];
    const qsizetype end = line + 1 < starts.size() ? starts[line + 1] - 1 : text.size();
    return text.mid(start, end - start);
}

// Lines whose times are not times of the offending activity.
bool excludedTimeLine(const QString& line)
{
    static const QRegularExpression re(
        QStringLiteral(
            "listed|listing|gelistet|expir|deadline|frist|bis zum|bis sp\\x{00E4}testens|"
            "until|zeitraum|period|retention|aufbewahr|speicher|hearing|vorladung|"
            "termin|erscheinen|wrote|schrieb|gesendet|notice date|reply|antwort|"
            "r\\x{00FC}ckmeldung|respond|removal|delist|"
            "^\\s*(?:sent|date|datum|received|gesendet|von|from)\\s*:"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(line).hasMatch();
}

// An address named as the victim/destination rather than the source.
bool victimContext(const QString& prefix)
{
    static const QRegularExpression victim(
        QStringLiteral("\\b(?:destination|dst|dest|target|victim|ziel\\w*|against|gegen|"
                       "attacked|angegriffen)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression source(
        QStringLiteral("\\b(?:from|von|source|src|quelle|by|durch)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    qsizetype v = -1;
    qsizetype s = -1;
    auto it = victim.globalMatch(prefix);
    while (it.hasNext())
        v = it.next().capturedStart();
    auto is = source.globalMatch(prefix);
    while (is.hasNext())
        s = is.next().capturedStart();
    return v >= 0 && v > s;
}

bool keyedContext(const QString& prefix)
{
    static const QRegularExpression re(
        QStringLiteral("(?:\\bIP\\b|address|adresse|source|quelle|\\bfrom\\b|\\bvon\\b|"
                       "anschluss)[^\\n]{0,25}$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(prefix).hasMatch();
}

bool isAsciiWordChar(QChar c)
{
    // What \w matches without Unicode properties: ASCII letters, digits, '_'.
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'_';
}

// Counts words of the German and the English list (case-sensitive, whole
// \w-runs: what \b(?:und|der|...)\b would match), each up to 500. Scanned by
// hand: two regular expressions over the whole text cost more than the rest
// of the language guess together.
bool looksGerman(const QString& text)
{
    enum
    {
        German,
        English
    };
    static const WordTable words = [] {
        QList<WordTable::Entry> entries;
        for (const char16_t* w :
             {u"und", u"der",   u"die",   u"das",   u"nicht", u"wir",  u"Sie",  u"ist",
              u"mit", u"bitte", u"wurde", u"unser", u"Ihr",   u"Ihre", u"Ihrn", u"Ihren",
              u"auf", u"den",   u"dem",   u"ein",   u"eine",  u"einn", u"einen"})
            entries.append({QString::fromUtf16(w), German});
        for (const char16_t* w : {u"the", u"and", u"of", u"to", u"is", u"we", u"you", u"from",
                                  u"please", u"this", u"that", u"our", u"your", u"was", u"with"})
            entries.append({QString::fromUtf16(w), English});
        return WordTable(entries);
    }();
    int d = 0;
    int e = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size && (d < 500 || e < 500);) {
        if (!isAsciiWordChar(text[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < size && isAsciiWordChar(text[i]))
            ++i;
        const QStringView word = QStringView(text).sliced(start, i - start);
        if (word.size() > 6) // longer than every listed word
            continue;
        const int tag = words.tagOf(word);
        if (tag == German && d < 500)
            ++d;
        else if (tag == English && e < 500)
            ++e;
    }
    return d > e;
}

QDateTime parseMailDate(const QString& value)
{
    if (value.trimmed().isEmpty())
        return {};
    QDateTime dt = ReceivedParser::parseDate(value);
    if (dt.isValid())
        return dt.toUTC();
    dt = QDateTime::fromString(value.trimmed(), Qt::RFC2822Date);
    if (dt.isValid())
        return dt.toUTC();
    for (const TextTime& t : TextTimeFinder::find(value, {})) {
        if (t.zoneExplicit)
            return t.utc;
    }
    return {};
}

// The zone of an RFC 5322 date ("... +0100", "... EST"); nullopt when it has none.
std::optional<QTimeZone> zoneOfDate(const QString& value)
{
    static const QRegularExpression re(
        QStringLiteral("\\d{1,2}:\\d{2}(?::\\d{2})?\\s+([+-]\\d{4}|[A-Z]{1,5})\\b"));
    const auto m = re.match(value);
    if (!m.hasMatch() || m.captured(1) == u"-0000")
        return std::nullopt;
    return TextTimeFinder::zoneFromName(m.captured(1));
}

// An account the provider names in its own words ("das Postfach x@provider.example
// wurde ... genutzt"): an address at the mail server's domain after an account word.
QString statedAccount(const QString& text, const QString& mailServer)
{
    const QStringList labels = mailServer.toLower().split(u'.', Qt::SkipEmptyParts);
    if (labels.size() < 2)
        return {};
    const QString domain = labels[labels.size() - 2] + u'.' + labels.last();
    static const QRegularExpression re(
        QStringLiteral("\\b(?:account|konto|postfach|mailbox|login|benutzer\\w*|user(?:name)?)\\b"
                       "[^@]{0,40}?([A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\\.[A-Za-z]{2,}))"),
        QRegularExpression::CaseInsensitiveOption);
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString host = m.captured(2).toLower();
        if (host == domain || host.endsWith(u'.' + domain))
            return m.captured(1);
    }
    return {};
}

// Offending activity of one exit: when it was first seen.
struct ExitActivity
{
    QString exit;
    QDateTime first;
    int order = 0;
};

void noteActivity(QList<ExitActivity>& list, const QString& exit, const QDateTime& when)
{
    for (ExitActivity& a : list) {
        if (a.exit == exit) {
            if (when.isValid() && (!a.first.isValid() || when < a.first))
                a.first = when;
            return;
        }
    }
    list.append({exit, when, int(list.size())});
}

QDateTime dateFromHop(const FoundMessage& m, int fromIndex)
{
    const QList<ReceivedHop>& hops = m.message.hops;
    for (int i = std::max(0, fromIndex); i < hops.size(); ++i) {
        if (hops[i].dateUtc.isValid())
            return hops[i].dateUtc;
    }
    return {};
}

} // namespace

NoticeAnalyzer::NoticeAnalyzer(OperatorProfile profile)
    : m_profile(std::move(profile)), m_exits(m_profile)
{}

Analysis NoticeAnalyzer::analyze(const QByteArray& raw) const
{
    ParsedMail mail;
    try {
        mail = MailParser::parse(raw);
    } catch (const std::exception& e) {
        Analysis analysis;
        analysis.problems.append(ParseProblem::text(ParseProblem::kAnalysisFailedBecause,
                                                    {QString::fromLocal8Bit(e.what())}));
        return analysis;
    } catch (...) {
        Analysis analysis;
        analysis.problems.append(ParseProblem::text(ParseProblem::kAnalysisFailed));
        return analysis;
    }
    return analyze(mail, raw);
}

Analysis NoticeAnalyzer::analyze(const ParsedMail& mail, const QByteArray& raw) const
{
    Q_UNUSED(raw); // part of the contract (mail is parsed from raw); not needed today
    Analysis analysis;
    try {
        if (AnalysisBudget::textChars(mail) > AnalysisBudget::kTextChars) {
            ParsedMail cut = mail;
            const qsizetype kept = AnalysisBudget::cut(cut, AnalysisBudget::kTextChars);
            analyzeInto(cut, analysis);
            analysis.problems.append(
                ParseProblem::text(ParseProblem::kTextTooLarge, {QString::number(kept / 1024)}));
            return analysis;
        }
        analyzeInto(mail, analysis);
    } catch (const std::exception& e) {
        analysis.problems.append(ParseProblem::text(ParseProblem::kAnalysisFailedBecause,
                                                    {QString::fromLocal8Bit(e.what())}));
    } catch (...) {
        analysis.problems.append(ParseProblem::text(ParseProblem::kAnalysisFailed));
    }
    return analysis;
}

void NoticeAnalyzer::analyzeInto(const ParsedMail& mail, Analysis& analysis) const
{
    analysis.problems = mail.problems;

    const ExitMatcher& matcher = m_exits;
    const OffendingMessageFinder finder({m_profile.email, m_profile.organisation, m_profile.name});
    FinderResult found = finder.find(mail);
    // A hop's client is an exit by its address; by its name only when the hop gives
    // no address (a name alone can be forged in HELO, an address cannot).
    const auto exitOfHop = [&matcher](const ReceivedHop& hop) {
        if (!hop.fromIp.isEmpty())
            return matcher.match(hop.fromIp);
        return matcher.matchHostname(hop.fromHost);
    };

    // 1. Which offending chains run through an exit.
    static const char* const kOriginating[] = {"X-Originating-IP", "X-Sender-IP", "X-Client-IP",
                                               "X-Originating-Client-IP"};
    QList<QStringList> originatingExits;
    for (FoundMessage& m : found.messages) {
        for (int i = 0; i < m.message.hops.size(); ++i) {
            if (exitOfHop(m.message.hops[i])) {
                m.message.exitHopIndex = i;
                break;
            }
        }
        QStringList originating;
        for (const char* name : kOriginating) {
            for (const QString& v : m.values(QString::fromLatin1(name))) {
                QString ip = v.trimmed();
                ip.remove(u'[').remove(u']');
                if (const auto exit = matcher.match(ip); exit && !originating.contains(*exit))
                    originating.append(*exit);
            }
        }
        originatingExits.append(originating);
    }

    // 2. Text: addresses and times written by the reporter (and forwarded complaints).
    const QString subject = mail.header(u"Subject");
    const QDateTime noticeDate = parseMailDate(mail.header(u"Date"));
    QStringList ownParts;
    QStringList allParts;
    for (const TextSection& s : found.texts) {
        allParts.append(s.text);
        if (s.ownText)
            ownParts.append(s.text);
    }
    const QString ownText = ownParts.join(u'\n');
    const QString allText = allParts.join(u'\n');
    // Asked only when neither the text nor the Date: header tells the zone, or the
    // classifier no language: counting words through every notice was a few percent.
    std::optional<bool> germanCache;
    const auto german = [&] {
        if (!germanCache)
            germanCache = looksGerman(ownText.isEmpty() ? allText : ownText);
        return *germanCache;
    };
    TextTimeFinder::Context timeContext;
    if (const auto stated = TextTimeFinder::statedZone(allText))
        timeContext.defaultZone = *stated;
    else if (const auto sender = zoneOfDate(mail.header(u"Date")))
        timeContext.defaultZone = *sender; // the reporter's clock, as its Date: header shows
    else if (german())
        timeContext.defaultZone = QTimeZone("Europe/Berlin");
    timeContext.defaultYear = noticeDate.isValid() ? noticeDate.date().year() : 0;
    timeContext.reference = noticeDate;

    TextFacts text;
    auto scanSection = [&](const QString& sectionText, bool own, const TextSection* section) {
        const QList<qsizetype> starts = lineStarts(sectionText);
        const QList<AddressMention> mentions = TextAddressFinder::find(sectionText);
        QHash<int, QStringList> addressesByLine;
        for (const AddressMention& m : mentions) {
            const int line = lineOf(starts, m.start);
            addressesByLine[line].append(m.address);
            const qsizetype from = std::max(starts[line], m.start - kContextReach);
            const QString prefix = sectionText.mid(from, m.start - from);
            if (const auto exit = matcher.match(m.address)) {
                if (!victimContext(prefix) && !text.exitMentions.contains(*exit))
                    text.exitMentions.append(*exit);
            }
            if (own || sectionText == subject) {
                text.ownAddresses.append(m.address);
                if (keyedContext(prefix))
                    text.keyedAddresses.append(m.address);
            }
        }
        struct LineSeen
        {
            qsizetype index;
            bool excluded;
        };
        QHash<int, LineSeen> seen;
        for (const TextTime& t : TextTimeFinder::find(sectionText, timeContext)) {
            const int line = lineOf(starts, t.start);
            auto known = seen.find(line);
            if (known == seen.end()) {
                LineAddresses la;
                la.addresses = addressesByLine.value(line);
                for (const QString& a : std::as_const(la.addresses)) {
                    if (const auto exit = matcher.match(a); exit && !la.exits.contains(*exit))
                        la.exits.append(*exit);
                }
                text.lines.append(la);
                known = seen.insert(line, {text.lines.size() - 1,
                                           excludedTimeLine(lineText(sectionText, starts, line))});
            }
            LinedTime lt;
            lt.time = t;
            lt.line = known->index;
            lt.excluded = known->excluded;
            lt.inOffendingBody = section && section->inBody(line);
            text.times.append(lt);
        }
    };
    scanSection(subject, true, nullptr);
    for (const TextSection& s : found.texts)
        scanSection(s.text, s.ownText, &s);

    // 3. Reports (ARF/X-ARF) name the source directly.
    QList<ExitActivity> activity;
    auto timeForExitInText = [&](const QString& exit) {
        QDateTime best;
        for (const LinedTime& lt : text.times) {
            if (lt.excluded)
                continue;
            if (text.lines[lt.line].exits.contains(exit) && (!best.isValid() || lt.time.utc < best))
                best = lt.time.utc;
        }
        return best;
    };

    for (int i = 0; i < found.messages.size(); ++i) {
        const FoundMessage& m = found.messages[i];
        if (m.message.exitHopIndex >= 0) {
            const ReceivedHop& hop = m.message.hops[m.message.exitHopIndex];
            const QString exit = *exitOfHop(hop);
            QDateTime when = dateFromHop(m, m.message.exitHopIndex);
            if (!when.isValid())
                when = parseMailDate(m.header(u"Date"));
            noteActivity(activity, exit, when);
            const bool byName = hop.fromIp.isEmpty();
            QStringList args{exit, QString::number(m.message.exitHopIndex + 1)};
            if (byName)
                args.append(hop.fromHost);
            analysis.evidence.append(makeEvidence(
                QStringLiteral("exit_ip"),
                byName ? QT_TRANSLATE_NOOP("Evidence",
                                           "The exit %1 is the client of hop %2 of an offending "
                                           "message, named by its host name %3")
                       : QT_TRANSLATE_NOOP(
                             "Evidence",
                             "The exit %1 is the client of hop %2 of an offending message"),
                args, m.message.exitHopIndex));
        }
        for (const QString& exit : originatingExits[i]) {
            noteActivity(activity, exit, m.firstHopDate());
            analysis.evidence.append(makeEvidence(
                QStringLiteral("exit_ip"),
                QT_TRANSLATE_NOOP("Evidence", "An X-Originating-IP header names the exit %1"),
                {exit}));
        }
    }
    for (const ReportFacts& r : found.reports) {
        if (const auto exit = matcher.match(r.sourceIp)) {
            noteActivity(activity, *exit, r.date);
            analysis.evidence.append(makeEvidence(
                QStringLiteral("exit_ip"),
                QT_TRANSLATE_NOOP("Evidence", "The %1 report names the exit %2 as its source"),
                {r.format, *exit}));
        }
    }
    for (const QString& exit : text.exitMentions) {
        noteActivity(activity, exit, QDateTime());
        analysis.evidence.append(
            makeEvidence(QStringLiteral("exit_ip"),
                         QT_TRANSLATE_NOOP("Evidence", "The notice names the exit %1"), {exit}));
    }
    // A host name alone counts when nothing else names an exit: next to an address
    // it adds nothing, and signatures or quoted replies may name any exit. So the texts
    // are searched for names only then.
    if (activity.isEmpty()) {
        for (const ExitMatcher::NamedExit& named : matcher.namedExits()) {
            const bool mentioned = namesHost(subject, named.hostname) ||
                                   std::any_of(found.texts.cbegin(), found.texts.cend(),
                                               [&named](const TextSection& s) {
                                                   return namesHost(s.text, named.hostname);
                                               });
            if (!mentioned)
                continue;
            noteActivity(activity, named.address, QDateTime());
            analysis.evidence.append(makeEvidence(
                QStringLiteral("exit_ip"),
                QT_TRANSLATE_NOOP("Evidence", "The notice names the exit %1 by its host name %2"),
                {named.address, named.hostname}));
        }
    }
    for (ExitActivity& a : activity) {
        const QDateTime t = timeForExitInText(a.exit);
        if (t.isValid() && (!a.first.isValid() || t < a.first))
            a.first = t;
    }
    std::stable_sort(activity.begin(), activity.end(),
                     [](const ExitActivity& x, const ExitActivity& y) {
                         if (x.first.isValid() != y.first.isValid())
                             return x.first.isValid();
                         if (x.first.isValid() && x.first != y.first)
                             return x.first < y.first;
                         return x.order < y.order;
                     });
    for (const ExitActivity& a : activity)
        analysis.exitIps.append(a.exit);
    if (!analysis.exitIps.isEmpty())
        analysis.exitIp = analysis.exitIps.first();

    // 4. The reported address, also when it is not an exit.
    QString reported = analysis.exitIp;
    QString reportedSource;
    if (reported.isEmpty()) {
        for (const ReportFacts& r : found.reports) {
            if (!r.sourceIp.isEmpty()) {
                reported = r.sourceIp;
                break;
            }
        }
    }
    if (reported.isEmpty()) {
        const QList<AddressMention> inSubject = TextAddressFinder::find(subject);
        if (!inSubject.isEmpty())
            reported = inSubject.first().address;
    }
    if (reported.isEmpty()) {
        // The client of the oldest hop of the earliest offending message.
        QDateTime best;
        for (const FoundMessage& m : found.messages) {
            for (const ReceivedHop& h : m.message.hops) {
                if (h.fromIp.isEmpty())
                    continue;
                const QDateTime d = m.firstHopDate();
                if (reported.isEmpty() || (d.isValid() && (!best.isValid() || d < best))) {
                    reported = h.fromIp;
                    best = d;
                }
                break;
            }
        }
    }
    if (reported.isEmpty() && !text.keyedAddresses.isEmpty())
        reported = text.keyedAddresses.first();
    if (reported.isEmpty() && !text.ownAddresses.isEmpty())
        reported = text.ownAddresses.first();
    analysis.reportedIp = reported;
    QStringList targets = analysis.exitIps;
    if (targets.isEmpty() && !reported.isEmpty())
        targets.append(reported);
    auto isTarget = [&](const QString& ip) {
        if (ip.isEmpty())
            return false;
        if (const auto exit = matcher.match(ip))
            return targets.contains(*exit);
        return targets.contains(ExitMatcher::normalize(ip));
    };

    // 5. Offending messages: those from a target first, each group earliest first.
    QList<int> clientHop;
    for (FoundMessage& m : found.messages) {
        int c = m.message.exitHopIndex;
        if (c < 0) {
            for (int i = 0; i < m.message.hops.size(); ++i) {
                if (isTarget(m.message.hops[i].fromIp)) {
                    c = i;
                    break;
                }
            }
        }
        clientHop.append(c);
    }
    QList<int> order(found.messages.size());
    std::iota(order.begin(), order.end(), 0);
    auto relevant = [&](int i) { return clientHop[i] >= 0 || !originatingExits[i].isEmpty(); };
    auto sortDate = [&](int i) {
        const QDateTime d = found.messages[i].firstHopDate();
        return d.isValid() ? d : parseMailDate(found.messages[i].header(u"Date"));
    };
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        if (relevant(x) != relevant(y))
            return relevant(x);
        const QDateTime dx = sortDate(x);
        const QDateTime dy = sortDate(y);
        if (dx.isValid() != dy.isValid())
            return dx.isValid();
        return dx.isValid() && dx < dy;
    });
    for (int i : order)
        analysis.offendingMessages.append(found.messages[i].message);
    if (!order.isEmpty()) {
        const OffendingMessage& first = analysis.offendingMessages.first();
        analysis.evidence.append(makeEvidence(
            QStringLiteral("received_hops"),
            QT_TRANSLATE_NOOP("Evidence",
                              "Received chain of the earliest of %1 offending message(s), found "
                              "as %2, with %3 hop(s)"),
            {QString::number(order.size()), first.whereFound, QString::number(first.hops.size())}));
    }

    // 6. Web mail / account of the earliest offending message.
    WebmailFinding webmail;
    if (!order.isEmpty()) {
        const int first = order.first();
        webmail = WebmailDetector::detect(found.messages[first], clientHop[first],
                                          !originatingExits[first].isEmpty());
        if (webmail.accountFromFrom) {
            const QString stated = statedAccount(ownText, webmail.mailServer);
            if (!stated.isEmpty() && stated != webmail.account) {
                webmail.account = stated;
                analysis.evidence.append(
                    makeEvidence(QStringLiteral("webmail_account"),
                                 QT_TRANSLATE_NOOP(
                                     "Evidence", "The provider names the account %1 in the notice"),
                                 {stated}));
            }
        }
        analysis.webmailSoftware = webmail.software;
        analysis.webmailAccount = webmail.account;
        analysis.mailServer = webmail.mailServer;
        analysis.offendingMessages.first().webmailHopIndex = webmail.hopIndex;
        analysis.evidence.append(webmail.evidence);
    }

    // 7. Incident time: the earliest explicit time of offending activity.
    QDateTime incident;
    QString incidentSource;
    auto consider = [&](const QDateTime& t, const QString& source) {
        if (t.isValid() && (!incident.isValid() || t < incident)) {
            incident = t;
            incidentSource = source;
        }
    };
    for (int i : order) {
        if (!relevant(i))
            continue;
        consider(dateFromHop(found.messages[i], std::max(0, clientHop[i])),
                 QStringLiteral("Received"));
    }
    for (const ReportFacts& r : found.reports) {
        if (r.sourceIp.isEmpty() || isTarget(r.sourceIp))
            consider(r.date, r.format);
    }
    auto textTimeUsable = [&](const LinedTime& lt) {
        if (lt.excluded)
            return false;
        const LineAddresses& line = text.lines[lt.line];
        if (line.addresses.isEmpty())
            return !lt.inOffendingBody;
        if (!line.target)
            line.target = std::any_of(line.addresses.begin(), line.addresses.end(), isTarget);
        return *line.target;
    };
    for (const LinedTime& lt : text.times) {
        if (lt.time.precise && textTimeUsable(lt))
            consider(lt.time.utc, lt.time.matched);
    }
    if (!incident.isValid()) {
        for (const LinedTime& lt : text.times) {
            if (!lt.time.precise && textTimeUsable(lt))
                consider(lt.time.utc, lt.time.matched);
        }
    }
    if (!incident.isValid() && !order.isEmpty()) {
        consider(dateFromHop(found.messages[order.first()], 0), QStringLiteral("Received"));
        if (!incident.isValid())
            consider(parseMailDate(found.messages[order.first()].header(u"Date")),
                     QStringLiteral("Date"));
    }
    analysis.incidentTimeUtc = incident;
    if (incident.isValid())
        analysis.evidence.append(makeEvidence(
            QStringLiteral("incident_time_utc"),
            QT_TRANSLATE_NOOP("Evidence", "Earliest time of offending activity: %1 (from %2)"),
            {utcIso(incident), incidentSource}));

    // 8. Category, language, reporter, reference.
    ClassificationFacts facts;
    facts.exitInvolved = !analysis.exitIps.isEmpty();
    facts.reportedIpFound = !analysis.reportedIp.isEmpty();
    facts.offendingMailFound = !found.messages.isEmpty();
    facts.webmailAccountFound = !analysis.webmailAccount.isEmpty();
    facts.authenticatedSubmission = webmail.web || webmail.authenticatedSubmission;
    if (!found.reports.isEmpty()) {
        facts.reportFormat = found.reports.first().format;
        facts.reportType = found.reports.first().reportType;
    }
    const Classification c = NoticeClassifier::classify(mail, ownText, facts);
    analysis.category = c.category;
    analysis.language = c.language.isEmpty()
                            ? (german() ? QStringLiteral("de") : QStringLiteral("en"))
                            : c.language;
    analysis.reporter = c.reporter;
    analysis.caseReference = c.caseReference;
    analysis.evidence.append(c.evidence);
    if (!facts.exitInvolved && facts.reportedIpFound &&
        analysis.category != Category::Misdirected) {
        // README: a notice about an address that is not an exit is misdirected, whatever it says.
        analysis.category = Category::Misdirected;
        analysis.evidence.append(makeEvidence(
            QStringLiteral("category"),
            QT_TRANSLATE_NOOP("Evidence", "The reported address %1 is not one of the exits"),
            {analysis.reportedIp}));
    }
    if (analysis.category == Category::Misdirected) {
        analysis.exitIp.clear();
        analysis.exitIps.clear();
    }
}

} // namespace mixdesk
