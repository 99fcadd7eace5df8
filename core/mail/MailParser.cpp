#include "mail/MailParser.h"

#include "mail/FlowedText.h"
#include "mail/HeaderBlock.h"
#include "mail/MultipartSplitter.h"
#include "mail/ParseProblem.h"
#include "mail/TextDecoding.h"
#include "mail/TransferDecoding.h"
#include "mail/VmimePlatform.h"
#include "util/Logging.h"

#include <vmime/contentDispositionField.hpp>
#include <vmime/contentTypeField.hpp>
#include <vmime/vmime.hpp>

#include <exception>

using namespace Qt::StringLiterals;

namespace mixdesk {

namespace {

// Forwards of forwards are fine; a message nesting deeper than this is hostile.
constexpr int kMaxNesting = 12;
// vmime's time grows faster than linearly with multipart nesting (2000 levels
// take seconds); real mail declares a handful of boundaries, so beyond this
// many the structure is not trusted and the text is salvaged instead.
constexpr int kMaxBoundaries = 300;

// How often "boundary" occurs, in any case (parameter names are case-insensitive),
// without the lower-cased copy of the message that was a fiftieth of the analysis.
int countBoundaries(QByteArrayView raw)
{
    static constexpr char kWord[] = "boundary";
    constexpr qsizetype kLength = sizeof(kWord) - 1;
    int count = 0;
    for (qsizetype i = 0; i + kLength <= raw.size(); ++i) {
        if ((raw[i] | 0x20) == 'b' && qstrnicmp(raw.data() + i, kWord, kLength) == 0) {
            ++count;
            i += kLength - 1;
        }
    }
    return count;
}

// Whether a single text part may skip vmime (see parseSingleTextPart).
enum class Shortcut
{
    Allowed,
    Off
};

ParsedMail parseAtDepth(const QByteArray& raw, int depth, Shortcut shortcut);

QList<MailHeader> toMailHeaders(const QList<RawHeaderField>& fields)
{
    QList<MailHeader> headers;
    headers.reserve(fields.size());
    for (const RawHeaderField& f : fields) {
        MailHeader h;
        h.name = QString::fromLatin1(f.name);
        h.rawValue = TextDecoding::utf8OrLatin1(f.value);
        h.value = TextDecoding::decodeHeaderValue(f.value);
        headers.append(std::move(h));
    }
    return headers;
}

QString parameterText(const vmime::shared_ptr<vmime::parameter>& param)
{
    // RFC 2231 values carry their own charset in the word.
    const vmime::word& w = param->getValue();
    const std::string& buf = w.getBuffer();
    return TextDecoding::decode(QByteArray(buf.data(), qsizetype(buf.size())),
                                QString::fromStdString(w.getCharset().getName()));
}

QString decodeRfc2047Param(const QString& value)
{
    // Some mailers put RFC 2047 words into parameters (against the RFC).
    if (!value.contains(u"=?"))
        return value;
    return TextDecoding::decodeHeaderValue(value.toUtf8());
}

struct PartInfo
{
    QString contentType = u"text/plain"_s;
    QString charset;
    QString fileName;
    QString disposition;
    bool flowed = false; // format=flowed (RFC 3676)
    bool delSp = false;
    bool multipart = false; // vmime's test: the media type (even without a subtype)
    QByteArray boundary;    // of a multipart, when given
};

PartInfo describePart(const vmime::shared_ptr<vmime::header>& header, const QString& defaultType)
{
    PartInfo info;
    info.contentType = defaultType;
    if (header->hasField(vmime::fields::CONTENT_TYPE)) {
        const auto ctf = vmime::dynamicCast<vmime::contentTypeField>(
            header->findField(vmime::fields::CONTENT_TYPE));
        if (ctf) {
            const auto media = ctf->getValue<vmime::mediaType>();
            if (media && !media->getType().empty() && !media->getSubType().empty()) {
                info.contentType =
                    QString::fromStdString(media->getType() + "/" + media->getSubType()).toLower();
            }
            info.multipart = media && media->getType() == vmime::mediaTypes::MULTIPART;
            if (info.multipart && ctf->hasBoundary()) {
                const std::string boundary = ctf->getBoundary();
                info.boundary = QByteArray(boundary.data(), qsizetype(boundary.size()));
            }
            if (const auto p = ctf->findParameter("charset"))
                info.charset = parameterText(p).trimmed().toLower();
            if (const auto p = ctf->findParameter("name"))
                info.fileName = decodeRfc2047Param(parameterText(p));
            if (const auto p = ctf->findParameter("format"))
                info.flowed =
                    parameterText(p).trimmed().compare(u"flowed", Qt::CaseInsensitive) == 0;
            if (const auto p = ctf->findParameter("delsp"))
                info.delSp = parameterText(p).trimmed().compare(u"yes", Qt::CaseInsensitive) == 0;
        }
    }
    if (header->hasField(vmime::fields::CONTENT_DISPOSITION)) {
        const auto cdf = vmime::dynamicCast<vmime::contentDispositionField>(
            header->findField(vmime::fields::CONTENT_DISPOSITION));
        if (cdf) {
            if (const auto disp = cdf->getValue<vmime::contentDisposition>())
                info.disposition = QString::fromStdString(disp->getName()).toLower();
            if (const auto p = cdf->findParameter("filename"))
                info.fileName = decodeRfc2047Param(parameterText(p));
        }
    }
    return info;
}

// CRLF to LF (the text of a part as decoded); a lone CR stays. In place, in one pass:
// QString::replace moved the rest of the text once per 1024 matches, quadratic in a
// long text of short lines.
QString normalizeLineEnds(QString text)
{
    if (!text.contains(u'\r'))
        return text;
    QChar* d = text.data();
    const qsizetype n = text.size();
    qsizetype w = 0;
    for (qsizetype r = 0; r < n; ++r) {
        if (d[r] == u'\r' && r + 1 < n && d[r + 1] == u'\n')
            continue;
        d[w++] = d[r];
    }
    text.truncate(w);
    return text;
}

// A body decoded from its bytes, given the name of its transfer encoding as vmime
// reads it (trimmed, lower case; empty when none is given): without one (7bit, 8bit,
// binary) the bytes as they are (vmime's copy was a tenth of the parsing), base64 and
// quoted-printable when well-formed (vmime's stream decoders were a sixth). Otherwise
// nullopt: vmime decodes, with its own rules for broken input.
std::optional<QByteArray> decodeBody(QByteArrayView encoded, QByteArrayView encoding)
{
    if (encoding.isEmpty() || encoding == "7bit" || encoding == "8bit" || encoding == "binary")
        return encoded.toByteArray();
    if (encoding == "base64")
        return TransferDecoding::base64(encoded);
    if (encoding == "quoted-printable")
        return TransferDecoding::quotedPrintable(encoded);
    return std::nullopt;
}

// The content type of a multipart's parts that do not name one: message/rfc822 in a
// multipart/digest (RFC 2046 5.1.5), text/plain elsewhere.
QString defaultTypeOfParts(const QString& multipartType)
{
    return multipartType == u"multipart/digest" ? u"message/rfc822"_s : u"text/plain"_s;
}

class Walker
{
public:
    Walker(const QByteArray& raw, ParsedMail& mail, int depth, Shortcut shortcut)
        : m_raw(raw), m_mail(mail), m_depth(depth), m_shortcut(shortcut)
    {}

