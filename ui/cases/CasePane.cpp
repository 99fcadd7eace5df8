#include "CasePane.h"

#include "CaseForm.h"
#include "CasesController.h"

#include "cases/CaseTemplates.h"
#include "cases/ServiceStatement.h"
#include "widgets/FileDialogs.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {
namespace {

const QString kTimeFormat = u"yyyy-MM-dd HH:mm:ss"_s;

QString utcText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(kTimeFormat) : QString();
}

template <typename T> T* named(T* widget, const QString& name)
{
    widget->setObjectName(name);
    return widget;
}

QString timelineKind(const TimelineEntry& e)
{
    static const QHash<QString, const char*> kinds{
        {u"opened"_s, QT_TRANSLATE_NOOP("CasePane", "Case opened")},
        {u"status"_s, QT_TRANSLATE_NOOP("CasePane", "Status")},
        {u"statement"_s, QT_TRANSLATE_NOOP("CasePane", "Statement edited")},
        {u"linked"_s, QT_TRANSLATE_NOOP("CasePane", "Notice linked")},
        {u"unlinked"_s, QT_TRANSLATE_NOOP("CasePane", "Notice unlinked")},
        {u"document"_s, QT_TRANSLATE_NOOP("CasePane", "Document attached")},
        {u"document-removed"_s, QT_TRANSLATE_NOOP("CasePane", "Document removed")},
        {u"note"_s, QT_TRANSLATE_NOOP("CasePane", "Note")},
        {u"deadline"_s, QT_TRANSLATE_NOOP("CasePane", "Deadline")},
        {u"appointment"_s, QT_TRANSLATE_NOOP("CasePane", "Appointment")},
        {u"incident"_s, QT_TRANSLATE_NOOP("CasePane", "Incident (per notice)")},
        {u"received"_s, QT_TRANSLATE_NOOP("CasePane", "Notice received")},
        {u"imported"_s, QT_TRANSLATE_NOOP("CasePane", "Notice imported")},
    };
    if (e.source == TimelineEntry::Source::Checklist) {
        const auto rule = retentionRuleFromId(e.kind);
        return QCoreApplication::translate("CasePane", "Checklist: %1")
            .arg(rule ? retentionRuleText(*rule) : e.kind);
    }
    const char* text = kinds.value(e.kind, nullptr);
    return text ? QCoreApplication::translate("CasePane", text) : e.kind;
}

} // namespace

CasePane::CasePane(CasesController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(u"casePane"_s);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_header = named(new QLabel, u"caseHeader"_s);
    m_header->setStyleSheet(u"QLabel { font-size: 14pt; font-weight: bold; }"_s);
    m_header->setWordWrap(true);
    top->addWidget(m_header, 1);
    m_exportLanguage = named(new QComboBox, u"exportLanguage"_s);
    m_exportLanguage->addItem(u"English"_s, u"en"_s);
    m_exportLanguage->addItem(u"Deutsch"_s, u"de"_s);
    top->addWidget(m_exportLanguage);
    m_export = named(new QPushButton, u"exportPdf"_s);
    top->addWidget(m_export);
    layout->addLayout(top);
    m_checklistBanner = named(new QLabel, u"checklistBanner"_s);
    m_checklistBanner->setWordWrap(true);
    m_checklistBanner->setStyleSheet(
        u"QLabel { background: #fde2e1; color: #7a1010; padding: 6px; font-weight: bold; }"_s);
    m_checklistBanner->hide();
    layout->addWidget(m_checklistBanner);
    m_tabs = named(new QTabWidget, u"caseTabs"_s);
    m_tabs->addTab(buildDetails(), QString());
    m_tabs->addTab(buildNotices(), QString());
    m_tabs->addTab(buildDocuments(), QString());
    m_tabs->addTab(buildNotes(), QString());
    m_tabs->addTab(buildDeadlines(), QString());
    m_tabs->addTab(buildTimeline(), QString());
    m_tabs->addTab(buildTexts(), QString());
    layout->addWidget(m_tabs, 1);

    connect(m_export, &QPushButton::clicked, this, &CasePane::exportPdf);
    connect(m_controller, &CasesController::documentFetched, this, &CasePane::showDocument);
    fillCombos();
    retranslate();
    clear();
}

