#include "cases/dossier/DossierHtml.h"

#include "analysis/Category.h"
#include "cases/CaseTemplates.h"
#include "cases/ServiceStatement.h"

namespace mixdesk {
namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// Paragraphs of plain text (statement, fact sheet, notes) as HTML.
QString paragraphs(const QString& text)
{
    QString html;
    const QStringList parts = text.split(QStringLiteral("\n\n"));
    for (const QString& p : parts) {
        if (p.trimmed().isEmpty())
            continue;
        html += QStringLiteral("<p>") + esc(p.trimmed()).replace(u'\n', QStringLiteral("<br/>")) +
                QStringLiteral("</p>");
    }
    return html;
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><th class=\"label\">") + esc(label) + QStringLiteral("</th><td>") +
           esc(value) + QStringLiteral("</td></tr>");
}

} // namespace

QString DossierHtml::t(const char16_t* en, const char16_t* de) const
{
    return QString::fromUtf16(m_data.language == u"de" ? de : en);
}

QString DossierHtml::styleSheet()
{
    return QStringLiteral(
        "body { font-family: 'DejaVu Serif'; font-size: 10pt; color: #111; }"
        "h1 { font-family: 'DejaVu Sans'; font-size: 20pt; font-weight: bold; margin-bottom: 6pt; }"
        "h2 { font-family: 'DejaVu Sans'; font-size: 14pt; font-weight: bold; margin-top: 0pt; "
        "margin-bottom: 8pt; color: #1d3557; }"
        "h3 { font-family: 'DejaVu Sans'; font-size: 11pt; font-weight: bold; margin-top: 4pt; "
        "margin-bottom: 4pt; color: #1d3557; }"
        "p { margin-top: 0pt; margin-bottom: 6pt; line-height: 125%; }"
        "table { border-collapse: collapse; margin-bottom: 8pt; }"
        "th { font-family: 'DejaVu Sans'; font-size: 8.5pt; font-weight: bold; text-align: left; "
        "background-color: #e9edf2; }"
        "td { font-size: 9pt; }"
        "th.label { background-color: #f4f6f8; font-weight: bold; }"
        "td.mono, span.mono { font-family: 'DejaVu Sans Mono'; font-size: 6.5pt; }"
        ".warn { color: #9b1c1c; font-weight: bold; }"
        ".ok { color: #1b5e20; }"
        ".muted { color: #555; font-size: 8.5pt; }"
        ".cover { font-family: 'DejaVu Sans'; }");
}

DossierHtml::DossierHtml(const DossierData& data)
    : m_data(data), m_timelineRows(timelineRows()), m_evidenceRows(evidenceRows())
{}

int DossierHtml::chunks(const QStringList& rows)
{
    return std::max(1, int((rows.size() + kRowsPerBlock - 1) / kRowsPerBlock));
}

QString DossierHtml::chunk(const QString& tableHead, const QStringList& rows, int index,
                           const QString& empty)
{
    QString html = tableHead;
    if (rows.isEmpty())
        html += empty;
    for (qsizetype i = qsizetype(index) * kRowsPerBlock;
         i < std::min(rows.size(), qsizetype(index + 1) * kRowsPerBlock); ++i)
        html += rows.at(i);
    return html + QStringLiteral("</table>");
}

// A later part of a long table: with its header (at the top of a page), and without
// it (flowing on below the part before).
DossierHtml::Block DossierHtml::tablePart(const QString& tableOpen, const QString& headRow,
                                          const QStringList& rows, int index)
{
    return Block(chunk(tableOpen + headRow, rows, index, {}), false, true,
                 chunk(tableOpen, rows, index, {}));
}

int DossierHtml::blockCount() const
{
    // cover, timeline chunks, notices heading and notices, statement, fact sheet,
    // evidence index chunks
    return 1 + chunks(m_timelineRows) + 1 + int(m_data.notices.size()) + 2 + chunks(m_evidenceRows);
}

