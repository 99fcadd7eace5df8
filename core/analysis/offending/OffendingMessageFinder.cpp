#include "analysis/offending/OffendingMessageFinder.h"

#include "analysis/ReceivedParser.h"
#include "analysis/TextTimeFinder.h"
#include "analysis/offending/HeaderBlockScanner.h"
#include "mail/HtmlToText.h"
#include "profile/ExitMatcher.h"
#include "util/CaselessSearch.h"
#include "util/LineEnds.h"
#include "util/Utf16Validity.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace mixdesk {
namespace {

QString headerOf(const QList<MailHeader>& headers, QStringView name)
{
    for (const MailHeader& h : headers) {
        if (QStringView(h.name).compare(name, Qt::CaseInsensitive) == 0)
            return h.rawValue.isEmpty() ? h.value : h.rawValue;
    }
    return {};
}

bool hasHeader(const QList<MailHeader>& headers, QStringView name)
{
    return std::any_of(headers.begin(), headers.end(), [&](const MailHeader& h) {
        return QStringView(h.name).compare(name, Qt::CaseInsensitive) == 0;
    });
}

QStringList receivedValues(const QList<MailHeader>& headers)
{
    QStringList list;
    for (const MailHeader& h : headers) {
        if (h.name.compare(u"Received", Qt::CaseInsensitive) == 0)
            list.append(h.rawValue.isEmpty() ? h.value : h.rawValue);
    }
    return list;
}

QString headersAsText(const QList<MailHeader>& headers)
{
    QStringList lines;
    for (const MailHeader& h : headers)
        lines.append(h.name + u": " + (h.rawValue.isEmpty() ? h.value : h.rawValue));
    return lines.join(u'\n');
}

// Dates in report fields come as RFC 5322 or ISO 8601.
QDateTime parseReportDate(const QString& value)
{
    const QString v = value.trimmed();
    QDateTime dt = QDateTime::fromString(v, Qt::ISODate);
    if (dt.isValid() && dt.timeSpec() != Qt::LocalTime)
        return dt.toUTC();
    dt = ReceivedParser::parseDate(v);
    if (dt.isValid())
        return dt.toUTC();
    const QList<TextTime> times = TextTimeFinder::find(v, {});
    for (const TextTime& t : times) {
        if (t.zoneExplicit)
            return t.utc;
    }
    return {};
}

bool isXarfBlock(const QList<MailHeader>& headers)
{
    const bool source = hasHeader(headers, u"Source") || hasHeader(headers, u"Source-IP");
    return source && (hasHeader(headers, u"Report-Type") || hasHeader(headers, u"Schema-URL") ||
                      hasHeader(headers, u"Reported-From") ||
                      (hasHeader(headers, u"Category") && hasHeader(headers, u"Source-Type")));
}

ReportFacts xarfFacts(const QList<MailHeader>& headers)
{
    ReportFacts r;
    r.format = QStringLiteral("x-arf");
    r.reportType = headerOf(headers, u"Report-Type");
    if (r.reportType.isEmpty())
        r.reportType = headerOf(headers, u"Category");
    QString source = headerOf(headers, u"Source");
    if (source.isEmpty())
        source = headerOf(headers, u"Source-IP");
    r.sourceIp = ExitMatcher::normalize(source.trimmed().remove(u'"').remove(u'\''));
    r.date = parseReportDate(headerOf(headers, u"Date").remove(u'"').remove(u'\''));
    r.reportId = headerOf(headers, u"Report-ID").trimmed();
    return r;
}

ReportFacts arfFacts(const QList<MailHeader>& headers)
{
    ReportFacts r;
    r.format = QStringLiteral("arf");
    r.reportType = headerOf(headers, u"Feedback-Type").trimmed();
    r.sourceIp = ExitMatcher::normalize(headerOf(headers, u"Source-IP").trimmed());
    r.date = parseReportDate(headerOf(headers, u"Arrival-Date"));
    if (!r.date.isValid())
        r.date = parseReportDate(headerOf(headers, u"Received-Date"));
    return r;
}

// X-ARF 0.3/4 (JSON): {"Report": {"ReportType": "...", "Source": "...", "Date": "..."}}.
void findJsonReport(const QJsonObject& object, ReportFacts& facts, int depth)
{
    if (depth > 6 || !facts.sourceIp.isEmpty())
        return;
    QString source;
    QString date;
    QString type;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key().toLower();
        if (it.value().isString()) {
            if (key == u"source" || key == u"source-ip" || key == u"sourceip" || key == u"ip")
                source = it.value().toString();
            else if (key == u"date" || key == u"timestamp" || key == u"arrival-date")
                date = it.value().toString();
            else if (key == u"reporttype" || key == u"report-type" || key == u"category")
                type = it.value().toString();
        }
    }
    const QString normalized = ExitMatcher::normalize(source);
    if (!normalized.isEmpty()) {
        facts.sourceIp = normalized;
        facts.date = parseReportDate(date);
        facts.reportType = type;
        return;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject())
            findJsonReport(it.value().toObject(), facts, depth + 1);
    }
}