QWidget* CasePane::buildDetails()
{
    auto* page = new QWidget;
    auto* outer = new QVBoxLayout(page);
    m_form = new CaseForm;
    outer->addWidget(m_form);
    m_service = named(new QLabel, u"serviceStatement"_s);
    m_service->setWordWrap(true);
    m_service->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_service);
    m_checklistBox = named(new QGroupBox, u"retentionChecklist"_s);
    auto* grid = new QGridLayout(m_checklistBox);
    for (int i = 0; i < allRetentionRules().size(); ++i) {
        const RetentionRule rule = allRetentionRules().at(i);
        auto* label = new QLabel;
        label->setWordWrap(true);
        auto* note = named(new QLineEdit, u"ruleNote_"_s + retentionRuleId(rule));
        auto* done = named(new QPushButton, u"ruleDone_"_s + retentionRuleId(rule));
        grid->addWidget(label, i, 0);
        grid->addWidget(note, i, 1);
        grid->addWidget(done, i, 2);
        m_ruleLabels << label;
        m_ruleNotes << note;
        m_ruleDone << done;
        connect(done, &QPushButton::clicked, this, [this, rule, note] {
            const bool answered = completeChecklist(m_details.checklist)
                                      .at(allRetentionRules().indexOf(rule))
                                      .isAnswered();
            m_controller->answerChecklist(
                caseId(), {rule, note->text(), answered ? QDate() : QDate::currentDate()});
        });
    }
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 2);
    outer->addWidget(m_checklistBox);
    auto* buttons = new QHBoxLayout;
    m_remove = named(new QPushButton, u"removeCase"_s);
    m_save = named(new QPushButton, u"saveCase"_s);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_save);
    outer->addLayout(buttons);
    outer->addStretch();
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_form->validate())
            m_controller->saveCase(editedFolder());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_controller->removeCase(caseId()); });
    connect(m_form, &CaseForm::incidentChanged, this, &CasePane::updateService);
    return page;
}

QWidget* CasePane::buildNotices()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_notices = named(new QListWidget, u"caseNotices"_s);
    m_notices->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_notices);
    auto* row = new QHBoxLayout;
    m_noticesHint = named(new QLabel, u"caseNoticesHint"_s);
    m_noticesHint->setWordWrap(true);
    row->addWidget(m_noticesHint, 1);
    m_unlink = named(new QPushButton, u"unlinkNotice"_s);
    m_unlink->setEnabled(false);
    row->addWidget(m_unlink);
    layout->addLayout(row);
    // The same in the list's context menu, and on Delete.
    m_unlinkAction = new QAction(m_notices);
    m_unlinkAction->setObjectName(u"unlinkNoticeAction"_s);
    m_unlinkAction->setShortcut(QKeySequence::Delete);
    m_unlinkAction->setShortcutContext(Qt::WidgetShortcut);
    m_unlinkAction->setEnabled(false);
    m_notices->addAction(m_unlinkAction);
    m_notices->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_unlink, &QPushButton::clicked, this, &CasePane::unlinkSelected);
    connect(m_unlinkAction, &QAction::triggered, this, &CasePane::unlinkSelected);
    connect(m_notices, &QListWidget::itemSelectionChanged, this, [this] {
        const bool any = !m_notices->selectedItems().isEmpty();
        m_unlink->setEnabled(any);
        m_unlinkAction->setEnabled(any);
    });
    connect(m_notices, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        emit openNotice(item->data(Qt::UserRole).toLongLong());
    });
    return page;
}

void CasePane::unlinkSelected()
{
    QList<qint64> ids;
    for (const QListWidgetItem* item : m_notices->selectedItems())
        ids << item->data(Qt::UserRole).toLongLong();
    if (!ids.isEmpty())
        m_controller->unlinkNotices(caseId(), ids);
}

