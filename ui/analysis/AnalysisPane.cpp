#include "analysis/AnalysisPane.h"

#include "analysis/HopModel.h"
#include "analysis/HopTableView.h"
#include "analysis/RawHeaderHighlighter.h"
#include "analysis/WebmailSoftware.h"
#include "inspector/AuthResultsSummary.h"
#include "inspector/EvidenceStrength.h"
#include "mail/ParseProblem.h"
#include "widgets/PlainText.h"
#include "widgets/SecondaryText.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {
namespace {

// The header block of a raw message: everything before the first empty line.
QString headerBlock(const QByteArray& raw)
{
    qsizetype end = raw.indexOf("\r\n\r\n");
    const qsizetype lfEnd = raw.indexOf("\n\n");
    if (end < 0 || (lfEnd >= 0 && lfEnd < end))
        end = lfEnd;
    QString text = QString::fromUtf8(end < 0 ? raw : raw.left(end));
    text.remove(u'\r');
    return text;
}

QString languageName(const QString& code)
{
    if (code == u"en")
        return AnalysisPane::tr("English", "language of a notice");
    if (code == u"de")
        return AnalysisPane::tr("German", "language of a notice");
    return code;
}

// Problems are stored in English; shown in the user's language.
QString translatedProblems(const QStringList& problems)
{
    QStringList shown;
    for (const QString& problem : problems)
        shown.append(ParseProblem::translated(problem));
    return shown.join(u"; "_s);
}

} // namespace

AnalysisPane::AnalysisPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"analysisPane"_s);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(u"analysisPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_fieldsWidget = new QWidget;
    m_fieldsWidget->setObjectName(u"analysisFields"_s);
    auto* grid = new QGridLayout(m_fieldsWidget);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(2);
    for (const char* key :
         {"category", "exit_ip", "exit_ips", "reported_ip", "incident_time", "webmail_software",
          "webmail_account", "mail_server", "reporter", "case_reference", "language"})
        addField(QString::fromLatin1(key));
    m_problems = new QLabel;
    m_problems->setObjectName(u"analysisProblems"_s);
    PlainText::makePlain(m_problems); // problems quote the mail
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #9a1f1f;"_s);
    grid->addWidget(m_problems, grid->rowCount(), 0, 1, 2);
    grid->setRowStretch(grid->rowCount(), 1);

    auto* scroll = new QScrollArea;
    scroll->setWidget(m_fieldsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_hopModel = new HopModel(this);
    m_hopView = new HopTableView;
    m_hopView->setModel(m_hopModel);
    {
        // Widths from the (bold) font, so markers, IPv6 addresses and dates fit.
        QFont bold = m_hopView->font();
        bold.setBold(true);
        const QFontMetrics fm(bold);
        QHeaderView* header = m_hopView->horizontalHeader();
        const int pad = 16;
        header->resizeSection(HopModel::Marker,
                              fm.horizontalAdvance(u"\u25B6 Exit \u2709 Webmail"_s) + pad);
        header->resizeSection(HopModel::FromHost,
                              fm.horizontalAdvance(u"mail.provider.example"_s) + pad);
        header->resizeSection(HopModel::FromIp,
                              fm.horizontalAdvance(u"2001:db8:ffff::ffff"_s) + pad);
        header->resizeSection(HopModel::ByHost,
                              fm.horizontalAdvance(u"mx1.provider.example"_s) + pad);
        header->resizeSection(HopModel::With, fm.horizontalAdvance(u"ESMTPSA"_s) + pad);
        header->resizeSection(HopModel::DateUtc,
                              fm.horizontalAdvance(u"2026-12-31 23:59:59"_s) + pad);
        header->resizeSection(HopModel::DateLocal,
                              fm.horizontalAdvance(u"2026-12-31 23:59:59"_s) + pad);
    }

    m_messageCaption = new QLabel;
    PlainText::makePlain(m_messageCaption);
    m_messageCombo = new QComboBox;
    m_messageCombo->setObjectName(u"offendingMessageCombo"_s);
    connect(m_messageCombo, &QComboBox::currentIndexChanged, this, &AnalysisPane::showMessage);
    auto* hopPage = new QWidget;
    auto* hopLayout = new QVBoxLayout(hopPage);
    hopLayout->setContentsMargins(0, 0, 0, 0);
    auto* messageRow = new QHBoxLayout;
    messageRow->addWidget(m_messageCaption);
    messageRow->addWidget(m_messageCombo, 1);
    hopLayout->addLayout(messageRow);
    m_hopSummary = new QLabel;
    m_hopSummary->setObjectName(u"hopSummary"_s);
    m_hopSummary->setWordWrap(true);
    PlainText::makePlain(m_hopSummary); // names hosts, accounts and domains from the mail
    m_hopSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hopLayout->addWidget(m_hopSummary);
    hopLayout->addWidget(m_hopView);
    m_authSummary = new QLabel;
    m_authSummary->setObjectName(u"authSummary"_s);
    m_authSummary->setWordWrap(true);
    PlainText::makePlain(m_authSummary); // names hosts, accounts and domains from the mail
    m_authSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hopLayout->addWidget(m_authSummary);

    m_rawHeaders = new QPlainTextEdit;
    m_rawHeaders->setObjectName(u"rawHeaderView"_s);
    m_rawHeaders->setReadOnly(true);
    m_rawHeaders->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rawHeaders->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new RawHeaderHighlighter(m_rawHeaders->document());

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"analysisTabs"_s);
    m_tabs->addTab(hopPage, QString());
    m_tabs->addTab(m_rawHeaders, QString());

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(u"analysisSplitter"_s);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_misdirected = new QLabel;
    m_misdirected->setObjectName(u"misdirectedNotice"_s);
    m_misdirected->setWordWrap(true);
    PlainText::makePlain(m_misdirected); // names hosts, accounts and domains from the mail
    m_misdirected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_misdirected->setStyleSheet(u"QLabel { background: #fff3c4; color: black; border: 1px solid "
                                 u"#d9b400; padding: 4px; font-weight: bold; }"_s);
    m_misdirected->hide();
    layout->addWidget(m_placeholder);
    layout->addWidget(m_misdirected);
    layout->addWidget(m_splitter);

    clear();
    retranslateUi();
}