DossierHtml::Block DossierHtml::block(int index) const
{
    if (index == 0)
        return {cover(), false};
    index -= 1;
    if (index < chunks(m_timelineRows)) {
        const QString empty = QStringLiteral("<tr><td colspan=\"3\">\u2013</td></tr>");
        if (index == 0)
            return {summary() + QStringLiteral("<h3>") + esc(t(u"Timeline", u"Zeitleiste")) +
                        QStringLiteral("</h3>") +
                        chunk(tableOpen(4) + timelineHeadRow(), m_timelineRows, 0, empty),
                    true};
        return tablePart(tableOpen(4), timelineHeadRow(), m_timelineRows, index);
    }
    index -= chunks(m_timelineRows);
    if (index == 0)
        return {noticesTitle(), true};
    index -= 1;
    if (index < m_data.notices.size())
        return {notice(index), false};
    index -= int(m_data.notices.size());
    if (index == 0)
        return {statement(), true};
    if (index == 1)
        return {factSheet(), true};
    index -= 2;
    const QString empty = QStringLiteral("<tr><td colspan=\"4\">\u2013</td></tr>");
    if (index == 0)
        return {evidenceIntro() + chunk(tableOpen(3) + evidenceHeadRow(), m_evidenceRows, 0, empty),
                true};
    return tablePart(tableOpen(3), evidenceHeadRow(), m_evidenceRows, index);
}