    void walk(const vmime::shared_ptr<vmime::bodyPart>& part, bool top, const QString& defaultType)
    {
        const auto header = part->getHeader();
        const auto body = part->getBody();
        const PartInfo info = describePart(header, defaultType);

        if (body->getPartCount() > 0) {
            const QString childDefault = defaultTypeOfParts(info.contentType);
            for (size_t i = 0; i < body->getPartCount(); ++i)
                walk(body->getPartAt(i), false, childDefault);
            return;
        }

        addLeaf(info, top ? m_mail.headers : partHeaders(header), extractBody(body));
    }

    // A part without parts: its text decoded, an attached message parsed.
    void addLeaf(const PartInfo& info, QList<MailHeader> headers, QByteArray body)
    {
        MailPart leaf;
        leaf.contentType = info.contentType;
        leaf.charset = info.charset;
        leaf.fileName = info.fileName;
        leaf.isAttachment = info.disposition == u"attachment" ||
                            (!info.fileName.isEmpty() && info.disposition != u"inline");
        leaf.headers = std::move(headers);

        if (leaf.contentType.startsWith(u"multipart/")) {
            // No boundary found: keep the content readable as text.
            m_mail.problems.append(
                ParseProblem::text(ParseProblem::kMultipartWithoutParts, {leaf.contentType}));
            leaf.contentType = u"text/plain"_s;
        }

        leaf.body = std::move(body);
        const bool textual =
            leaf.contentType.startsWith(u"text/") || leaf.contentType.startsWith(u"message/");
        if (textual) {
            bool ok = true;
            leaf.text = normalizeLineEnds(TextDecoding::decode(leaf.body, leaf.charset, &ok));
            if (info.flowed && leaf.contentType == u"text/plain")
                leaf.text = FlowedText::unflow(leaf.text, info.delSp);
            if (!ok)
                m_mail.problems.append(ParseProblem::text(ParseProblem::kInvalidInCharset,
                                                          {leaf.contentType, leaf.charset}));
        }
        if (leaf.contentType == u"message/rfc822" || leaf.contentType == u"message/global") {
            if (m_depth + 1 >= kMaxNesting)
                m_mail.problems.append(ParseProblem::text(ParseProblem::kNestedTooDeeply));
            else {
                leaf.attachedMessageIndex = int(m_mail.attachedMessages.size());
                m_mail.attachedMessages.append(parseAtDepth(leaf.body, m_depth + 1, m_shortcut));
            }
        }
        m_mail.parts.append(std::move(leaf));
    }

private:
    QList<MailHeader> partHeaders(const vmime::shared_ptr<vmime::header>& header)
    {
        const size_t offset = header->getParsedOffset();
        const size_t length = header->getParsedLength();
        if (offset + length > size_t(m_raw.size()) || length == 0)
            return {};
        const HeaderBlock block =
            HeaderBlock::split(QByteArrayView(m_raw).sliced(qsizetype(offset), qsizetype(length)));
        return toMailHeaders(block.fields);
    }