void AnalysisPane::addField(const QString& key)
{
    auto* grid = static_cast<QGridLayout*>(m_fieldsWidget->layout());
    FieldRow row;
    row.caption = new QLabel;
    row.caption->setObjectName(u"caption_"_s + key);
    row.caption->setAlignment(Qt::AlignRight | Qt::AlignTop);
    row.value = new QLabel;
    row.value->setObjectName(u"value_"_s + key);
    row.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.value->setWordWrap(true);
    PlainText::makePlain(row.value); // values and evidence come from the mail
    row.evidence = new QLabel;
    row.evidence->setObjectName(u"evidence_"_s + key);
    // Rich text for the hop links only: every text from the mail is escaped
    // (evidenceFor()), and nothing is ever loaded.
    row.evidence->setTextFormat(Qt::RichText);
    row.evidence->setOpenExternalLinks(false);
    row.evidence->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                          Qt::LinksAccessibleByKeyboard);
    row.evidence->setWordWrap(true);
    connect(row.evidence, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(u"hop:"_s))
            showEvidenceHop(link.mid(4).toInt() - 1);
    });
    SecondaryText::apply(row.evidence);
    const int r = grid->rowCount();
    grid->addWidget(row.caption, r, 0);
    grid->addWidget(row.value, r, 1);
    grid->addWidget(row.evidence, r + 1, 1);
    m_fieldOrder << key;
    m_fields.insert(key, row);
}