QWidget* CasePane::buildDocuments()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_documents = named(new QTreeWidget, u"caseDocuments"_s);
    m_documents->setRootIsDecorated(false);
    m_documents->setColumnCount(4);
    layout->addWidget(m_documents, 2);
    auto* buttons = new QHBoxLayout;
    m_addDocument = named(new QPushButton, u"addDocument"_s);
    m_openDocument = named(new QPushButton, u"openDocument"_s);
    buttons->addStretch();
    buttons->addWidget(m_openDocument);
    buttons->addWidget(m_addDocument);
    layout->addLayout(buttons);
    m_preview = named(new QLabel, u"documentPreview"_s);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumHeight(120);
    layout->addWidget(m_preview, 3);
    connect(m_addDocument, &QPushButton::clicked, this, &CasePane::addDocument);
    connect(m_openDocument, &QPushButton::clicked, this, &CasePane::openDocument);
    connect(m_documents, &QTreeWidget::itemDoubleClicked, this, &CasePane::openDocument);
    return page;
}

QWidget* CasePane::buildNotes()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_notes = named(new QListWidget, u"caseNotes"_s);
    m_notes->setWordWrap(true);
    layout->addWidget(m_notes);
    auto* row = new QHBoxLayout;
    m_noteEdit = named(new QLineEdit, u"caseNoteEdit"_s);
    m_addNote = named(new QPushButton, u"addCaseNote"_s);
    row->addWidget(m_noteEdit, 1);
    row->addWidget(m_addNote);
    layout->addLayout(row);
    const auto add = [this] {
        if (m_noteEdit->text().trimmed().isEmpty())
            return;
        m_controller->addNote(caseId(), m_noteEdit->text().trimmed());
        m_noteEdit->clear();
    };
    connect(m_addNote, &QPushButton::clicked, this, add);
    connect(m_noteEdit, &QLineEdit::returnPressed, this, add);
    return page;
}

QWidget* CasePane::buildDeadlines()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_deadlines = named(new QTreeWidget, u"caseDeadlines"_s);
    m_deadlines->setRootIsDecorated(false);
    m_deadlines->setColumnCount(4);
    layout->addWidget(m_deadlines);
    auto* row = new QHBoxLayout;
    m_deadlineKind = named(new QComboBox, u"deadlineKind"_s);
    m_deadlineTitle = named(new QLineEdit, u"deadlineTitle"_s);
    m_deadlineDue = named(new QDateTimeEdit, u"deadlineDue"_s);
    m_deadlineDue->setCalendarPopup(true);
    m_deadlineDue->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_deadlineDue->setDateTime(QDateTime(QDate::currentDate().addDays(14), QTime(12, 0)));
    m_remindDays = named(new QSpinBox, u"remindDays"_s);
    m_remindDays->setRange(0, 60);
    m_remindDays->setValue(3);
    m_addDeadline = named(new QPushButton, u"addDeadline"_s);
    row->addWidget(m_deadlineKind);
    row->addWidget(m_deadlineTitle, 1);
    row->addWidget(m_deadlineDue);
    row->addWidget(m_remindDays);
    row->addWidget(m_addDeadline);
    layout->addLayout(row);
    connect(m_addDeadline, &QPushButton::clicked, this, [this] {
        if (m_deadlineTitle->text().trimmed().isEmpty())
            return;
        CaseDeadline d;
        d.caseId = caseId();
        d.kind = m_deadlineKind->currentIndex() == 1 ? CaseDeadline::Kind::Appointment
                                                     : CaseDeadline::Kind::Deadline;
        d.title = m_deadlineTitle->text().trimmed();
        d.dueAt = m_deadlineDue->dateTime().toUTC();
        d.remindDays = m_remindDays->value();
        m_controller->addDeadline(d);
        m_deadlineTitle->clear();
    });
    connect(m_deadlines, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int col) {
        if (col != 0)
            return;
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        const bool done = item->checkState(0) == Qt::Checked;
        for (const CaseDeadline& d : std::as_const(m_details.deadlines)) {
            if (d.id == id && d.isDone() != done)
                m_controller->setDeadlineDone(caseId(), id, done);
        }
    });
    return page;
}

