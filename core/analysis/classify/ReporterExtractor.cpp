#include "analysis/classify/ReporterExtractor.h"

#include "analysis/classify/OwnText.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace mixdesk {

namespace {

constexpr int kMinScore = 3;
constexpr int kMaxSignatureLines = 6;

const QRegularExpression& legalFormRe()
{
    static const QRegularExpression re(
        uR"((^|\s)(gmbh|mbh|ag|kg|ohg|gbr|ug|e\.\s?v\.|ev|ltd\.?|limited|inc\.?|llc|llp|plc|corp\.?|co\.|s\.a\.|b\.v\.|n\.v\.|pty|oy|sarl|srl|s\.r\.l\.|s\.p\.a\.|partg|mbb|kgaa)(\s|,|$))"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Legal forms that are also words ("as", "ab", "se"): only in capitals.
const QRegularExpression& capitalLegalFormRe()
{
    static const QRegularExpression re(
        uR"((^|\s)(AS|AB|ASA|A/S|SA|SE|SpA|AG & Co\. KG)(\s|,|$))"_s);
    return re;
}

const QRegularExpression& institutionRe()
{
    static const QRegularExpression re(
        uR"(\b(university|universität|hochschule|college|council|police|\w*polizei\w*|staatsanwaltschaft|\w*gericht|court|prosecutor|\w*kanzlei|rechtsanw(?:ä|ae)lte|anwälte|law firm|cert|csirt|ministry|ministerium|behörde|forum|community|blog|project|projekt|collective|foundation|stiftung|verein|association|network|networks|netz|hosting|broadband|services|blocklist|books|guesthouse|shop|versand|rechenzentrum|isp|provider|encyclopedia|wiki)\b|forum)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& authorityRe()
{
    static const QRegularExpression re(
        uR"(\b(\w*polizei\w*|staatsanwaltschaft|\w*gericht|police|court|prosecutor|ministerium|ministry|behörde|landeskriminalamt|bundeskriminalamt)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Words of a domain that say nothing about who owns it.
bool isGenericDomainWord(const QString& w)
{
    static const QSet<QString> generic = {u"mail"_s,     u"abuse"_s,   u"info"_s,    u"reports"_s,
                                          u"report"_s,   u"post"_s,    u"noreply"_s, u"support"_s,
                                          u"security"_s, u"service"_s, u"netz"_s,    u"network"_s,
                                          u"networks"_s, u"data"_s,    u"hosting"_s, u"internet"_s,
                                          u"online"_s,   u"group"_s,   u"example"_s, u"team"_s};
    return w.size() < 4 || generic.contains(w);
}

QString transliterate(QString s)
{
    s.replace(u"ä"_s, u"ae"_s)
        .replace(u"ö"_s, u"oe"_s)
        .replace(u"ü"_s, u"ue"_s)
        .replace(u"ß"_s, u"ss"_s);
    return s;
}

QStringList letterWords(const QString& text)
{
    static const QRegularExpression split(uR"([^\p{L}]+)"_s);
    QStringList words;
    for (const QString& w : text.toLower().split(split, Qt::SkipEmptyParts))
        words.append(transliterate(w));
    return words;
}

bool sharesDomainWord(const QString& line, const QStringList& domainWords)
{
    const QStringList words = letterWords(line);
    for (const QString& d : domainWords) {
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString& w = words[i];
            if (w.size() >= 4 && !isGenericDomainWord(w) && (d.contains(w) || w.contains(d)))
                return true;
            // "Juniper Lane" written as one word in "juniperlane".
            if (i + 1 < words.size() && d == w + words[i + 1])
                return true;
        }
    }
    return false;
}

struct Sender
{
    QString displayName;
    QString address;
};

Sender parseFrom(const QString& from)
{
    Sender s;
    const qsizetype lt = from.lastIndexOf(u'<');
    if (lt >= 0) {
        const qsizetype gt = from.indexOf(u'>', lt);
        s.address = from.mid(lt + 1, gt < 0 ? -1 : gt - lt - 1).trimmed();
        s.displayName = from.left(lt).trimmed();
    } else {
        s.address = from.trimmed();
    }
    s.displayName.remove(u'"');
    s.displayName = s.displayName.trimmed();
    return s;
}

int organisationScore(const QString& cleaned, const QStringList& domainWords)
{
    if (cleaned.isEmpty() || cleaned.size() > 80)
        return 0;
    static const QRegularExpression reject(
        uR"([@<>=\d]|://|www\.|:$|^(on behalf of|im auftrag|i\. ?a\.|anlage|attachment))"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (reject.match(cleaned).hasMatch() || OwnText::isClosingFormula(cleaned))
        return 0;
    if (cleaned.split(u' ', Qt::SkipEmptyParts).size() > 7)
        return 0; // a sentence, not a name
    // Organisation names do not contain pronouns or auxiliary verbs.
    static const QRegularExpression prose(
        uR"(\b(i|we|you|he|she|they|have|has|had|is|are|was|were|this|to|our|your|please|ich|wir|sie|ist|sind|haben|hat|bitte|uns|unser|unsere)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (prose.match(cleaned).hasMatch())
        return 0;
    int score = 0;
    if (legalFormRe().match(cleaned).hasMatch() || capitalLegalFormRe().match(cleaned).hasMatch())
        score += 6;
    // "Kriminalpolizei", "Kommissariat": a unit word alone names no organisation.
    if (institutionRe().match(cleaned).hasMatch() && cleaned.contains(u' '))
        score += 3;
    if (sharesDomainWord(cleaned, domainWords))
        score += 4;
    return score;
}

struct Candidate
{
    QString name;
    int score = 0;
    QString source;
};

// The non-empty lines after a closing formula or "-- " separator.
QStringList blockAfter(const QStringList& lines, qsizetype index)
{
    QStringList block;
    for (qsizetype i = index + 1; i < lines.size() && block.size() < kMaxSignatureLines; ++i) {
        const QString l = lines[i].trimmed();
        if (!l.isEmpty())
            block.append(l);
    }
    return block;
}

QString domainOrganisationName(const QString& address)
{
    const QString domain = address.section(u'@', 1).toLower();
    QStringList labels = domain.split(u'.', Qt::SkipEmptyParts);
    if (labels.size() < 2)
        return {};
    const QString label = labels[labels.size() - 2];
    QStringList parts;
    for (const QString& p : label.split(u'-', Qt::SkipEmptyParts)) {
        if (p.size() > 0)
            parts.append(p.left(1).toUpper() + p.mid(1));
    }
    return parts.join(u' ');
}

// The From display name without role words.
QString cleanDisplayName(const QString& display)
{
    static const QRegularExpression role(
        uR"(\s*[-–,/]?\s*\b(abuse[- ]?(team|desk|department|dept\.?)|abuse|feedback[- ]loop|fbl|noc|security response team|abuse response|cert|csirt|postmaster|helpdesk|help desk)\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString name = display;
    for (int i = 0; i < 3; ++i) {
        const QString stripped = QString(name).remove(role).trimmed();
        if (stripped.isEmpty() || stripped == name)
            break;
        name = stripped;
    }
    return name;
}

void considerBlock(const QStringList& block, const QString& source, int bonus,
                   const QStringList& domainWords, const QString& display, QList<Candidate>& out)
{
    for (const QString& line : block) {
        const QString cleaned = ReporterExtractor::cleanOrganisationLine(line);
        const int score = organisationScore(cleaned, domainWords);
        if (score < kMinScore)
            continue;
        QString name = cleaned;
        // "Cobblestone University" signing for "Cobblestone University Information
        // Security": the department line completes the name the sender uses.
        if (display.startsWith(cleaned + u' ', Qt::CaseInsensitive)) {
            const QString rest = display.mid(cleaned.size() + 1);
            for (const QString& other : block) {
                const QString o = other.trimmed();
                if (o != line && o.startsWith(rest, Qt::CaseInsensitive))
                    name = cleaned + u' ' + o;
            }
        }
        out.append({name, score + bonus, source});
    }
}

// A person's role or unit rather than an organisation: "Administrator", "Partner",
// "Threat Analyst", "IT-Sicherheit / ISMS".
bool isRoleWords(const QString& text)
{
    static const QRegularExpression role(
        uR"(\b(?:administrator|admin|moderator\w*|analyst|manager|director|officer|engineer|specialist|counsel|partner|attorney|lawyer|paralegal|head|lead|referent\w*|leiter\w*|sachbearbeiter\w*|abteilung|mitarbeiter\w*|beauftragte\w*|kommissar\w*|betreiber\w*|inhaber\w*|gesch(?:ä|ae)ftsf(?:ü|ue)hr\w*|incident|response|operations|support|team|desk|\w*sicherheit|isms|abuse)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return text.split(u' ', Qt::SkipEmptyParts).size() <= 3 && role.match(text).hasMatch();
}

} // namespace

QString ReporterExtractor::cleanOrganisationLine(const QString& line)
{
    QString s = line.simplified();
    // Decoration around a signature line: "| Name |", "=== Name ===", "*Name*".
    static const QRegularExpression decoration(
        uR"(^[\s|=*#~_+<>\[\]{}-]+|[\s|=*#~_+<>\[\]{}-]+$)"_s);
    static const QString kDecoration = u"|=*#~_+<>[]{}-"_s;
    if (!s.isEmpty() && (kDecoration.contains(s.front()) || kDecoration.contains(s.back())))
        s.remove(decoration);
    static const QRegularExpression possessive(uR"(^(ihr|ihre|your|the|das|die|der)\s+)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    s.remove(possessive);
    // Cut a trailing sentence: "Wryneck Trap Network. To stop receiving ..."
    static const QRegularExpression sentenceEnd(uR"(\.\s+\p{Lu})"_s);
    auto it = sentenceEnd.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString before = s.left(m.capturedStart());
        static const QRegularExpression abbrev(
            uR"((\b(ltd|inc|corp|co|dr|st|nr|prof)|\b\p{L}\.\p{L}|\b\p{L})$)"_s,
            QRegularExpression::CaseInsensitiveOption);
        if (!abbrev.match(before).hasMatch()) {
            s = before;
            break;
        }
    }
    // "Pinewood Broadband - Abuse Desk", "SpamSieve - the reporting service", but
    // "Administrator | Modelleisenbahn-Forum Kleinbahnhof": a role first, then the name;
    // "Kranichhof Weinversand GmbH · Am Weinberg 2 · ...": the address after the name.
    static const QRegularExpression dash(uR"(\s+[-–—|·•]\s+)"_s);
    const auto d = dash.match(s);
    if (d.hasMatch()) {
        const QString left = s.left(d.capturedStart());
        s = isRoleWords(left) ? s.mid(d.capturedEnd()).section(dash, 0, 0) : left;
    }
    // "Threat Analyst, Osprey Mail Security": role first, organisation last; but
    // "Hartwell, Crane & Osei LLP" is one name.
    const qsizetype comma = s.lastIndexOf(u", "_s);
    if (comma > 0) {
        const QString before = s.left(comma);
        const QString after = s.mid(comma + 2).trimmed();
        const bool oneFirm = legalFormRe().match(u" "_s + after).hasMatch() && !isRoleWords(before);
        if (!oneFirm &&
            (!legalFormRe().match(u" "_s + after).hasMatch() || after.split(u' ').size() > 1))
            s = after;
    }
    // "Pelican Mail Postmaster Team", "SpamWatch reporting service", "Spamfalle
    // Kiebitzmoor (automatischer Versand)": who within the organisation, not who.
    static const QRegularExpression unitSuffix(
        uR"(\s+(?:\([^)]*(?:automat|no.?reply|nicht antworten)[^)]*\)|(?:postmaster|abuse|support|security|moderation)\s+(?:team|desk)|volunteers|moderators|reporting service|helpdesk)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < 2; ++i) {
        const auto u = unitSuffix.match(s);
        if (!u.hasMatch() || u.capturedStart() == 0)
            break;
        s = s.left(u.capturedStart()).trimmed();
    }
    // "Projekt Blocklist-Ost": the project's name is its name.
    static const QRegularExpression projectWord(uR"(^(?:projekt|project)\s+(?=\S))"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    s.remove(projectWord);
    static const QRegularExpression quotes(uR"([»«„“”"‚‘’])"_s);
    s.remove(quotes);
    return s.simplified();
}

QStringList ReporterExtractor::domainWords(const QString& fromAddress)
{
    const QString domain = fromAddress.section(u'@', 1).toLower();
    const QStringList labels = domain.split(u'.', Qt::SkipEmptyParts);
    QStringList words;
    if (labels.size() < 2)
        return words;
    // The label left of the top-level domain names the organisation
    // ("reports.spamsieve.example" -> spamsieve).
    qsizetype idx = labels.size() - 2;
    static const QSet<QString> secondLevel = {u"co"_s,  u"ac"_s,  u"com"_s, u"org"_s,
                                              u"net"_s, u"gov"_s, u"or"_s,  u"ne"_s};
    if (idx > 0 && secondLevel.contains(labels[idx]))
        --idx;
    const QString label = labels[idx];
    for (const QString& part : label.split(u'-', Qt::SkipEmptyParts)) {
        if (!isGenericDomainWord(part))
            words.append(part);
    }
    if (label.contains(u'-'))
        words.append(QString(label).remove(u'-'));
    return words;
}

ReporterExtractor::Result ReporterExtractor::extract(const ParsedMail& notice,
                                                     const QString& ownText,
                                                     const QList<int>& quotedLines)
{
    const Sender sender = parseFrom(notice.header(u"From"));
    const QStringList domain = domainWords(sender.address);
    const QStringList own = OwnText::ownLines(ownText, quotedLines);

    QList<Candidate> candidates;
    // Signature blocks: after the last closing formula and after "-- ".
    for (qsizetype i = own.size() - 1; i >= 0; --i) {
        if (OwnText::isClosingFormula(own[i])) {
            considerBlock(blockAfter(own, i), u"signature"_s, 3, domain, sender.displayName,
                          candidates);
            break;
        }
    }
    for (qsizetype i = own.size() - 1; i >= 0; --i) {
        if (own[i] == u"--" || own[i] == u"-- ") {
            considerBlock(blockAfter(own, i), u"signature"_s, 3, domain, sender.displayName,
                          candidates);
            break;
        }
    }
    // The last paragraph often is a bare signature ("Thimbleweed Rights Protection Ltd.").
    {
        qsizetype end = own.size() - 1;
        while (end >= 0 && own[end].trimmed().isEmpty())
            --end;
        qsizetype start = end;
        while (start > 0 && !own[start - 1].trimmed().isEmpty())
            --start;
        if (end >= 0 && end - start < 6)
            considerBlock(own.mid(start, end - start + 1), u"signature"_s, 2, domain,
                          sender.displayName, candidates);
    }
    // Letterhead of an authority's letter: its first lines.
    {
        QStringList head;
        for (const QString& l : own) {
            if (l.trimmed().isEmpty()) {
                if (!head.isEmpty())
                    break;
                continue;
            }
            head.append(l.trimmed());
        }
        QList<Candidate> letterhead;
        considerBlock(head.mid(0, 3), u"letterhead"_s, 0, domain, sender.displayName, letterhead);
        for (Candidate& c : letterhead) {
            if (authorityRe().match(c.name).hasMatch()) {
                c.score += 2;
                candidates.append(c);
            }
        }
    }

    Result result;
    const Candidate* best = nullptr;
    for (const Candidate& c : candidates) {
        if (!best || c.score >= best->score)
            best = &c; // later mentions win ties: organisations sign below the person
    }
    if (best) {
        result.reporter = best->name;
        result.source = best->source;
        return result;
    }

    const QString display = cleanDisplayName(sender.displayName);
    if (!display.isEmpty() &&
        (organisationScore(display, domain) >= kMinScore || display != sender.displayName)) {
        result.reporter = display;
        result.source = u"from"_s;
        return result;
    }
    // A person writing from an organisation's domain: name the organisation.
    const QString fromDomain = domainOrganisationName(sender.address);
    if (!fromDomain.isEmpty() && !domain.isEmpty()) {
        result.reporter = fromDomain;
        result.source = u"domain"_s;
        return result;
    }
    result.reporter = display.isEmpty() ? sender.address : display;
    result.source = u"from"_s;
    return result;
}

} // namespace mixdesk