void AnalysisPane::showAnalysis(const Analysis& analysis, const QByteArray& raw,
                                const QStringList& exitAddresses)
{
    m_analysis = analysis;
    m_raw = raw;
    m_hasAnalysis = true;
    m_highlighter->setExitAddresses(exitAddresses);

    QString text = headerBlock(raw);
    for (int i = 0; i < analysis.offendingMessages.size(); ++i) {
        const OffendingMessage& message = analysis.offendingMessages.at(i);
        text += u"\n\n# "_s + tr("Offending message %1 (%2)").arg(i + 1).arg(message.whereFound) +
                u"\n"_s + QString(message.rawHeaders).remove(u'\r');
    }
    m_rawHeaders->setPlainText(text);

    m_placeholder->hide();
    m_messageCombo->blockSignals(true);
    m_messageCombo->clear();
    for (int i = 0; i < analysis.offendingMessages.size(); ++i)
        m_messageCombo->addItem(QString());
    m_messageCombo->blockSignals(false);
    m_messageCombo->setVisible(analysis.offendingMessages.size() > 1);
    m_messageCaption->setVisible(analysis.offendingMessages.size() > 1);
    showMessage(0);
    setEnabledState(true);
    retranslateUi();
}

void AnalysisPane::clear()
{
    m_analysis = {};
    m_raw.clear();
    m_hasAnalysis = false;
    m_hopModel->clear();
    m_rawHeaders->clear();
    m_messageCombo->clear();
    m_messageCombo->hide();
    m_messageCaption->hide();
    m_placeholder->show();
    setEnabledState(false);
    fillFields();
    fillInspectorNotes();
}

void AnalysisPane::setEnabledState(bool hasAnalysis)
{
    m_splitter->setVisible(hasAnalysis);
    m_placeholder->setVisible(!hasAnalysis);
}

void AnalysisPane::showEvidenceHop(int hopIndex)
{
    if (!m_hasAnalysis || m_analysis.offendingMessages.isEmpty())
        return;
    if (m_messageCombo->currentIndex() != 0)
        m_messageCombo->setCurrentIndex(0); // showMessage(0)
    m_tabs->setCurrentIndex(0);
    m_hopView->selectHop(hopIndex);
}

QHash<int, QStringList> AnalysisPane::conclusionsByHop() const
{
    QHash<int, QStringList> byHop;
    for (const QString& key : m_fieldOrder)
        for (const Evidence& e : m_analysis.evidence) {
            const bool forKey =
                e.field == key || (key == u"incident_time" && e.field == u"incident_time_utc");
            if (!forKey || e.hopIndex < 0)
                continue;
            QString caption = fieldCaption(key);
            if (caption.endsWith(u':'))
                caption.chop(1);
            if (!byHop.value(e.hopIndex).contains(caption))
                byHop[e.hopIndex] << caption;
        }
    return byHop;
}

void AnalysisPane::showMessage(int index)
{
    if (index >= 0 && index < m_analysis.offendingMessages.size()) {
        m_hopModel->setMessage(m_analysis.offendingMessages.at(index));
        m_hopModel->setWebmailAccount(m_analysis.webmailAccount);
        // The evidence speaks of the first offending message's hops.
        m_hopModel->setConclusions(index == 0 ? conclusionsByHop() : QHash<int, QStringList>());
    } else {
        m_hopModel->clear();
    }
    fillInspectorNotes();
}

void AnalysisPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AnalysisPane::retranslateUi()
{
    m_placeholder->setText(tr("Select a notice in the list, or open a notice file "
                              "(File \u2192 Open notice\u2026), to see its analysis."));
    m_tabs->setTabText(0, tr("Received hops"));
    m_tabs->setTabText(1, tr("Raw headers"));
    m_messageCaption->setText(tr("Offending message:"));
    for (int i = 0; i < m_messageCombo->count(); ++i) {
        const OffendingMessage& message = m_analysis.offendingMessages.value(i);
        m_messageCombo->setItemText(
            i, tr("%1 of %2 (%3, %n hop(s))", nullptr, int(message.hops.size()))
                   .arg(i + 1)
                   .arg(m_messageCombo->count())
                   .arg(message.whereFound));
    }
    m_hopModel->retranslate();
    fillFields();
    fillInspectorNotes();
}