QWidget* CasePane::buildTimeline()
{
    m_timeline = named(new QTreeWidget, u"caseTimeline"_s);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setColumnCount(3);
    m_timeline->setUniformRowHeights(true);
    return m_timeline;
}

QWidget* CasePane::buildTexts()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    m_textLanguage = named(new QComboBox, u"textLanguage"_s);
    m_textLanguage->addItem(u"English"_s, u"en"_s);
    m_textLanguage->addItem(u"Deutsch"_s, u"de"_s);
    row->addWidget(m_textLanguage);
    row->addStretch();
    m_resetTexts = named(new QPushButton, u"resetTexts"_s);
    m_saveTexts = named(new QPushButton, u"saveTexts"_s);
    row->addWidget(m_resetTexts);
    row->addWidget(m_saveTexts);
    layout->addLayout(row);
    m_statementLabel = new QLabel;
    layout->addWidget(m_statementLabel);
    m_statement = named(new QPlainTextEdit, u"statementEdit"_s);
    layout->addWidget(m_statement, 3);
    m_factSheetLabel = new QLabel;
    layout->addWidget(m_factSheetLabel);
    m_factSheet = named(new QPlainTextEdit, u"factSheetEdit"_s);
    layout->addWidget(m_factSheet, 2);
    connect(m_textLanguage, &QComboBox::currentIndexChanged, this, &CasePane::fillTexts);
    connect(m_resetTexts, &QPushButton::clicked, this, [this] {
        CaseFolder folder = editedFolder();
        folder.statement.clear();
        folder.factSheet.clear();
        m_controller->saveCase(folder);
    });
    connect(m_saveTexts, &QPushButton::clicked, this,
            [this] { m_controller->saveCase(editedFolder()); });
    return page;
}

void CasePane::fillCombos()
{
    const QVariant current = m_deadlineKind->currentData();
    const QSignalBlocker block(m_deadlineKind);
    m_deadlineKind->clear();
    m_deadlineKind->addItem(tr("Deadline"), u"deadline"_s);
    m_deadlineKind->addItem(tr("Appointment"), u"appointment"_s);
    m_deadlineKind->setCurrentIndex(std::max(0, m_deadlineKind->findData(current)));
}

void CasePane::retranslate()
{
    m_export->setText(tr("Export PDF\u2026"));
    m_exportLanguage->setToolTip(tr("Language of the dossier"));
    m_tabs->setTabText(0, tr("Details"));
    m_tabs->setTabText(1, tr("Notices"));
    m_tabs->setTabText(2, tr("Documents"));
    m_tabs->setTabText(3, tr("Notes"));
    m_tabs->setTabText(4, tr("Deadlines"));
    m_tabs->setTabText(5, tr("Timeline"));
    m_tabs->setTabText(6, tr("Statement"));
    m_save->setText(tr("Save"));
    m_remove->setText(tr("Delete case"));
    m_checklistBox->setTitle(tr("Retention order: the four rules"));
    for (int i = 0; i < m_ruleLabels.size(); ++i) {
        m_ruleLabels[i]->setText(retentionRuleText(allRetentionRules().at(i)));
        m_ruleNotes[i]->setPlaceholderText(tr("How it is done"));
    }
    m_unlink->setText(tr("Unlink from the case"));
    m_unlinkAction->setText(tr("Unlink from the case"));
    m_noticesHint->setText(tr("Add notices in the inbox: select them and choose \"Add to "
                              "case\u2026\" in the Notice menu or the context menu."));
    m_documents->setHeaderLabels({tr("File"), tr("Size"), tr("SHA-256"), tr("Added")});
    m_addDocument->setText(tr("Attach\u2026"));
    m_openDocument->setText(tr("Show"));
    m_noteEdit->setPlaceholderText(tr("Add a note to the case"));
    m_addNote->setText(tr("Add note"));
    m_deadlines->setHeaderLabels({tr("Done"), tr("Due (local time)"), tr("Kind"), tr("What")});
    m_deadlineTitle->setPlaceholderText(tr("e.g. written statement to the police"));
    m_remindDays->setSuffix(tr(" days before"));
    m_addDeadline->setText(tr("Add"));
    m_timeline->setHeaderLabels({tr("Time (UTC)"), tr("Event"), tr("Detail")});
    m_resetTexts->setText(tr("Back to the template"));
    m_saveTexts->setText(tr("Save texts"));
    m_statementLabel->setText(tr("Written statement of the operator:"));
    m_factSheetLabel->setText(tr("Fact sheet on the anonymization service:"));
    fillCombos();
    if (caseId() != 0)
        showCase(m_details);
    else
        clear();
}