ReportFacts jsonReportFacts(const QString& text)
{
    ReportFacts facts;
    facts.format = QStringLiteral("x-arf");
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isObject())
        findJsonReport(doc.object(), facts, 0);
    return facts;
}

// ACNS (Automated Copyright Notice System) XML, embedded in the text or attached:
// <Source><TimeStamp>...</TimeStamp><IP_Address>...</IP_Address>...</Source>.
ReportFacts acnsFacts(const QString& text)
{
    ReportFacts r;
    const qsizetype source = text.indexOf(u"<Source>");
    if (source < 0 || text.indexOf(u"<Infringement") < 0)
        return r;
    const qsizetype end = text.indexOf(u"</Source>", source);
    const QString block = text.mid(source, end < 0 ? 2000 : end - source);
    const auto element = [&block](QStringView name) {
        const QString open = u'<' + name.toString() + u'>';
        const qsizetype at = block.indexOf(open);
        if (at < 0)
            return QString();
        const qsizetype from = at + open.size();
        const qsizetype close = block.indexOf(u'<', from);
        return block.mid(from, close < 0 ? -1 : close - from).trimmed();
    };
    r.format = QStringLiteral("acns");
    r.reportType = QStringLiteral("copyright");
    r.sourceIp = ExitMatcher::normalize(element(u"IP_Address"));
    r.date = parseReportDate(element(u"TimeStamp"));
    return r;
}

QList<MailHeader> firstBlockHeaders(const QString& text)
{
    const QList<TextHeaderBlock> blocks = HeaderBlockScanner::scan(text, 1);
    for (const TextHeaderBlock& b : blocks) {
        if (b.has(u"Received"))
            return b.headers;
    }
    return blocks.isEmpty() ? QList<MailHeader>{} : blocks.first().headers;
}

} // namespace

QString FoundMessage::header(QStringView name) const
{
    return headerOf(headers, name);
}

QStringList FoundMessage::values(QStringView name) const
{
    QStringList list;
    for (const MailHeader& h : headers) {
        if (QStringView(h.name).compare(name, Qt::CaseInsensitive) == 0)
            list.append(h.rawValue.isEmpty() ? h.value : h.rawValue);
    }
    return list;
}

bool TextSection::inBody(int line) const
{
    return std::any_of(bodyLines.begin(), bodyLines.end(), [line](const std::pair<int, int>& r) {
        return line >= r.first && line <= r.second;
    });
}

bool TextSection::isQuoted(int line) const
{
    return std::binary_search(quotedLines.cbegin(), quotedLines.cend(), line);
}

QDateTime FoundMessage::firstHopDate() const
{
    for (const ReceivedHop& hop : message.hops) {
        if (hop.dateUtc.isValid())
            return hop.dateUtc;
    }
    return {};
}

OffendingMessageFinder::OffendingMessageFinder(QStringList operatorMarkers)
{
    for (const QString& m : operatorMarkers) {
        if (m.trimmed().size() >= 4)
            m_markers.append(m.trimmed());
    }
}

QList<ReceivedHop> OffendingMessageFinder::hopsFromReceived(const QStringList& newestFirst)
{
    QList<ReceivedHop> hops;
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
        hops.append(ReceivedParser::parse(*it));
    return hops;
}

bool OffendingMessageFinder::mentionsOperator(const QString& text) const
{
    return std::any_of(m_markers.begin(), m_markers.end(),
                       [&](const QString& m) { return containsCaseless(text, m); });
}

