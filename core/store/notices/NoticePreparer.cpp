#include "store/notices/NoticePreparer.h"

#include "analysis/NoticeAnalyzer.h"
#include "mail/MailParser.h"
#include "mail/ParsedMail.h"
#include "reading/NoticeDate.h"
#include "reading/UrgencyFinder.h"
#include "store/notices/NoticeText.h"
#include "store/notices/SearchText.h"

namespace mixdesk {

NoticePreparer::NoticePreparer(std::shared_ptr<const NoticeAnalyzer> analyzer)
    : m_analyzer(std::move(analyzer))
{}

PreparedNotice NoticePreparer::prepare(IncomingNotice notice) const
{
    PackedRaw packed = RawCodec::pack(notice.raw);
    return prepare(std::move(notice), std::move(packed));
}

PreparedNotice NoticePreparer::prepare(IncomingNotice notice, PackedRaw stored) const
{
    // One parse serves both the analysis and the search text.
    const ParsedMail mail = MailParser::parse(notice.raw);
    Analysis analysis = m_analyzer->analyze(mail, notice.raw);
    return assemble(std::move(notice), std::move(stored), mail, std::move(analysis));
}

PreparedNotice NoticePreparer::withAnalysis(IncomingNotice notice, Analysis analysis)
{
    const ParsedMail mail = MailParser::parse(notice.raw);
    PackedRaw packed = RawCodec::pack(notice.raw);
    return assemble(std::move(notice), std::move(packed), mail, std::move(analysis));
}

PreparedNotice NoticePreparer::assemble(IncomingNotice notice, PackedRaw packed,
                                        const ParsedMail& mail, Analysis analysis)
{
    if (notice.sha256.isEmpty())
        notice.sha256 = IncomingNotice::digest(notice.raw);
    const NoticeText text = NoticeText::fromParsed(mail, notice.raw);
    PreparedNotice prepared;
    prepared.subject = text.subject.isNull() ? QStringLiteral("") : text.subject;
    // Relative deadlines ("within 48 hours") count from when the notice was sent.
    const QDateTime sent = NoticeDate::of(notice.raw, notice.receivedAt).when;
    const Urgency urgency = UrgencyFinder::find(mail.headers, prepared.subject, text.body, sent);
    prepared.due = urgency.due;
    prepared.urgent = urgency.urgent;
    prepared.searchValues = SearchText::utf8(SearchText::values(text, analysis));
    prepared.packedSearchText = RawCodec::pack(SearchText::encode(prepared.searchValues));
    prepared.packedAnalysis = RawCodec::pack(analysis.toJsonBytes());
    prepared.analysis = std::move(analysis);
    prepared.packedRaw = std::move(packed);
    prepared.incoming = std::move(notice);
    return prepared;
}

} // namespace mixdesk