    QByteArray extractBody(const vmime::shared_ptr<vmime::body>& body)
    {
        if (auto direct = directBody(body))
            return *direct;
        std::string out;
        vmime::utility::outputStreamStringAdapter os(out);
        try {
            body->getContents()->extract(os);
        } catch (const std::exception& e) {
            m_mail.problems.append(
                ParseProblem::text(ParseProblem::kCannotDecodeBody, {QString::fromUtf8(e.what())}));
            out.clear();
            try {
                body->getContents()->extractRaw(os);
            } catch (const std::exception&) {
                out.clear();
            }
        }
        return QByteArray(out.data(), qsizetype(out.size()));
    }

    // The body decoded straight from its bytes in the input (decodeBody), not through
    // vmime's streams; nullopt when vmime must decode it.
    std::optional<QByteArray> directBody(const vmime::shared_ptr<vmime::body>& body) const
    {
        const size_t offset = body->getParsedOffset();
        const size_t length = body->getParsedLength();
        if (offset + length > size_t(m_raw.size()))
            return std::nullopt;
        const auto contents = body->getContents();
        const std::string name =
            contents->isEncoded() ? contents->getEncoding().getName() : std::string();
        return decodeBody(QByteArrayView(m_raw).sliced(qsizetype(offset), qsizetype(length)),
                          QByteArrayView(name.data(), qsizetype(name.size())));
    }