void OffendingMessageFinder::removeOperatorQuotes(QStringList& lines) const
{
    if (m_markers.isEmpty())
        return;
    static const QRegularExpression autoReply(
        QStringLiteral("automati(?:c|sche|scher)\\s+(?:reply|response|antwort)|auto-?reply|"
                       "out of office|abwesenheit"),
        QRegularExpression::CaseInsensitiveOption);
    const int count = int(lines.size());
    QList<int> depths(count, 0);
    for (int i = 0; i < count; ++i) {
        HeaderBlockScanner::stripQuote(lines[i], &depths[i]);
        // A bare ">" line belongs to the level around it.
        if (depths[i] > 0 && i > 0 && lines[i].trimmed() == QStringLiteral(">"))
            depths[i] = std::max(depths[i], depths[i - 1]);
    }
    // Every place where a deeper quote level begins starts a run; the run's own lines
    // (exactly that level) decide, so an outer quote is not dropped for an inner one.
    for (int i = 0; i < count; ++i) {
        const int d = depths[i];
        if (d == 0 || (i > 0 && depths[i - 1] >= d))
            continue;
        int j = i;
        QStringList own;
        while (j < count && depths[j] >= d) {
            if (depths[j] == d) {
                own.append(HeaderBlockScanner::stripQuote(lines[j], nullptr));
            }
            ++j;
        }
        int attribution = i - 1;
        while (attribution >= 0 && attribution > i - 3 &&
               HeaderBlockScanner::stripQuote(lines[attribution], nullptr).trimmed().isEmpty())
            --attribution;
        if (attribution >= 0 && depths[attribution] >= d)
            attribution = -1;
        const QString runText = own.join(u'\n');
        const bool byOperator = attribution >= 0 && mentionsOperator(lines[attribution]);
        // The rare phrase first: a case-insensitive search for every marker through
        // every quoted run was a few percent of the analysis.
        const bool operatorAutoReply =
            matchChecked(autoReply, runText).hasMatch() && mentionsOperator(runText);
        if (byOperator || operatorAutoReply) {
            for (int k = i; k < j; ++k)
                lines[k].clear();
            if (byOperator)
                lines[attribution].clear();
        }
    }
}

bool OffendingMessageFinder::containsOffending(const ParsedMail& mail) const
{
    if (!mail.attachedMessages.isEmpty())
        return true;
    for (const MailPart& p : mail.parts) {
        if (p.contentType == u"text/rfc822-headers" || p.contentType == u"message/rfc822")
            return true;
        if (p.contentType.startsWith(u"text/")) {
            const QString text = p.contentType == u"text/html" ? htmlToText(p.text) : p.text;
            const QList<TextHeaderBlock> blocks = HeaderBlockScanner::scan(text, 2);
            for (const TextHeaderBlock& b : blocks) {
                if (b.has(u"Received"))
                    return true;
            }
        }
    }
    return false;
}

void OffendingMessageFinder::scanText(const QString& input, const QString& where, bool own,
                                      bool attachment, FinderResult& result) const
{
    if (input.trimmed().startsWith(u'{')) {
        const ReportFacts json = jsonReportFacts(input);
        if (!json.sourceIp.isEmpty()) {
            result.reports.append(json);
            return;
        }
    }
    if (input.contains(u"<IP_Address>")) {
        const ReportFacts acns = acnsFacts(input);
        if (!acns.sourceIp.isEmpty())
            result.reports.append(acns);
    }
    // One split serves the quote removal, the header blocks and the text below.
    QStringList lines = normalizedLineEnds(input).split(u'\n');
    removeOperatorQuotes(lines);
    const QList<TextHeaderBlock> blocks = HeaderBlockScanner::scanLines(lines, 2);
    TextSection section;
    section.ownText = own;
    section.attachment = attachment;
    auto markBody = [&](const TextHeaderBlock& block) {
        const int first = block.lastLine + 1;
        int k = first;
        for (; k < lines.size() && k - first < 40; ++k) {
            int depth = 0;
            const QString content = HeaderBlockScanner::stripQuote(lines[k], &depth).trimmed();
            if (depth < block.quoteDepth || HeaderBlockScanner::isSeparator(content))
                break;
            if (std::any_of(blocks.begin(), blocks.end(),
                            [&](const TextHeaderBlock& b) { return b.firstLine == k; }))
                break;
        }
        if (k > first)
            section.bodyLines.append({first, k - 1});
    };
    for (const TextHeaderBlock& block : blocks) {
        bool drop = false;
        if (block.has(u"Received")) {
            drop = true;
            if (mentionsOperator(block.header(u"From")))
                continue; // the operator's own message, quoted back
            FoundMessage found;
            found.headers = block.headers;
            found.message.rawHeaders = block.rawText;
            found.message.hops = hopsFromReceived(block.values(u"Received"));
            found.message.whereFound = block.quoteDepth > 0 ? QStringLiteral("quoted") : where;
            found.documentOrder = int(result.messages.size());
            result.messages.append(found);
            markBody(block);
        } else if (isXarfBlock(block.headers)) {
            drop = true;
            result.reports.append(xarfFacts(block.headers));
        } else if (block.has(u"Feedback-Type") && block.has(u"Source-IP")) {
            drop = true;
            result.reports.append(arfFacts(block.headers));
        }
        if (drop) {
            for (int k = block.firstLine; k <= block.lastLine && k < lines.size(); ++k)
                lines[k].clear();
        }
    }
    // Addresses and times are searched in the text without quote prefixes, so that a
    // sentence wrapped inside a quote reads as one.
    // Defanged addresses ("203.0.113[.]77") are read as written before defanging.
    static const QRegularExpression defanged(QStringLiteral("[\\[({]([.:])[\\])}]"));
    for (int k = 0; k < lines.size(); ++k) {
        QString& line = lines[k];
        int depth = 0;
        line = HeaderBlockScanner::stripQuote(line, &depth);
        if (depth > 0)
            section.quotedLines.append(k);
        if (line.contains(u'[') || line.contains(u'(') || line.contains(u'{'))
            line.replace(defanged, QStringLiteral("\\1"));
    }
    section.text = lines.join(u'\n');
    result.texts.append(section);
}

