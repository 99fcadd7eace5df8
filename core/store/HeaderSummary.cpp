#include "store/HeaderSummary.h"

#include "mail/TextDecoding.h"

namespace mixdesk {
namespace {

// Appends an unfolded header line (continuations joined by one space).
void appendContinuation(QByteArray& value, QByteArrayView line)
{
    value.append(' ');
    value.append(line.trimmed());
}

QDateTime parseDate(const QString& value)
{
    QString text = value.trimmed();
    // Trailing comments such as "(UTC)" or "(CEST)" are not part of RFC 2822's grammar
    // as Qt reads it.
    if (const qsizetype paren = text.indexOf(u'('); paren > 0)
        text.truncate(paren);
    text = text.simplified();
    QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    return date.isValid() ? date.toUTC() : QDateTime();
}

} // namespace

HeaderSummary HeaderSummary::scan(const QByteArray& raw)
{
    HeaderSummary summary;
    QByteArray name;
    QByteArray value;
    QStringList addresses;
    const auto flush = [&] {
        if (name.isEmpty())
            return;
        const QByteArray lower = name.toLower();
        if (lower == "subject" && summary.subject.isNull()) {
            summary.subject = TextDecoding::decodeHeaderValue(value.trimmed());
        } else if (lower == "from" || lower == "to" || lower == "cc" || lower == "reply-to") {
            const QString decoded = TextDecoding::decodeHeaderValue(value.trimmed());
            if (lower == "from" && summary.from.isNull())
                summary.from = decoded;
            if (!decoded.isEmpty())
                addresses.append(decoded);
        } else if (lower == "date" && !summary.date.isValid()) {
            summary.date = parseDate(TextDecoding::utf8OrLatin1(value));
        }
        name.clear();
        value.clear();
    };

    qsizetype pos = 0;
    while (pos < raw.size()) {
        qsizetype end = raw.indexOf('\n', pos);
        if (end < 0)
            end = raw.size();
        QByteArrayView line(raw.constData() + pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // end of the header
        if (line.front() == ' ' || line.front() == '\t') {
            if (!name.isEmpty())
                appendContinuation(value, line);
            continue;
        }
        flush();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // not a header field (e.g. an mbox "From " line)
        name = line.first(colon).trimmed().toByteArray();
        value = line.sliced(colon + 1).toByteArray();
    }
    flush();
    summary.addresses = addresses.join(u' ');
    return summary;
}

NoticeText HeaderSummary::text() const
{
    return NoticeText{subject, addresses, QString()};
}

Analysis HeaderSummary::pendingAnalysis() const
{
    Analysis analysis;
    analysis.analyzerVersion = 0;
    analysis.reporter = from;
    return analysis;
}

} // namespace mixdesk