QString DossierHtml::dateTime(const QDateTime& time) const
{
    if (!time.isValid())
        return t(u"unknown", u"unbekannt");
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

// In a table whose header says UTC.
QString DossierHtml::shortTime(const QDateTime& time) const
{
    if (!time.isValid())
        return QStringLiteral("\u2013");
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// In the dossier's language, which need not be the UI's (so not categoryDisplayName).
QString DossierHtml::categoryText(Category category) const
{
    static const QHash<Category, std::pair<const char16_t*, const char16_t*>> names{
        {Category::SpamWebmail, {u"Webmail spam", u"Webmail-Spam"}},
        {Category::SpamSmtp, {u"SMTP spam", u"SMTP-Spam"}},
        {Category::DnsblListing, {u"Blocklist listing", u"Blocklisten-Eintrag"}},
        {Category::Harassment, {u"Harassment", u"Belästigung"}},
        {Category::Copyright, {u"Copyright", u"Urheberrecht"}},
        {Category::Fraud, {u"Fraud", u"Betrug"}},
        {Category::SeriousCrime, {u"Serious crime", u"Schwere Straftat"}},
        {Category::NetworkAttack, {u"Network attack", u"Netzwerkangriff"}},
        {Category::Misdirected, {u"Misdirected", u"Fehlgeleitet"}},
        {Category::Other, {u"Other", u"Sonstiges"}},
    };
    const auto& name = names.value(category, names.value(Category::Other));
    return t(name.first, name.second);
}

QString DossierHtml::typeText() const
{
    static const QHash<CaseType, std::pair<const char16_t*, const char16_t*>> names{
        {CaseType::Summons, {u"Police summons", u"Polizeiliche Vorladung"}},
        {CaseType::InformationRequest, {u"Information request", u"Auskunftsersuchen"}},
        {CaseType::Fraud, {u"Fraud complaint", u"Betrugsanzeige"}},
        {CaseType::RetentionOrder,
         {u"Data-retention or surveillance order", u"Speicher- oder Überwachungsanordnung"}},
        {CaseType::SearchSeizure, {u"Search or seizure", u"Durchsuchung oder Beschlagnahme"}},
        {CaseType::Copyright, {u"Copyright claim", u"Urheberrechtliche Abmahnung"}},
        {CaseType::Harassment,
         {u"Harassment or blocking request", u"Belästigung oder Sperrersuchen"}},
        {CaseType::Other, {u"Other matter", u"Sonstige Angelegenheit"}},
    };
    const auto& name = names.value(m_data.folder.type, names.value(CaseType::Other));
    QString text = t(name.first, name.second);
    if (m_data.folder.type == CaseType::Summons && m_data.folder.role == SummonsRole::Witness)
        text += t(u" (as witness)", u" (als Zeuge)");
    if (m_data.folder.type == CaseType::Summons && m_data.folder.role == SummonsRole::Suspect)
        text += t(u" (as suspect)", u" (als Beschuldigter)");
    return text;
}

QString DossierHtml::headerLeft() const
{
    return t(u"Dossier: ", u"Dossier: ") + m_data.folder.title;
}

QString DossierHtml::headerRight() const
{
    const QString ref =
        m_data.folder.reference.isEmpty() ? t(u"none", u"keines") : m_data.folder.reference;
    return t(u"File reference: ", u"Aktenzeichen: ") + ref;
}

QString DossierHtml::pageText(int page, int pages) const
{
    return t(u"Page %1 of %2", u"Seite %1 von %2").arg(page).arg(pages);
}

QString DossierHtml::cover() const
{
    const CaseFolder& c = m_data.folder;
    const OperatorProfile& p = m_data.profile;
    static const QHash<AuthorityKind, std::pair<const char16_t*, const char16_t*>> authorities{
        {AuthorityKind::Police, {u"Police", u"Polizei"}},
        {AuthorityKind::Prosecutor, {u"Prosecutor", u"Staatsanwaltschaft"}},
        {AuthorityKind::Court, {u"Court", u"Gericht"}},
        {AuthorityKind::Company, {u"Company", u"Unternehmen"}},
        {AuthorityKind::Other, {u"Other", u"Sonstige"}},
    };
    static const QHash<CaseStatus, std::pair<const char16_t*, const char16_t*>> statuses{
        {CaseStatus::Open, {u"open", u"offen"}},
        {CaseStatus::Waiting, {u"waiting", u"wartend"}},
        {CaseStatus::Answered, {u"answered", u"beantwortet"}},
        {CaseStatus::Closed, {u"closed", u"abgeschlossen"}},
    };
    const auto& kind = authorities.value(c.authorityKind);
    const auto& status = statuses.value(c.status);
    QString operatorText = p.name;
    if (!p.organisation.isEmpty())
        operatorText += QStringLiteral(", ") + p.organisation;
    QString html = QStringLiteral("<div class=\"cover\"><p>&nbsp;</p><p>&nbsp;</p>");
    html += QStringLiteral("<p class=\"muted\">") +
            esc(t(u"Dossier for legal counsel", u"Dossier für die anwaltliche Beratung")) +
            QStringLiteral("</p>");
    html += QStringLiteral("<h1>") + esc(c.title) + QStringLiteral("</h1>");
    html += QStringLiteral("<p>") + esc(typeText()) + QStringLiteral("</p><p>&nbsp;</p>");
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"5\" border=\"1\" "
                           "style=\"border-color: #b8c0c8; border-style: solid;\">");
    html += row(t(u"Operator", u"Betreiber"), operatorText);
    if (!p.postalAddress.isEmpty())
        html += row(t(u"Address", u"Anschrift"), p.postalAddress);
    if (!p.email.isEmpty())
        html += row(t(u"E-mail", u"E-Mail"), p.email);
    html += row(t(u"Case", u"Angelegenheit"), typeText());
    html += row(t(u"Authority", u"Behörde / Absender"),
                c.authority.isEmpty() ? t(kind.first, kind.second)
                                      : c.authority + QStringLiteral(" (") +
                                            t(kind.first, kind.second) + QStringLiteral(")"));
    html += row(t(u"File reference", u"Aktenzeichen"), c.reference);
    if (!c.contact.isEmpty())
        html += row(t(u"Contact person", u"Ansprechpartner"), c.contact);
    html += row(t(u"Status", u"Stand"), t(status.first, status.second));
    html += row(t(u"Opened", u"Eröffnet"), c.openedOn.toString(Qt::ISODate));
    if (c.closedOn.isValid())
        html += row(t(u"Closed", u"Abgeschlossen"), c.closedOn.toString(Qt::ISODate));
    html +=
        row(t(u"Linked notices", u"Verknüpfte Meldungen"), QString::number(m_data.notices.size()));
    html += row(t(u"Documents", u"Dokumente"), QString::number(m_data.documents.size()));
    html += row(t(u"Date of this dossier", u"Datum dieses Dossiers"),
                m_data.date.toString(Qt::ISODate));
    html += QStringLiteral("</table><p>&nbsp;</p><p class=\"muted\">") +
            esc(t(u"Prepared with MixDesk. All times are in UTC. The evidence index at the end "
                  u"lists the SHA-256 of every raw notice and document, so that each can be "
                  u"verified against the stored original.",
                  u"Erstellt mit MixDesk. Alle Zeiten in UTC. Das Beweismittelverzeichnis am Ende "
                  u"nennt den SHA-256-Hashwert jeder Rohmeldung und jedes Dokuments, so dass jedes "
                  u"mit dem gespeicherten Original abgeglichen werden kann.")) +
            QStringLiteral("</p></div>");
    return html;
}

QString DossierHtml::summary() const
{
    const CaseFolder& c = m_data.folder;
    QString html = QStringLiteral("<h2>1. ") + esc(t(u"Summary", u"Zusammenfassung")) +
                   QStringLiteral("</h2>");
    QString text = t(u"%1 from %2, file reference %3, opened on %4.",
                     u"%1 von %2, Aktenzeichen %3, eröffnet am %4.")
                       .arg(typeText(),
                            c.authority.isEmpty() ? t(u"an unnamed sender", u"unbenanntem Absender")
                                                  : c.authority,
                            c.reference.isEmpty() ? t(u"none", u"keines") : c.reference,
                            c.openedOn.toString(Qt::ISODate));
    html += QStringLiteral("<p>") + esc(text) + QStringLiteral("</p>");
    html += QStringLiteral("<p>") +
            esc(t(u"The case concerns the exit address %1 at the incident time %2. It has %3 "
                  u"linked notice(s) and %4 document(s).",
                  u"Der Fall betrifft die Ausgangsadresse %1 zur Tatzeit %2. Ihm sind %3 "
                  u"Meldung(en) und %4 Dokument(e) zugeordnet.")
                    .arg(c.exitIp.isEmpty() ? t(u"(none)", u"(keine)") : c.exitIp,
                         dateTime(c.incidentTimeUtc), QString::number(m_data.notices.size()),
                         QString::number(m_data.documents.size()))) +
            QStringLiteral("</p>");
    html += QStringLiteral("<h3>") +
            esc(t(u"Service period of the exit", u"Betriebszeitraum des Ausgangsknotens")) +
            QStringLiteral("</h3>");
    const ServiceStatement service =
        ServiceStatement::of(m_data.profile, c.exitIp, c.incidentTimeUtc);
    html += QStringLiteral("<p class=\"%1\">")
                .arg(service.isWarning() ? QStringLiteral("warn") : QStringLiteral("ok")) +
            esc(service.text(m_data.language)) + QStringLiteral("</p>");
    if (c.type == CaseType::RetentionOrder) {
        static const QHash<RetentionRule, std::pair<const char16_t*, const char16_t*>> rules{
            {RetentionRule::MinimumData,
             {u"Store only the minimum data the order names.",
              u"Nur die im Beschluss genannten Mindestdaten speichern."}},
            {RetentionRule::NoAccess,
             {u"Make sure nobody has access to the retained data.",
              u"Sicherstellen, dass niemand Zugriff auf die gespeicherten Daten hat."}},
            {RetentionRule::OnlyWhatCompelled,
             {u"Hand over only what is compelled.", u"Nur herausgeben, was verpflichtend ist."}},
            {RetentionRule::NoArbitrary,
             {u"Allow no arbitrary collection (rather shut the server down).",
              u"Keine beliebige Erhebung zulassen (eher den Server abschalten)."}},
        };
        html += QStringLiteral("<h3>") +
                esc(t(u"Retention order checklist", u"Checkliste zur Speicheranordnung")) +
                QStringLiteral("</h3><table width=\"100%\" cellpadding=\"4\" border=\"1\" "
                               "style=\"border-color: #b8c0c8; border-style: solid;\">"
                               "<thead><tr><th>") +
                esc(t(u"Rule", u"Regel")) + QStringLiteral("</th><th>") +
                esc(t(u"Answer", u"Antwort")) + QStringLiteral("</th><th>") +
                esc(t(u"Date", u"Datum")) + QStringLiteral("</th></tr></thead>");
        for (const ChecklistAnswer& a : completeChecklist(m_data.checklist)) {
            const auto& r = rules.value(a.rule);
            html += QStringLiteral("<tr><td>") + esc(t(r.first, r.second)) +
                    QStringLiteral("</td><td>") +
                    (a.isAnswered() ? esc(a.note)
                                    : QStringLiteral("<span class=\"warn\">") +
                                          esc(t(u"open", u"offen")) + QStringLiteral("</span>")) +
                    QStringLiteral("</td><td>") + a.answeredOn.toString(Qt::ISODate) +
                    QStringLiteral("</td></tr>");
        }
        html += QStringLiteral("</table>");
    }
    if (!m_data.deadlines.isEmpty()) {
        html += QStringLiteral("<h3>") +
                esc(t(u"Deadlines and appointments", u"Fristen und Termine")) +
                QStringLiteral("</h3><table width=\"100%\" cellpadding=\"4\" border=\"1\" "
                               "style=\"border-color: #b8c0c8; border-style: solid;\">"
                               "<thead><tr><th>") +
                esc(t(u"Due", u"Fällig")) + QStringLiteral("</th><th>") + esc(t(u"What", u"Was")) +
                QStringLiteral("</th><th>") + esc(t(u"Done", u"Erledigt")) +
                QStringLiteral("</th></tr></thead>");
        for (const CaseDeadline& d : m_data.deadlines)
            html +=
                QStringLiteral("<tr><td>") + esc(dateTime(d.dueAt)) + QStringLiteral("</td><td>") +
                esc((d.kind == CaseDeadline::Kind::Appointment ? t(u"Appointment: ", u"Termin: ")
                                                               : t(u"Deadline: ", u"Frist: ")) +
                    d.title) +
                QStringLiteral("</td><td>") +
                esc(d.isDone() ? dateTime(d.doneAt) : QStringLiteral("\u2013")) +
                QStringLiteral("</td></tr>");
        html += QStringLiteral("</table>");
    }
    if (!m_data.notes.isEmpty()) {
        html += QStringLiteral("<h3>") + esc(t(u"Notes", u"Notizen")) + QStringLiteral("</h3>");
        for (const CaseNote& n : m_data.notes)
            html += QStringLiteral("<p><span class=\"muted\">") +
                    esc(dateTime(n.time) + QStringLiteral(", ") + n.user) +
                    QStringLiteral(":</span> ") + esc(n.text) + QStringLiteral("</p>");
    }
    return html;
}

QStringList DossierHtml::timelineRows() const
{
    static const QHash<QString, std::pair<const char16_t*, const char16_t*>> kinds{
        {QStringLiteral("opened"), {u"Case opened", u"Fall eröffnet"}},
        {QStringLiteral("status"), {u"Status", u"Status"}},
        {QStringLiteral("statement"), {u"Statement edited", u"Äußerung bearbeitet"}},
        {QStringLiteral("linked"), {u"Notice linked", u"Meldung verknüpft"}},
        {QStringLiteral("unlinked"), {u"Notice unlinked", u"Meldung entfernt"}},
        {QStringLiteral("document"), {u"Document attached", u"Dokument beigefügt"}},
        {QStringLiteral("document-removed"), {u"Document removed", u"Dokument entfernt"}},
        {QStringLiteral("note"), {u"Note", u"Notiz"}},
        {QStringLiteral("deadline"), {u"Deadline", u"Frist"}},
        {QStringLiteral("appointment"), {u"Appointment", u"Termin"}},
        {QStringLiteral("incident"), {u"Incident (per notice)", u"Tatzeit (laut Meldung)"}},
        {QStringLiteral("received"), {u"Notice received", u"Meldung eingegangen"}},
        {QStringLiteral("imported"), {u"Notice imported", u"Meldung importiert"}},
        {QStringLiteral("synced"), {u"Notice fetched", u"Meldung abgerufen"}},
        {QStringLiteral("mail-sent"), {u"Mail sent", u"E-Mail gesendet"}},
        {QStringLiteral("sent-copy-failed"),
         {u"No copy in the Sent folder", u"Keine Kopie im Gesendet-Ordner"}},
        {QStringLiteral("minimum-data"), {u"Checklist: minimum data", u"Checkliste: Mindestdaten"}},
        {QStringLiteral("no-access"), {u"Checklist: no access", u"Checkliste: kein Zugriff"}},
        {QStringLiteral("only-compelled"),
         {u"Checklist: only what is compelled", u"Checkliste: nur Verpflichtendes"}},
        {QStringLiteral("no-arbitrary"),
         {u"Checklist: no arbitrary collection", u"Checkliste: keine beliebige Erhebung"}},
    };
    QStringList rows;
    // Bulk work (a thousand notices imported or linked in one go) makes runs of the
    // same event in the same minute: one row each run, with its count and range.
    const QList<TimelineEntry>& all = m_data.timeline;
    for (qsizetype i = 0; i < all.size();) {
        const TimelineEntry& e = all.at(i);
        qsizetype end = i + 1;
        const auto minute = [](const TimelineEntry& x) {
            return x.time.isValid() ? x.time.toSecsSinceEpoch() / 60 : -1;
        };
        while (end < all.size() && all.at(end).kind == e.kind && all.at(end).source == e.source &&
               all.at(end).user == e.user && minute(all.at(end)) == minute(e) &&
               e.kind != u"note" && e.kind != u"incident")
            ++end;
        const qsizetype count = end - i;
        const auto name = kinds.value(e.kind);
        QString event = name.first ? t(name.first, name.second) : e.kind;
        QString detail = e.text;
        if (count > 1) {
            event += QStringLiteral(" (%1\u00d7)").arg(count);
            detail = (e.noticeId != 0 ? t(u"notices %1 to %2", u"Meldungen %1 bis %2")
                                            .arg(e.noticeId)
                                            .arg(all.at(end - 1).noticeId)
                                      : e.text + QStringLiteral(" \u2026 ") + all.at(end - 1).text);
        } else if (e.noticeId != 0) {
            event += t(u" (notice %1)", u" (Meldung %1)").arg(e.noticeId);
        }
        if (!e.user.isEmpty())
            detail += (detail.isEmpty() ? QString() : QStringLiteral(" \u2013 ")) + e.user;
        // Widths on every row: a part without the header row keeps the columns.
        rows << QStringLiteral("<tr><td width=\"22%\">") + esc(shortTime(e.time)) +
                    QStringLiteral("</td><td width=\"30%\">") + esc(event) +
                    QStringLiteral("</td><td>") + esc(detail) + QStringLiteral("</td></tr>");
        i = end;
    }
    return rows;
}

QString DossierHtml::tableOpen(int cellPadding)
{
    return QStringLiteral("<table width=\"100%\" cellpadding=\"%1\" border=\"1\" "
                          "style=\"border-color: #b8c0c8; border-style: solid;\">")
        .arg(cellPadding);
}

QString DossierHtml::timelineHeadRow() const
{
    return QStringLiteral("<thead><tr><th width=\"22%\">") + esc(t(u"Time (UTC)", u"Zeit (UTC)")) +
           QStringLiteral("</th><th width=\"30%\">") + esc(t(u"Event", u"Ereignis")) +
           QStringLiteral("</th><th>") + esc(t(u"Detail", u"Einzelheiten")) +
           QStringLiteral("</th></tr></thead>");
}

QString DossierHtml::noticesTitle() const
{
    QString html = QStringLiteral("<h2>2. ") + esc(t(u"Linked notices", u"Verknüpfte Meldungen")) +
                   QStringLiteral("</h2>");
    html += QStringLiteral("<p>") +
            esc(m_data.notices.isEmpty()
                    ? t(u"No notice is linked to this case.",
                        u"Diesem Fall ist keine Meldung zugeordnet.")
                    : t(u"Each notice as received, with what its analysis found: the exit address, "
                        u"the incident time in UTC, the path of the offending message (Received "
                        u"hops, oldest first) and the webmail account and provider it was sent "
                        u"from.",
                        u"Jede Meldung wie eingegangen, mit dem Ergebnis ihrer Analyse: "
                        u"Ausgangsadresse, Tatzeit in UTC, Weg der beanstandeten Nachricht "
                        u"(Received-Stationen, älteste zuerst) sowie Webmail-Konto und Anbieter, "
                        u"über die sie versandt wurde.")) +
            QStringLiteral("</p>");
    return html;
}

QString DossierHtml::notice(int index) const
{
    const DossierNotice& n = m_data.notices.at(index);
    const Analysis& a = n.analysis;
    QString html =
        QStringLiteral("<h3>") +
        esc(t(u"Notice %1 (exhibit N%2)", u"Meldung %1 (Anlage N%2)").arg(n.id).arg(index + 1)) +
        QStringLiteral("</h3>");
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"3\" border=\"1\" "
                           "style=\"border-color: #b8c0c8; border-style: solid;\">");
    html += row(t(u"Subject", u"Betreff"), n.subject);
    html += row(t(u"Reporter", u"Absender"), n.reporter.isEmpty() ? a.reporter : n.reporter);
    html += row(t(u"Received", u"Eingegangen"), dateTime(n.receivedAt));
    html += row(t(u"Category", u"Kategorie"), categoryText(a.category));
    html += row(t(u"Exit IP", u"Ausgangsadresse"),
                a.exitIp.isEmpty()
                    ? (a.reportedIp.isEmpty()
                           ? QStringLiteral("\u2013")
                           : a.reportedIp + t(u" (not an exit)", u" (kein Ausgangsknoten)"))
                    : a.exitIp);
    html += row(t(u"Incident time", u"Tatzeit"), dateTime(a.incidentTimeUtc));
    if (!a.caseReference.isEmpty())
        html += row(t(u"Reference in the notice", u"Zeichen in der Meldung"), a.caseReference);
    html += row(t(u"Webmail account", u"Webmail-Konto"),
                a.webmailAccount.isEmpty() ? QStringLiteral("\u2013") : a.webmailAccount);
    QString provider = a.mailServer;
    if (!a.webmailSoftware.isEmpty())
        provider +=
            (provider.isEmpty() ? QString() : QStringLiteral(" \u2013 ")) + a.webmailSoftware;
    html += row(t(u"Webmail provider", u"Webmail-Anbieter"),
                provider.isEmpty() ? QStringLiteral("\u2013") : provider);
    html += QStringLiteral("<tr><th class=\"label\">SHA-256</th><td class=\"mono\">") + n.sha256 +
            QStringLiteral("</td></tr></table>");
    const QString ip = a.exitIp.isEmpty() ? a.reportedIp : a.exitIp;
    const ServiceStatement service = ServiceStatement::of(m_data.profile, ip, a.incidentTimeUtc);
    html += QStringLiteral("<p class=\"%1\">")
                .arg(service.isWarning() ? QStringLiteral("warn") : QStringLiteral("ok")) +
            esc(service.text(m_data.language)) + QStringLiteral("</p>");
    const QList<ReceivedHop>& hops = a.hops();
    if (!hops.isEmpty()) {
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"3\" border=\"1\" "
                               "style=\"border-color: #b8c0c8; border-style: solid;\">"
                               "<thead><tr><th>#</th><th>") +
                esc(t(u"From", u"Von")) + QStringLiteral("</th><th>IP</th><th>") +
                esc(t(u"By", u"Durch")) + QStringLiteral("</th><th>") +
                esc(t(u"With", u"Protokoll")) + QStringLiteral("</th><th>") +
                esc(t(u"Time (UTC)", u"Zeit (UTC)")) + QStringLiteral("</th></tr></thead>");
        const OffendingMessage& first = a.offendingMessages.first();
        for (int i = 0; i < hops.size(); ++i) {
            const ReceivedHop& h = hops.at(i);
            QString mark;
            if (i == first.exitHopIndex)
                mark = t(u" (exit)", u" (Ausgang)");
            else if (i == first.webmailHopIndex)
                mark = t(u" (webmail)", u" (Webmail)");
            html += QStringLiteral("<tr><td>") + QString::number(i + 1) + esc(mark) +
                    QStringLiteral("</td><td>") + esc(h.fromHost) + QStringLiteral("</td><td>") +
                    esc(h.fromIp) + QStringLiteral("</td><td>") + esc(h.byHost) +
                    QStringLiteral("</td><td>") + esc(h.with) + QStringLiteral("</td><td>") +
                    esc(h.dateUtc.isValid() ? shortTime(h.dateUtc) : h.dateText) +
                    QStringLiteral("</td></tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString DossierHtml::statement() const
{
    return QStringLiteral("<h2>3. ") +
           esc(t(u"Written statement of the operator", u"Schriftliche Äußerung des Betreibers")) +
           QStringLiteral("</h2>") +
           paragraphs(CaseTemplates::statementOf(m_data.profile, m_data.folder, m_data.language));
}

QString DossierHtml::factSheet() const
{
    return QStringLiteral("<h2>4. ") +
           esc(t(u"Fact sheet: the anonymization service",
                 u"Merkblatt: der Anonymisierungsdienst")) +
           QStringLiteral("</h2>") +
           paragraphs(CaseTemplates::factSheetOf(m_data.profile, m_data.folder, m_data.language));
}

QString DossierHtml::evidenceIntro() const
{
    QString html = QStringLiteral("<h2>5. ") +
                   esc(t(u"Evidence index", u"Beweismittelverzeichnis")) + QStringLiteral("</h2>");
    html += QStringLiteral("<p>") +
            esc(t(u"Each raw notice and each document as stored, with its size in bytes and its "
                  u"SHA-256 hash. Anyone can check an original with \u201csha256sum FILE\u201d.",
                  u"Jede Rohmeldung und jedes Dokument wie gespeichert, mit Größe in Byte und "
                  u"SHA-256-Hashwert. Ein Original lässt sich mit \u201esha256sum DATEI\u201c "
                  u"prüfen.")) +
            QStringLiteral("</p>");
    return html;
}

QString DossierHtml::evidenceHeadRow() const
{
    return QStringLiteral("<thead><tr><th width=\"9%\">") + esc(t(u"Exhibit", u"Anlage")) +
           QStringLiteral("</th><th width=\"27%\">") + esc(t(u"Item", u"Gegenstand")) +
           QStringLiteral("</th><th width=\"7%\">") + esc(t(u"Bytes", u"Byte")) +
           QStringLiteral("</th><th>SHA-256</th></tr></thead>");
}

QStringList DossierHtml::evidenceRows() const
{
    QStringList rows;
    for (int i = 0; i < m_data.notices.size(); ++i) {
        const DossierNotice& n = m_data.notices.at(i);
        rows << QStringLiteral("<tr><td width=\"9%\">N%1</td><td width=\"27%\">").arg(i + 1) +
                    esc(t(u"Raw notice %1", u"Rohmeldung %1").arg(n.id)) +
                    QStringLiteral("<br/><span class=\"muted\">") + esc(shortTime(n.receivedAt)) +
                    QStringLiteral("</span>") + QStringLiteral("</td><td width=\"7%\">") +
                    QString::number(n.size) + QStringLiteral("</td><td class=\"mono\">") +
                    n.sha256 + QStringLiteral("</td></tr>");
    }
    for (int i = 0; i < m_data.documents.size(); ++i) {
        const CaseDocument& d = m_data.documents.at(i);
        rows << QStringLiteral("<tr><td width=\"9%\">D%1</td><td width=\"27%\">").arg(i + 1) +
                    esc(d.fileName) +
                    (d.note.isEmpty() ? QString()
                                      : QStringLiteral("<br/><span class=\"muted\">") +
                                            esc(d.note) + QStringLiteral("</span>")) +
                    QStringLiteral("</td><td width=\"7%\">") + QString::number(d.size) +
                    QStringLiteral("</td><td class=\"mono\">") + d.sha256 +
                    QStringLiteral("</td></tr>");
    }
    return rows;
}

} // namespace mixdesk