void OffendingMessageFinder::walk(const ParsedMail& mail, int depth, FinderResult& result) const
{
    bool feedback = false;
    bool plain = false;
    for (const MailPart& p : mail.parts) {
        if (p.contentType == u"message/feedback-report")
            feedback = true;
        if (p.contentType == u"text/plain" && !p.isAttachment)
            plain = true;
    }
    for (const ParsedMail& m : mail.attachedMessages) {
        if (hasHeader(m.headers, u"Feedback-Type"))
            feedback = true;
    }
    const qsizetype reportsBefore = result.reports.size();
    const QString inlineWhere = QStringLiteral("inline");

    for (const MailPart& p : mail.parts) {
        const QString& type = p.contentType;
        if (type == u"message/feedback-report") {
            result.reports.append(arfFacts(firstBlockHeaders(p.text)));
        } else if (type == u"text/rfc822-headers" ||
                   (type == u"message/rfc822" && mail.attachedMessages.isEmpty())) {
            const QList<MailHeader> headers = firstBlockHeaders(p.text);
            const QStringList received = receivedValues(headers);
            if (received.isEmpty() || mentionsOperator(headerOf(headers, u"From")))
                continue;
            FoundMessage found;
            found.headers = headers;
            found.message.rawHeaders = headersAsText(headers);
            found.message.hops = hopsFromReceived(received);
            found.message.whereFound = feedback ? QStringLiteral("arf") : type;
            found.documentOrder = int(result.messages.size());
            result.messages.append(found);
        } else if (type == u"text/html") {
            if (!plain || p.isAttachment)
                scanText(htmlToText(p.text), inlineWhere, depth == 0 && !p.isAttachment,
                         p.isAttachment, result);
        } else if (type.startsWith(u"text/") || type.contains(u"yaml") ||
                   type == u"application/json" || type.endsWith(u"xml")) {
            // application/* parts carry no decoded text: read their bytes as UTF-8.
            const QString text = p.text.isEmpty() ? QString::fromUtf8(p.body) : p.text;
            scanText(text, inlineWhere, depth == 0 && !p.isAttachment, p.isAttachment, result);
        }
    }
    bool xarf = false;
    for (qsizetype i = reportsBefore; i < result.reports.size(); ++i) {
        if (result.reports[i].format == u"x-arf")
            xarf = true;
    }

    for (const ParsedMail& attached : mail.attachedMessages) {
        if (mentionsOperator(headerOf(attached.headers, u"From")))
            continue; // the operator's own message quoted back
        if (hasHeader(attached.headers, u"Feedback-Type")) {
            result.reports.append(arfFacts(attached.headers));
            continue;
        }
        if (containsOffending(attached)) {
            walk(attached, depth + 1, result); // a forward: its own headers are not offending
            continue;
        }
        const QStringList received = receivedValues(attached.headers);
        if (received.isEmpty())
            continue;
        FoundMessage found;
        found.headers = attached.headers;
        found.message.rawHeaders = headersAsText(attached.headers);
        found.message.hops = hopsFromReceived(received);
        found.message.whereFound = feedback ? QStringLiteral("arf")
                                   : xarf   ? QStringLiteral("x-arf")
                                            : QStringLiteral("message/rfc822");
        found.documentOrder = int(result.messages.size());
        result.messages.append(found);
    }
}

FinderResult OffendingMessageFinder::find(const ParsedMail& notice) const
{
    FinderResult result;
    walk(notice, 0, result);
    // The same chain pasted twice (text and HTML part, or repeated) counts once.
    QList<FoundMessage> unique;
    for (const FoundMessage& m : result.messages) {
        const bool dup = std::any_of(unique.begin(), unique.end(), [&](const FoundMessage& u) {
            return u.values(u"Received") == m.values(u"Received") &&
                   u.header(u"Message-ID") == m.header(u"Message-ID");
        });
        if (!dup)
            unique.append(m);
    }
    result.messages = unique;
    return result;
}

} // namespace mixdesk
