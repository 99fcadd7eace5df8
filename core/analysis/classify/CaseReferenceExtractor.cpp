#include "analysis/classify/CaseReferenceExtractor.h"

#include "analysis/classify/OwnText.h"
#include "analysis/text/WordStartMatcher.h"
#include "util/CaselessSearch.h"
#include "util/Utf16Validity.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace mixdesk {

namespace {

// German file numbers: "412 Js 1187/26", "203 Gs 77/26", "12 UJs 3456/25".
const QRegularExpression& aktenzeichenRe()
{
    static const QRegularExpression re(
        uR"(\b(\d{1,4}\s+[A-Z][A-Za-z]{0,3}\s+\d{1,6}/\d{2,4})\b)"_s);
    return re;
}

// How each alternative of the label expression below begins, as exactly as a literal
// can tell: the fewer words of prose pass, the fewer runs of PCRE.
QStringList labelPrefixes()
{
    QStringList prefixes{u"case"_s,     u"ticket"_s,       u"incident"_s,
                         u"referen"_s,  u"eintrags-id"_s,  u"az."_s,
                         u"vorgang"_s,  u"aktenzeichen"_s, u"geschäftszeichen"_s,
                         u"our ref"_s,  u"file number"_s,  u"file no"_s,
                         u"file ref"_s, u"bezug"_s}; // a space stands for \s+
    for (const QString& word :
         {u"notice"_s, u"report"_s, u"listing"_s, u"digest"_s, u"complaint"_s}) {
        prefixes << word + u"-id"_s << word + u" id"_s;
    }
    for (const QString& what :
         {u"zeichen"_s, u"az"_s, u"aktenzeichen"_s, u"vorgang"_s, u"referenz"_s}) {
        prefixes << u"unser "_s + what << u"unsere "_s + what;
    }
    return prefixes;
}

// Label words that introduce a reference, English and German. The captured
// rest of the line is searched for the identifier. Each alternative begins with one
// of the prefixes: most paragraphs hold none, and those are passed over at once.
const WordStartMatcher& labelMatcher()
{
    static const WordStartMatcher matcher(
        QRegularExpression(
            uR"(\b(case[- ]?id|case(?:\s+number|\s+no\.?)?|notice[- ]id|ticket(?:[- ]?(?:number|no\.?|id|nr\.?))?|ticketnummer|incident(?:\s+(?:number|no\.?|id))?|report[- ]id|listing[- ]id|digest[- ]id|eintrags-id|complaint[- ]id|reference(?:\s+number)?|our\s+ref(?:erence|\.)?|file\s+(?:number|no\.?|ref(?:erence)?)|unser(?:e)?\s+(?:zeichen|az\.?|aktenzeichen|vorgang|vorgangsnummer|referenz)|aktenzeichen|geschäftszeichen|vorgangsnummer|vorgangs-?nr\.?|vorgang|bezug|referenz|az\.)(?!\p{L}))"_s,
            QRegularExpression::CaseInsensitiveOption),
        labelPrefixes());
    return matcher;
}

// Phrases asking to quote the reference in replies.
bool asksToQuote(const QString& text)
{
    static const QRegularExpression re(
        uR"(quote|keep|in (any|your) repl|when replying|reply with|reference case|angeben|anzugeben|im betreff|bitte stets|bei antworten|bei rückfragen)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return matchChecked(re, text).hasMatch();
}

// Words that make a number something else than a case reference.
bool isExcludedContext(const QString& text)
{
    static const QRegularExpression re(
        uR"(order|bestellung|invoice|rechnung|contract|vertrag|hash|chargeback|rückbuchung|kundennummer|customer number|account|konto|port\b|tgb)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return matchChecked(re, text).hasMatch();
}

bool isAddressOrDate(const QString& token)
{
    // QHostAddress also reads a bare integer as IPv4: only dotted/colon forms count.
    QHostAddress addr;
    if ((token.contains(u'.') || token.contains(u':')) && addr.setAddress(token))
        return true;
    static const QRegularExpression date(
        uR"(^\d{4}-\d{2}-\d{2}([T ].*)?$|^\d{1,2}\.\d{1,2}\.\d{2,4}$|^\d{1,2}:\d{2})"_s);
    return date.match(token).hasMatch();
}

struct Candidate
{
    QString value;
    QString label;
    int score = 0;
    int order = 0;
};

class Collector
{
public:
    void add(const QString& raw, const QString& label, int score)
    {
        const QString value = CaseReferenceExtractor::cleanToken(raw);
        if (value.isEmpty())
            return;
        for (Candidate& c : m_candidates) {
            if (c.value.compare(value, Qt::CaseInsensitive) == 0) {
                c.score += score;
                return;
            }
        }
        m_candidates.append({value, label, score, int(m_candidates.size())});
    }

    CaseReferenceExtractor::Result best() const
    {
        CaseReferenceExtractor::Result result;
        const Candidate* winner = nullptr;
        for (const Candidate& c : m_candidates) {
            if (!winner || c.score > winner->score)
                winner = &c;
        }
        if (winner) {
            result.reference = winner->value;
            result.label = winner->label;
            result.score = winner->score;
        }
        return result;
    }

private:
    QList<Candidate> m_candidates;
};

// The identifier right after a label: an Aktenzeichen or a single token,
// optionally behind "is", "number", ":", "#".
QString tokenAfterLabel(const QString& rest)
{
    static const QRegularExpression lead(
        uR"(^[\s:#.\-–]*(?:(?:is|lautet|number|no\.?|nr\.?|of|der\s+\S+\s+\S+:)\s*[:#]?\s*)*)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // The tail is a part of `rest` that begins with a character: valid when `rest` is.
    const auto options = withoutUtfCheckIfValid(rest);
    constexpr auto normal = QRegularExpression::NormalMatch;
    const auto m = lead.match(rest, 0, normal, options);
    const QString tail = rest.mid(m.capturedLength());
    const auto az = aktenzeichenRe().match(tail, 0, normal, options);
    if (az.hasMatch() && az.capturedStart() == 0)
        return az.captured(1);
    static const QRegularExpression token(
        uR"(^\[?([A-Za-z0-9#][A-Za-z0-9_./#:\-]*[A-Za-z0-9])\]?)"_s);
    const auto t = token.match(tail, 0, normal, options);
    return t.hasMatch() ? t.captured(1) : QString();
}

void collectSubject(const QString& subject, Collector& collector)
{
    static const QRegularExpression bracket(uR"(\[([^\]]{2,80})\])"_s);
    auto it = bracket.globalMatch(subject);
    while (it.hasNext()) {
        const QString content = it.next().captured(1);
        if (isExcludedContext(content))
            continue;
        collector.add(content.section(u' ', -1), u"subject"_s, 6);
    }
    static const QRegularExpression paren(uR"(\(([^)]{2,60})\))"_s);
    it = paren.globalMatch(subject);
    while (it.hasNext()) {
        const QString content = it.next().captured(1);
        if (isExcludedContext(content) || content.contains(u'@'))
            continue;
        collector.add(content.section(u' ', -1), u"subject"_s, 5);
    }
    auto az = aktenzeichenRe().globalMatch(subject);
    while (az.hasNext())
        collector.add(az.next().captured(1), u"subject"_s, 6);
    for (const QRegularExpressionMatch& m : CaseReferenceExtractor::labels(subject)) {
        if (!isExcludedContext(subject.left(m.capturedStart()).right(25)))
            collector.add(tokenAfterLabel(subject.mid(m.capturedEnd())), m.captured(1), 6);
    }
}

void collectLine(const QString& line, const QString& context, Collector& collector)
{
    // Asked only when a candidate turns up: most paragraphs hold none.
    std::optional<bool> requestCache;
    const auto request = [&] {
        if (!requestCache)
            requestCache = asksToQuote(context);
        return *requestCache;
    };
    for (const QRegularExpressionMatch& m : CaseReferenceExtractor::labels(line)) {
        // Only the words just before the label, in the same line and sentence.
        QString before = line.left(m.capturedStart()).right(25);
        before = before.mid(std::max(before.lastIndexOf(u'\n'), before.lastIndexOf(u". "_s)) + 1);
        if (isExcludedContext(before))
            continue;
        const QString token = tokenAfterLabel(line.mid(m.capturedEnd()));
        if (!token.isEmpty())
            collector.add(token, m.captured(1).trimmed(), request() ? 7 : 4);
    }
    if (!line.contains(u'/'))
        return; // every Aktenzeichen has one: most paragraphs need no expression run
    auto az = aktenzeichenRe().globalMatch(line);
    while (az.hasNext())
        collector.add(az.next().captured(1), u"Az."_s, request() ? 6 : 3);
}

// An identifier the reporter writes both in the subject and in its own text ("SOC-2604-0187
// port scan from ..." and "please quote SOC-2604-0187"), whatever label it has or lacks:
// that is the one they will look for in the reply.
void collectRepeatedInSubject(const QString& subject, const QString& ownText, Collector& collector)
{
    static const QRegularExpression idShaped(
        uR"((?<![\w./-])(?=[\w./-]*\d[\w./-]*\d[\w./-]*\d)(?=[\w./-]*[A-Za-z/-])[A-Za-z0-9][\w./-]{4,}[A-Za-z0-9](?![\w./-]))"_s);
    auto it = idShaped.globalMatch(subject);
    while (it.hasNext()) {
        const QString token = it.next().captured(0);
        if (!CaseReferenceExtractor::cleanToken(token).isEmpty() && ownText.contains(token))
            collector.add(token, u"subject"_s, 6);
    }
}

// X-ARF reports carry their own Report-ID in the machine-readable part.
void collectXarf(const ParsedMail& notice, Collector& collector)
{
    static const QRegularExpression reportId(uR"(^Report-ID:\s*(\S+)\s*$)"_s,
                                             QRegularExpression::CaseInsensitiveOption |
                                                 QRegularExpression::MultilineOption);
    for (const MailPart& part : notice.parts) {
        // A plain search first: most parts are no X-ARF report.
        if (part.text.isEmpty() || !containsCaseless(part.text, u"Report-ID:"))
            continue;
        const auto m = reportId.match(part.text);
        if (m.hasMatch())
            collector.add(m.captured(1), u"Report-ID"_s, 7);
    }
}

} // namespace

QList<QRegularExpressionMatch> CaseReferenceExtractor::labels(const QString& text)
{
    return labelMatcher().matches(text);
}

const QRegularExpression& CaseReferenceExtractor::labelExpression()
{
    return labelMatcher().expression();
}

QString CaseReferenceExtractor::cleanToken(const QString& token)
{
    QString t = token.trimmed();
    // Strip label prefixes glued to the id: "Ticket#2026...", "id:7364528190".
    const qsizetype cut = std::max(t.lastIndexOf(u'#'), t.lastIndexOf(u':'));
    if (cut >= 0 && !aktenzeichenRe().match(t).hasMatch()) {
        // IPv6 addresses hold colons too; they are rejected below anyway.
        QHostAddress addr;
        if (!addr.setAddress(t))
            t = t.mid(cut + 1);
    }
    while (!t.isEmpty() && QStringLiteral(".,;:)]»\"'").contains(t.back()))
        t.chop(1);
    while (!t.isEmpty() && QStringLiteral("([«\"'#").contains(t.front()))
        t.remove(0, 1);
    if (t.size() < 3 || t.size() > 60)
        return {};
    if (aktenzeichenRe().match(t).hasMatch())
        return t.simplified();
    if (t.contains(u' ') || t.contains(u'@'))
        return {};
    // A product or program name may hold a digit ("fail2ban", "mp3"); identifiers hold
    // several.
    const auto digits = std::count_if(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); });
    if (digits < 2 || isAddressOrDate(t))
        return {};
    // Host names ("exit2.nordlicht-mix.example") are no references.
    static const QRegularExpression host(uR"(\.[A-Za-z]{2,}$)"_s);
    if (host.match(t).hasMatch())
        return {};
    // A bare number must be long enough not to be a count or a port.
    static const QRegularExpression shortNumber(uR"(^\d{1,4}$)"_s);
    if (shortNumber.match(t).hasMatch())
        return {};
    return t;
}

CaseReferenceExtractor::Result CaseReferenceExtractor::extract(const ParsedMail& notice,
                                                               const QString& ownText)
{
    Collector collector;
    collectSubject(notice.header(u"Subject"), collector);
    // Labels and their ids may be wrapped onto the next line ("unser\nZeichen
    // KV-FR-2026-118"): match per paragraph, with the paragraph as context.
    QStringList paragraph;
    auto flush = [&paragraph, &collector] {
        if (paragraph.isEmpty())
            return;
        const QString text = paragraph.join(u'\n');
        collectLine(text, text, collector);
        paragraph.clear();
    };
    for (const QString& line : OwnText::ownLines(ownText)) {
        if (line.trimmed().isEmpty())
            flush();
        else
            paragraph.append(line.trimmed());
    }
    flush();
    collectXarf(notice, collector);
    collectRepeatedInSubject(notice.header(u"Subject"), ownText, collector);
    return collector.best();
}

} // namespace mixdesk