void AnalysisPane::fillInspectorNotes()
{
    // Misdirected: said plainly, above everything else.
    const bool misdirected =
        m_hasAnalysis && (m_analysis.category == Category::Misdirected ||
                          (m_analysis.exitIp.isEmpty() && !m_analysis.reportedIp.isEmpty()));
    m_misdirected->setVisible(misdirected);
    if (misdirected) {
        m_misdirected->setText(
            m_analysis.reportedIp.isEmpty()
                ? tr("Misdirected: this notice is not about one of our exits. Nothing to "
                     "forward; tell the sender it reached the wrong operator.")
                : tr("Misdirected: %1 is not one of our exits. Nothing to forward; tell the "
                     "sender it reached the wrong operator.")
                      .arg(m_analysis.reportedIp));
    }

    // Which hop is the exit and which the webmail server, with the account.
    QStringList parts;
    const OffendingMessage& message = m_hopModel->message();
    if (message.exitHopIndex >= 0 && message.exitHopIndex < message.hops.size())
        parts << tr("Exit: hop %1, client %2")
                     .arg(message.exitHopIndex + 1)
                     .arg(message.hops.at(message.exitHopIndex).fromIp);
    if (message.webmailHopIndex >= 0 && message.webmailHopIndex < message.hops.size()) {
        const ReceivedHop& hop = message.hops.at(message.webmailHopIndex);
        const QString server = m_analysis.mailServer.isEmpty() ? hop.byHost : m_analysis.mailServer;
        parts
            << (m_analysis.webmailAccount.isEmpty()
                    ? tr("Webmail: hop %1, server %2").arg(message.webmailHopIndex + 1).arg(server)
                    : tr("Webmail: hop %1, server %2, account %3")
                          .arg(message.webmailHopIndex + 1)
                          .arg(server, m_analysis.webmailAccount));
    }
    if (m_hasAnalysis && !message.hops.isEmpty() && message.exitHopIndex < 0)
        parts << tr("No hop comes from one of our exits.");
    m_hopSummary->setText(parts.join(u" \u00B7 "_s));
    m_hopSummary->setVisible(!parts.isEmpty());

    // Sender authentication as the receiving servers (or the ARF report) recorded it.
    QList<AuthCheck> checks = AuthResultsSummary::fromHeaderBlock(message.rawHeaders);
    checks += AuthResultsSummary::fromFeedbackReport(QString::fromUtf8(m_raw));
    QStringList lines;
    for (const AuthCheck& check : std::as_const(checks)) {
        const QString result =
            check.result == u"signed" ? tr("signed", "a DKIM signature is present") : check.result;
        QString line = tr("%1 %2", "auth method and result, e.g. SPF fail")
                           .arg(check.method.toUpper(), result);
        if (!check.domain.isEmpty())
            line += u" \u2014 "_s + check.domain;
        line += u" ("_s +
                (check.checkedBy.isEmpty() ? check.header
                                           : tr("%1 by %2", "header field written by a server")
                                                 .arg(check.header, check.checkedBy)) +
                u")"_s;
        lines << line;
    }
    m_authSummary->setVisible(m_hasAnalysis);
    m_authSummary->setText(
        lines.isEmpty() ? tr("Sender authentication: no Authentication-Results, Received-SPF or "
                             "DKIM-Signature recorded.")
                        : tr("Sender authentication:") + u"\n"_s + lines.join(u'\n'));
}

QString AnalysisPane::fieldCaption(const QString& key) const
{
    if (key == u"category")
        return tr("Category:", "notice category");
    if (key == u"exit_ip")
        return tr("Exit IP:");
    if (key == u"exit_ips")
        return tr("All exit IPs:");
    if (key == u"reported_ip")
        return tr("Reported IP:");
    if (key == u"incident_time")
        return tr("Incident time (UTC):");
    if (key == u"webmail_software")
        return tr("Webmail software:");
    if (key == u"webmail_account")
        return tr("Webmail account:");
    if (key == u"mail_server")
        return tr("Mail server:");
    if (key == u"reporter")
        return tr("Reporter:");
    if (key == u"case_reference")
        return tr("Case reference:");
    if (key == u"language")
        return tr("Language:", "language of the notice");
    return key;
}