    const QByteArray& m_raw;
    ParsedMail& m_mail;
    int m_depth;
    Shortcut m_shortcut;
};

// What we can still offer when vmime gave up: the text after the header.
void salvageBody(const QByteArray& raw, const HeaderBlock& block, ParsedMail& mail)
{
    MailPart part;
    part.contentType = u"text/plain"_s;
    part.headers = mail.headers;
    part.body = raw.sliced(qMin(block.bodyOffset, raw.size()));
    part.text = normalizeLineEnds(TextDecoding::utf8OrLatin1(part.body));
    mail.parts.append(std::move(part));
}

// The message with only its MIME header fields (Content-*, MIME-Version): all
// vmime needs for the structure and the decoding. The other fields (Received
// chains, DKIM signatures...) are read by HeaderBlock; vmime turning them into its
// own objects was about half of its parsing time.
QByteArray mimeSkeleton(const QByteArray& raw)
{
    QByteArray skeleton;
    skeleton.reserve(raw.size());
    bool keep = false; // whether continuation lines belong to a kept field
    qsizetype pos = 0;
    while (pos < raw.size()) {
        const qsizetype eol = raw.indexOf('\n', pos);
        const qsizetype next = eol < 0 ? raw.size() : eol + 1;
        const QByteArrayView line = QByteArrayView(raw).sliced(pos, next - pos);
        if (line == "\n" || line == "\r\n")
            break; // the empty line: it and the body follow unchanged
        if (line.front() == ' ' || line.front() == '\t') {
            if (keep)
                skeleton += line;
        } else {
            const auto startsWith = [&line](const char* prefix, qsizetype length) {
                return line.size() > length && qstrnicmp(line.data(), prefix, length) == 0;
            };
            keep = startsWith("content-", 8) || startsWith("mime-version:", 13);
            if (keep)
                skeleton += line;
        }
        pos = next;
    }
    skeleton += QByteArrayView(raw).sliced(pos);
    return skeleton;
}

// The MIME fields of one entity, each given at most once (when a field is repeated,
// which one counts is vmime's call).
struct MimeFields
{
    const RawHeaderField* type = nullptr;
    const RawHeaderField* disposition = nullptr;
    const RawHeaderField* encoding = nullptr;
};

std::optional<MimeFields> uniqueMimeFields(const QList<RawHeaderField>& fields)
{
    MimeFields mime;
    for (const RawHeaderField& f : fields) {
        const RawHeaderField** slot =
            f.name.compare("content-type", Qt::CaseInsensitive) == 0          ? &mime.type
            : f.name.compare("content-disposition", Qt::CaseInsensitive) == 0 ? &mime.disposition
            : f.name.compare("content-transfer-encoding", Qt::CaseInsensitive) == 0 ? &mime.encoding
                                                                                    : nullptr;
        if (!slot)
            continue;
        if (*slot)
            return std::nullopt;
        *slot = &f;
    }
    return mime;
}

// What vmime makes of the Content-Type and Content-Disposition fields (parameters,
// RFC 2231), read from a header of just these two.
PartInfo describeFields(const MimeFields& mime, const QString& defaultType)
{
    QByteArray fields;
    for (const RawHeaderField* f : {mime.type, mime.disposition}) {
        if (f)
            fields += f->name + ": " + f->value + "\r\n";
    }
    auto header = vmime::make_shared<vmime::header>();
    header->parse(std::string(fields.constData(), size_t(fields.size())));
    return describePart(header, defaultType);
}

// A leaf found without vmime, added to the mail once the whole structure is read.
struct DirectLeaf
{
    PartInfo info;
    bool top = false;             // the message itself: its headers are the mail's
    QList<RawHeaderField> fields; // of a part
    QByteArray body;
};

// Multiparts nest a few levels in real mail; deeper ones are left to vmime.
constexpr int kMaxDirectNesting = 20;

// The leaves of the entity with these MIME fields and the body raw[begin, end), in
// document order; false, with `leaves` to be dropped, when vmime must read it.
bool collectLeaves(const QByteArray& raw, const MimeFields& mime, qsizetype begin, qsizetype end,
                   const QString& defaultType, bool top, QList<RawHeaderField> fields, int nesting,
                   std::vector<DirectLeaf>& leaves)
{
    const PartInfo info = describeFields(mime, defaultType);
    if (!info.multipart) {
        auto body = decodeBody(QByteArrayView(raw).sliced(begin, end - begin),
                               mime.encoding ? mime.encoding->value.trimmed().toLower() : "");
        if (!body)
            return false;
        leaves.push_back({info, top, std::move(fields), std::move(*body)});
        return true;
    }
    // The boundary count covers the nested multiparts too: it is taken once, at the top.
    if (nesting >= kMaxDirectNesting || info.boundary.isEmpty() ||
        (nesting == 0 && countBoundaries(raw) > kMaxBoundaries))
        return false;
    const auto parts = MultipartSplitter::split(raw, begin, end, info.boundary);
    if (!parts)
        return false;
    const QString childDefault = defaultTypeOfParts(info.contentType);
    for (const MultipartSplitter::Part& part : *parts) {
        const HeaderBlock block =
            HeaderBlock::split(QByteArrayView(raw).sliced(part.begin, part.end - part.begin));
        const auto partMime = uniqueMimeFields(block.fields);
        if (!block.problems.isEmpty() || block.hasBlankLine || !partMime)
            return false;
        if (!collectLeaves(raw, *partMime, part.begin + block.bodyOffset, part.end, childDefault,
                           false, block.fields, nesting + 1, leaves))
            return false;
    }
    return true;
}

// Most notices are a single text part, or a multipart of a few parts with a clean
// structure: their parts are found by MultipartSplitter and their bodies are the
// bytes between, decoded by our own decoders, so vmime need not parse the message;
// it reads only the Content-Type and Content-Disposition fields (parameters, RFC
// 2231). False, with nothing added, when vmime must read the message (a repeated MIME
// field, a malformed header, delimiters it could read in its own way, a body only it
// decodes).
bool parseDirectly(const QByteArray& raw, const HeaderBlock& block, ParsedMail& mail, int depth,
                   Shortcut shortcut)
{
    if (shortcut == Shortcut::Off || !block.problems.isEmpty() || block.hasBlankLine)
        return false;
    const auto mime = uniqueMimeFields(block.fields);
    if (!mime)
        return false;
    std::vector<DirectLeaf> leaves;
    if (!collectLeaves(raw, *mime, qMin(block.bodyOffset, raw.size()), raw.size(), u"text/plain"_s,
                       true, {}, 0, leaves))
        return false;
    Walker walker(raw, mail, depth, shortcut);
    for (DirectLeaf& leaf : leaves) {
        walker.addLeaf(leaf.info, leaf.top ? mail.headers : toMailHeaders(leaf.fields),
                       std::move(leaf.body));
    }
    return true;
}

ParsedMail parseAtDepth(const QByteArray& raw, int depth, Shortcut shortcut)
{
    ParsedMail mail;
    if (raw.isEmpty()) {
        mail.problems.append(ParseProblem::text(ParseProblem::kEmptyMessage));
        return mail;
    }
    const HeaderBlock block = HeaderBlock::split(raw);
    mail.problems += block.problems;
    mail.headers = toMailHeaders(block.fields);
    if (mail.headers.isEmpty())
        mail.problems.append(ParseProblem::text(ParseProblem::kNoHeaderFields));

    try {
        ensureVmimePlatform();
        if (parseDirectly(raw, block, mail, depth, shortcut))
            return mail;
        // vmime's structure parsing needs the limit (the direct one checks it too).
        if (countBoundaries(raw) > kMaxBoundaries) {
            mail.problems.append(ParseProblem::text(ParseProblem::kTooManyBoundaries));
            salvageBody(raw, block, mail);
            return mail;
        }
        const QByteArray skeleton = mimeSkeleton(raw);
        auto message = vmime::make_shared<vmime::message>();
        message->parse(std::string(skeleton.constData(), size_t(skeleton.size())));
        // Part header offsets refer to the skeleton.
        Walker walker(skeleton, mail, depth, shortcut);
        walker.walk(message, true, u"text/plain"_s);
    } catch (const std::exception& e) {
        qCWarning(lcMail) << "MIME parsing failed:" << e.what();
        mail.problems.append(ParseProblem::text(ParseProblem::kStructureUnreadableBecause,
                                                {QString::fromUtf8(e.what())}));
        mail.parts.clear();
        mail.attachedMessages.clear();
    } catch (...) {
        mail.problems.append(ParseProblem::text(ParseProblem::kStructureUnreadable));
        mail.parts.clear();
        mail.attachedMessages.clear();
    }
    if (mail.parts.isEmpty())
        salvageBody(raw, block, mail);
    return mail;
}

} // namespace

ParsedMail MailParser::parse(const QByteArray& raw)
{
    return parseAtDepth(raw, 0, Shortcut::Allowed);
}

ParsedMail MailParser::parseWithVmimeOnly(const QByteArray& raw)
{
    return parseAtDepth(raw, 0, Shortcut::Off);
}

bool MailParser::readsDirectly(const QByteArray& raw)
{
    ParsedMail mail;
    const HeaderBlock block = HeaderBlock::split(raw);
    mail.headers = toMailHeaders(block.fields);
    try {
        ensureVmimePlatform();
        return parseDirectly(raw, block, mail, 0, Shortcut::Allowed);
    } catch (...) {
        return false;
    }
}

} // namespace mixdesk
