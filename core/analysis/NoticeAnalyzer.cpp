#include "analysis/NoticeAnalyzer.h"

#include "analysis/AddressRoles.h"
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

// How far before an address or a time the words that say what it is are read (issue 19:
// reading a long line's whole beginning for each address or time was quadratic).
constexpr qsizetype kContextReach = 512;

// How far before the notice's Date: an incident may lie, and after it (clock skew).
constexpr int kPlausibleDaysBefore = 730;
constexpr int kPlausibleDaysAfter = 1;

// A time found in the notice's text, with the addresses written on its line.
struct LinedTime
{
    TextTime time;
    QStringList lineAddresses;
    bool excluded = false;
    bool inOffendingBody = false;    // needs an address of the incident on its line
    bool otherAddressesOnly = false; // its line names addresses, none as a source
};

// An exit named in the text, with the role the text gives it.
struct ExitMention
{
    QString exit;
    AddressRole role = AddressRole::Unknown;
    QString structure; // "field DST", "column \"Source IP\"", "\"not from\""
    int line = 0;
    bool byName = false; // named by its host name
    QString hostname;
};

struct TextFacts
{
    QStringList exitMentions;          // exits named as a source, in order of appearance
    QList<ExitMention> exitSources;    // the same, with where each was found (first mention)
    QList<ExitMention> exitsOtherwise; // exits named only as victim, not-source, own...
    QList<ExitMention> namedSources;   // exits named by host name as a source
    QSet<QString> deniedExits;         // exits the reporter's own words say are not the source
    QSet<QString> ownSourceExits;      // exits the reporter's own words name as a source
    QStringList ownAddresses;          // addresses of the reporter's own text that may be the
                                       // reported one (not victims, not its own servers), in order
    QStringList keyedAddresses;        // addresses named as the source ("from", SRC=, "IP:"...)
    QList<LinedTime> times;
};