QString AnalysisPane::fieldValue(const QString& key) const
{
    const Analysis& a = m_analysis;
    if (key == u"category")
        return categoryDisplayName(a.category);
    if (key == u"exit_ip")
        return a.exitIp.isEmpty() ? tr("none (not one of our exits)") : a.exitIp;
    if (key == u"exit_ips")
        return a.exitIps.join(u", "_s);
    if (key == u"reported_ip")
        return a.reportedIp;
    if (key == u"incident_time")
        return a.incidentTimeUtc.isValid()
                   ? a.incidentTimeUtc.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s)
                   : QString();
    if (key == u"webmail_software")
        return webmailSoftwareDisplayName(a.webmailSoftware);
    if (key == u"webmail_account")
        return a.webmailAccount;
    if (key == u"mail_server")
        return a.mailServer;
    if (key == u"reporter")
        return a.reporter;
    if (key == u"case_reference")
        return a.caseReference;
    if (key == u"language")
        return languageName(a.language);
    return {};
}

QStringList AnalysisPane::evidenceFor(const QString& key) const
{
    // Evidence field names follow the JSON field names of the analysis.
    QStringList names{key};
    if (key == u"incident_time")
        names << u"incident_time_utc"_s;
    QStringList texts;
    for (const Evidence& e : m_analysis.evidence) {
        if (!names.contains(e.field))
            continue;
        // Which hop it rests on (a link to it), and the weaker indicators said to be weaker.
        QString text = e.display().toHtmlEscaped();
        if (e.hopIndex >= 0) {
            const QString link = u"hop:%1"_s.arg(e.hopIndex + 1);
            if (e.sourceText.contains(u"hop"_s, Qt::CaseInsensitive))
                text = u"<a href=\"%1\">%2</a>"_s.arg(link, text);
            else
                text += u" <a href=\"%1\">%2</a>"_s.arg(
                    link, tr("(hop %1)", "evidence: the Received hop it rests on")
                              .arg(e.hopIndex + 1)
                              .toHtmlEscaped());
        }
        if (const char* reason = EvidenceStrength::weakReason(e))
            text = u"\u25CB "_s + text + u" \u2014 "_s +
                   QCoreApplication::translate("Evidence", reason).toHtmlEscaped();
        texts << text;
    }
    return texts;
}

void AnalysisPane::fillFields()
{
    for (const QString& key : std::as_const(m_fieldOrder)) {
        const FieldRow& row = m_fields.value(key);
        row.caption->setText(fieldCaption(key));
        QString value = m_hasAnalysis ? fieldValue(key) : QString();
        const bool always = key == u"category" || key == u"exit_ip";
        const bool show = m_hasAnalysis && (always || !value.isEmpty());
        row.caption->setVisible(show);
        row.value->setVisible(show);
        row.value->setText(value.isEmpty() ? tr("\u2014", "no value") : value);
        const QStringList evidence = m_hasAnalysis ? evidenceFor(key) : QStringList();
        const QString evidenceText = evidence.join(u"<br>"_s);
        // The tooltip as plain text: the lines without their links.
        QTextDocument plain;
        plain.setHtml(evidenceText);
        row.value->setToolTip(PlainText::toolTip(plain.toPlainText()));
        row.evidence->setText(evidenceText);
        row.evidence->setVisible(show && !evidenceText.isEmpty());
    }
    // Rows synced before the spool existed (schema 4) were stored before they were
    // analysed (analyzer version 0) until the next sync analyses them:
    // say so instead of presenting the placeholder values as conclusions.
    const bool pending = m_hasAnalysis && m_analysis.analyzerVersion == 0;
    const bool hasProblems = m_hasAnalysis && !m_analysis.problems.isEmpty();
    m_problems->setVisible(pending || hasProblems);
    if (pending)
        m_problems->setText(tr("Analysis pending: this notice was just fetched and is "
                               "analysed in the background."));
    else if (hasProblems)
        m_problems->setText(
            tr("Problems while parsing: %1").arg(translatedProblems(m_analysis.problems)));
}

} // namespace mixdesk