void CasePane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CasePane::clear()
{
    m_details = {};
    m_header->setText(tr("No case chosen. Create one, or open one from a notice (Notice menu)."));
    m_tabs->setEnabled(false);
    m_export->setEnabled(false);
    m_checklistBanner->hide();
}

void CasePane::showDeadlines()
{
    m_tabs->setCurrentIndex(4);
}

void CasePane::showCase(const CaseDetails& details)
{
    const bool sameCase = details.folder.id == m_details.folder.id;
    m_details = details;
    const CaseFolder& c = details.folder;
    m_tabs->setEnabled(true);
    m_export->setEnabled(true);
    m_header->setText(c.reference.isEmpty() ? c.title : c.title + u" \u2013 "_s + c.reference);
    m_form->setFolder(c);
    updateService();
    updateChecklist();

    m_notices->clear();
    for (const NoticeSummary& n : details.notices) {
        auto* item = new QListWidgetItem(
            u"#%1  %2  \u2013  %3"_s.arg(n.id).arg(utcText(n.receivedAt), n.subject));
        item->setData(Qt::UserRole, n.id);
        m_notices->addItem(item);
    }
    m_documents->clear();
    for (const CaseDocument& d : details.documents) {
        auto* item = new QTreeWidgetItem(
            {d.fileName, QLocale().formattedDataSize(d.size), d.sha256, utcText(d.addedAt)});
        item->setData(0, Qt::UserRole, d.id);
        m_documents->addTopLevelItem(item);
    }
    if (!sameCase)
        m_preview->clear();
    m_notes->clear();
    for (const CaseNote& n : details.notes)
        m_notes->addItem(utcText(n.time) + u"  "_s + n.user + u": "_s + n.text);
    {
        const QSignalBlocker block(m_deadlines);
        m_deadlines->clear();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const CaseDeadline& d : details.deadlines) {
            auto* item = new QTreeWidgetItem(
                {QString(), d.dueAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                 d.kind == CaseDeadline::Kind::Appointment ? tr("Appointment") : tr("Deadline"),
                 d.title});
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, d.isDone() ? Qt::Checked : Qt::Unchecked);
            item->setData(0, Qt::UserRole, d.id);
            if (d.isDue(now)) {
                for (int col = 0; col < 4; ++col)
                    item->setForeground(col, d.dueAt < now ? QColor(0xb0, 0x10, 0x10)
                                                           : QColor(0xa0, 0x60, 0x00));
            }
            m_deadlines->addTopLevelItem(item);
        }
    }
    m_timeline->clear();
    for (const TimelineEntry& e : details.timeline) {
        QString detail = e.text;
        if (e.noticeId != 0)
            detail = tr("notice %1").arg(e.noticeId) + u": "_s + detail;
        if (!e.user.isEmpty())
            detail += u" \u2013 "_s + e.user;
        m_timeline->addTopLevelItem(
            new QTreeWidgetItem({utcText(e.time), timelineKind(e), detail}));
    }
    for (int col = 0; col < 3; ++col)
        m_timeline->resizeColumnToContents(col);
    fillTexts();
}

CaseFolder CasePane::editedFolder() const
{
    CaseFolder c = m_form->folder(m_details.folder);
    // The texts are the case's own only when they differ from the filled template.
    const QString language = m_textLanguage->currentData().toString();
    const OperatorProfile profile = m_controller->profile();
    const QString statement = m_statement->toPlainText();
    const QString factSheet = m_factSheet->toPlainText();
    c.statement = statement == CaseTemplates::statement(profile, m_details.folder, language)
                      ? QString()
                      : statement;
    c.factSheet = factSheet == CaseTemplates::factSheet(profile, m_details.folder, language)
                      ? QString()
                      : factSheet;
    return c;
}