// Where `text` names an exit by its host name (any case, with or without a final dot),
// as address mentions of that exit's address.
QList<AddressMention> hostMentions(const QString& text, const QList<ExitMatcher::NamedExit>& named,
                                   const QStringList& tails)
{
    QList<AddressMention> found;
    // The names' common domains first: one search instead of one per exit.
    if (std::none_of(tails.cbegin(), tails.cend(),
                     [&text](const QString& t) { return containsCaseless(text, t); }))
        return found;
    const auto partOfName = [](QChar c) { return c.isLetterOrNumber() || c == u'-' || c == u'_'; };
    for (const ExitMatcher::NamedExit& n : named) {
        for (qsizetype at = indexOfCaseless(text, n.hostname); at >= 0;
             at = indexOfCaseless(text, n.hostname, at + 1)) {
            const qsizetype end = at + n.hostname.size();
            const bool before = at > 0 && (partOfName(text[at - 1]) || text[at - 1] == u'.');
            const bool after =
                end < text.size() &&
                (partOfName(text[end]) ||
                 (text[end] == u'.' && end + 1 < text.size() && partOfName(text[end + 1])));
            if (!before && !after)
                found.append({n.address, at, end});
        }
    }
    return found;
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

// Sentences whose times are not times of the offending activity.
bool excludedTimeSentence(QStringView sentence)
{
    static const QRegularExpression re(
        QStringLiteral(
            "listed|listing|gelistet|expir|deadline|frist|bis zum|bis sp\\x{00E4}testens|"
            "until|zeitraum|period|retention|aufbewahr|speicher|hearing|vorladung|"
            "termin|erscheinen|wrote|schrieb|gesendet|notice date|reply|antwort|"
            "r\\x{00FC}ckmeldung|respond|removal|delist"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(sentence).hasMatch();
}

// Lines that begin as the header of a quoted message ("Date: ...", "Von: ...") or as a
// record's date (a whois block's "last-modified:"): when a mail was sent or a record
// written, not when anything happened.
bool excludedTimeLineStart(QStringView lineUpToTime)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:sent|date|datum|received|gesendet|von|from|last-modified|"
                       "changed|created|registered|updated|stand)\\s*:"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(lineUpToTime).hasMatch();
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
    QList<int> ownQuotedLines; // numbers in ownText.split('\n')
    int ownLineCount = 0;
    QStringList allParts;
    for (const TextSection& s : found.texts) {
        allParts.append(s.text);
        if (!s.ownText)
            continue;
        ownParts.append(s.text);
        const int lines = int(s.text.count(u'\n')) + 1; // the parts are joined with '\n'
        for (int line : s.quotedLines) { // ascending
            if (line < lines)
                ownQuotedLines.append(ownLineCount + line);
        }
        ownLineCount += lines;
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

    QStringList hostTails; // the last two labels of the exits' host names
    for (const ExitMatcher::NamedExit& n : matcher.namedExits()) {
        const QString tail = n.hostname.section(u'.', -2);
        if (!hostTails.contains(tail))
            hostTails.append(tail);
    }
    TextFacts text;
    const auto noteExit = [](QList<ExitMention>& list, const ExitMention& m) {
        if (std::none_of(list.cbegin(), list.cend(),
                         [&m](const ExitMention& x) { return x.exit == m.exit; }))
            list.append(m);
    };
    auto scanSection = [&](const QString& sectionText, bool own, const TextSection* section) {
        const QList<qsizetype> starts = lineStarts(sectionText);
        QList<AddressMention> mentions = TextAddressFinder::find(sectionText);
        // Exits named by their host name take part like addresses: "EXIT2.EXAMPLE. scanned".
        const QList<AddressMention> named =
            hostMentions(sectionText, matcher.namedExits(), hostTails);
        QSet<qsizetype> namedStarts;
        for (const AddressMention& n : named)
            namedStarts.insert(n.start);
        if (!named.isEmpty()) {
            mentions.append(named);
            std::sort(
                mentions.begin(), mentions.end(),
                [](const AddressMention& a, const AddressMention& b) { return a.start < b.start; });
        }
        const QList<RoledAddress> roled = AddressRoleFinder::find(sectionText, mentions, &starts);
        QHash<int, QStringList> addressesByLine; // addresses the text puts activity on
        QSet<int> linesWithAddresses;
        for (const RoledAddress& r : roled) {
            const AddressMention& m = r.mention;
            const bool byName = namedStarts.contains(m.start);
            const bool offending = isOffendingRole(r.role);
            linesWithAddresses.insert(r.line);
            if (offending)
                addressesByLine[r.line].append(m.address);
            if (const auto exit = matcher.match(m.address)) {
                ExitMention em;
                em.exit = *exit;
                em.role = r.role;
                em.structure = r.structure;
                em.line = r.line;
                em.byName = byName;
                if (byName)
                    em.hostname = sectionText.mid(m.start, m.end - m.start);
                // The reporter's words now: own text outside the quotes of an earlier mail.
                const bool ownWords = own && !(section && section->isQuoted(r.line));
                if (ownWords && r.role == AddressRole::NotSource)
                    text.deniedExits.insert(*exit);
                if (ownWords && offending)
                    text.ownSourceExits.insert(*exit);
                if (!offending) {
                    noteExit(text.exitsOtherwise, em);
                } else if (byName) {
                    noteExit(text.namedSources, em);
                } else {
                    if (!text.exitMentions.contains(*exit))
                        text.exitMentions.append(*exit);
                    noteExit(text.exitSources, em);
                }
            }
            if (byName || !(own || sectionText == subject))
                continue;
            if (offending)
                text.ownAddresses.append(m.address);
            // The words right before the address, not the line's whole beginning: a line of
            // 40 000 addresses copied and searched it again for each (issue 19).
            const qsizetype from = std::max(starts[r.line], m.start - kContextReach);
            const QString prefix = sectionText.mid(from, m.start - from);
            if (r.role == AddressRole::Source || r.role == AddressRole::Suspect ||
                (r.role == AddressRole::Unknown && keyedContext(prefix)))
                text.keyedAddresses.append(m.address);
        }
        for (const TextTime& t : TextTimeFinder::find(sectionText, timeContext)) {
            const int line = lineOf(starts, t.start);
            LinedTime lt;
            lt.time = t;
            lt.lineAddresses = addressesByLine.value(line);
            // In prose the time and the address may stand on different lines of one sentence.
            const auto [sStart, sEnd] = AddressRoleFinder::sentenceAround(sectionText, t.start);
            auto it = std::lower_bound(
                roled.cbegin(), roled.cend(), sStart,
                [](const RoledAddress& r, qsizetype pos) { return r.mention.start < pos; });
            for (; it != roled.cend() && it->mention.start < sEnd; ++it) {
                if (it->line == line)
                    continue;
                if (isOffendingRole(it->role)) {
                    if (!lt.lineAddresses.contains(it->mention.address))
                        lt.lineAddresses.append(it->mention.address);
                }
            }
            lt.otherAddressesOnly = lt.lineAddresses.isEmpty() && linesWithAddresses.contains(line);
            lt.excluded =
                excludedTimeLineStart(
                    QStringView(sectionText)
                        .sliced(starts[line], std::min(t.start - starts[line], kContextReach))) ||
                excludedTimeSentence(QStringView(sectionText).sliced(sStart, sEnd - sStart));
            lt.inOffendingBody = section && section->inBody(line);
            text.times.append(lt);
        }
    };
    scanSection(subject, true, nullptr);
    for (const TextSection& s : found.texts)
        scanSection(s.text, s.ownText, &s);
    // A correction ("it did NOT come from X", "es geht nicht um X") above a quoted report
    // that names X as the source: the reporter's own words win over the quote.
    for (const QString& exit : std::as_const(text.deniedExits)) {
        if (text.ownSourceExits.contains(exit))
            continue;
        const auto denied = [&exit](const ExitMention& m) { return m.exit == exit; };
        for (QList<ExitMention>* list : {&text.exitSources, &text.namedSources}) {
            for (const ExitMention& m : std::as_const(*list)) {
                if (denied(m)) {
                    ExitMention quoted = m;
                    quoted.role = AddressRole::NotSource;
                    noteExit(text.exitsOtherwise, quoted);
                }
            }
            list->removeIf(denied);
        }
        text.exitMentions.removeAll(exit);
    }

    // A time after the notice arrived, or years before it, is a software banner, a
    // signature or a wrong clock: never the incident.
    const auto plausible = [&noticeDate](const QDateTime& t) {
        return !noticeDate.isValid() || (t >= noticeDate.addDays(-kPlausibleDaysBefore) &&
                                         t <= noticeDate.addDays(kPlausibleDaysAfter));
    };

    // 3. Reports (ARF/X-ARF) name the source directly.
    QList<ExitActivity> activity;
    auto timeForExitInText = [&](const QString& exit) {
        QDateTime best;
        for (const LinedTime& lt : text.times) {
            if (lt.excluded)
                continue;
            if (!plausible(lt.time.utc))
                continue;
            for (const QString& a : lt.lineAddresses) {
                if (matcher.match(a) == exit && (!best.isValid() || lt.time.utc < best))
                    best = lt.time.utc;
            }
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
            analysis.evidence.append(makeEvidence(QStringLiteral("exit_ip"),
                                                  Evidence::kReportNamesExit, {r.format, *exit}));
        }
    }
    for (const ExitMention& m : text.exitSources) {
        noteActivity(activity, m.exit, QDateTime());
        if (m.structure.isEmpty())
            analysis.evidence.append(makeEvidence(
                QStringLiteral("exit_ip"),
                QT_TRANSLATE_NOOP("Evidence", "The notice names the exit %1 (line %2)"),
                {m.exit, QString::number(m.line + 1)}));
        else
            analysis.evidence.append(
                makeEvidence(QStringLiteral("exit_ip"), Evidence::kExitWithRole,
                             {m.exit, QString::fromLatin1(addressRoleId(m.role)),
                              QString::number(m.line + 1), m.structure}));
    }
    // A host name alone counts when nothing else names an exit: next to an address
    // it adds nothing, and signatures or quoted replies may name any exit.
    if (activity.isEmpty()) {
        for (const ExitMention& m : text.namedSources) {
            noteActivity(activity, m.exit, QDateTime());
            analysis.evidence.append(makeEvidence(
                QStringLiteral("exit_ip"),
                QT_TRANSLATE_NOOP("Evidence",
                                  "The notice names the exit %1 by its host name %2 (line %3)"),
                {m.exit, m.hostname, QString::number(m.line + 1)}));
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
        const QList<RoledAddress> inSubject =
            AddressRoleFinder::find(subject, TextAddressFinder::find(subject));
        for (const RoledAddress& r : inSubject) {
            if (isOffendingRole(r.role)) {
                reported = r.mention.address;
                break;
            }
        }
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
        if (t.isValid() && plausible(t) && (!incident.isValid() || t < incident)) {
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
        if (lt.lineAddresses.isEmpty())
            return !lt.inOffendingBody && !lt.otherAddressesOnly;
        return std::any_of(lt.lineAddresses.begin(), lt.lineAddresses.end(), isTarget);
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
        analysis.evidence.append(makeEvidence(QStringLiteral("incident_time_utc"),
                                              Evidence::kIncidentFrom,
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
    facts.ownTextQuotedLines = ownQuotedLines;
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

    // 9. How sure: roles that conflict or stay unclear ask for a human look; a notice that
    // names an exit is never silently filed as misdirected.
    const auto review = [&analysis](int confidence, const char* text, const QStringList& args) {
        analysis.needsReview = true;
        analysis.confidence = std::min(analysis.confidence, confidence);
        analysis.evidence.append(makeEvidence(QStringLiteral("needs_review"), text, args));
    };
    const bool strongExit =
        std::any_of(analysis.evidence.cbegin(), analysis.evidence.cend(), [](const Evidence& e) {
            return e.field == u"exit_ip" && (e.hopIndex >= 0 || e.sourceText.contains(u"report") ||
                                             e.sourceText.contains(u"X-Originating"));
        });
    for (const ExitMention& other : std::as_const(text.exitsOtherwise)) {
        if (analysis.category == Category::Misdirected) {
            review(30, Evidence::kMisdirectedButNamed,
                   {other.exit, QString::number(other.line + 1),
                    QString::fromLatin1(addressRoleId(other.role)), other.structure});
        } else if (analysis.exitIps.contains(other.exit) && !strongExit) {
            review(50, Evidence::kSourceAndOtherRole,
                   {other.exit, QString::fromLatin1(addressRoleId(other.role)),
                    QString::number(other.line + 1), other.structure});
        }
    }
    if (!analysis.exitIps.isEmpty() && !strongExit) {
        const bool structured = std::any_of(
            text.exitSources.cbegin(), text.exitSources.cend(), [&analysis](const ExitMention& m) {
                return m.role != AddressRole::Unknown && analysis.exitIps.contains(m.exit);
            });
        if (text.exitSources.isEmpty())
            analysis.confidence = std::min(analysis.confidence, 60); // host name only
        else if (!structured)
            analysis.confidence = std::min(analysis.confidence, 75);
    }
    if (analysis.exitIps.isEmpty() && analysis.reportedIp.isEmpty())
        analysis.confidence = std::min(analysis.confidence, 60);
}

} // namespace mixdesk