void CasePane::updateService()
{
    if (caseId() == 0) {
        m_service->clear();
        return;
    }
    const ServiceStatement s =
        ServiceStatement::of(m_controller->profile(), m_form->exitIp(), m_form->incidentTimeUtc());
    const QString language = m_exportLanguage->currentData().toString();
    m_service->setText(s.text(language));
    m_service->setStyleSheet(s.isWarning() ? u"QLabel { color: #9b1c1c; font-weight: bold; }"_s
                                           : u"QLabel { color: #1b5e20; }"_s);
}

void CasePane::updateChecklist()
{
    const bool order = m_details.folder.type == CaseType::RetentionOrder;
    m_checklistBox->setVisible(order);
    const QList<ChecklistAnswer> answers = completeChecklist(m_details.checklist);
    int open = 0;
    for (int i = 0; i < answers.size(); ++i) {
        const ChecklistAnswer& a = answers.at(i);
        m_ruleNotes[i]->setText(a.note);
        m_ruleDone[i]->setText(a.isAnswered()
                                   ? tr("Done %1").arg(a.answeredOn.toString(Qt::ISODate))
                                   : tr("Mark done"));
        open += a.isAnswered() ? 0 : 1;
    }
    m_checklistBanner->setVisible(order && open > 0);
    m_checklistBanner->setText(
        tr("Retention order: %n of the four rules still open. Store only the minimum, let "
           "nobody access it, hand over only what is compelled, allow no arbitrary collection. "
           "Ask a lawyer.",
           nullptr, open));
}

void CasePane::fillTexts()
{
    if (caseId() == 0)
        return;
    const QString language = m_textLanguage->currentData().toString();
    const OperatorProfile profile = m_controller->profile();
    m_statement->setPlainText(CaseTemplates::statementOf(profile, m_details.folder, language));
    m_factSheet->setPlainText(CaseTemplates::factSheetOf(profile, m_details.folder, language));
}

void CasePane::exportPdf()
{
    if (caseId() == 0)
        return;
    QString suggestion =
        m_details.folder.reference.isEmpty() ? m_details.folder.title : m_details.folder.reference;
    suggestion.replace(QRegularExpression(u"[^\\w.-]+"_s), u"-"_s);
    const QString path = FileDialogs::getSaveFileName(
        this, tr("Export the case as PDF"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(u"dossier-"_s + suggestion + u".pdf"_s),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    m_controller->exportPdf(caseId(), path, m_exportLanguage->currentData().toString());
}

void CasePane::addDocument()
{
    const QStringList paths = FileDialogs::getOpenFileNames(
        this, tr("Attach documents"),
        tr("Documents (*.pdf *.png *.jpg *.jpeg *.txt *.eml);;All files (*)"));
    for (const QString& path : paths)
        m_controller->addDocument(caseId(), path);
}

void CasePane::openDocument()
{
    if (QTreeWidgetItem* item = m_documents->currentItem())
        m_controller->fetchDocument(item->data(0, Qt::UserRole).toLongLong(), item->text(0));
}

// Images show here; other documents open in the desktop's viewer from a copy.
void CasePane::showDocument(const QString& fileName, const QByteArray& bytes)
{
    QPixmap image;
    if (image.loadFromData(bytes)) {
        m_preview->setPixmap(image.scaled(m_preview->size().boundedTo(QSize(900, 900)),
                                          Qt::KeepAspectRatio, Qt::SmoothTransformation));
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                        u"/mixdesk-case-documents"_s;
    QDir().mkpath(dir);
    QFile file(dir + u"/"_s + QFileInfo(fileName).fileName());
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(bytes);
        file.close();
        m_preview->setText(tr("Opened %1 in the system's viewer.").arg(fileName));
        QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName()));
    }
}

} // namespace mixdesk
