#include "reading/ReadingPane.h"

#include "widgets/FileDialogs.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {
namespace {

std::function<bool(const QUrl&)>& opener()
{
    static std::function<bool(const QUrl&)> open = [](const QUrl& url) {
        return QDesktopServices::openUrl(url);
    };
    return open;
}

// A file name without folders or characters a file system refuses.
QString safeFileName(const QString& name)
{
    QString safe = QFileInfo(name).fileName();
    for (QChar& c : safe) {
        if (c == u'/' || c == u'\\' || c == u':' || c.unicode() < 0x20)
            c = u'_';
    }
    if (safe.isEmpty() || safe == u"." || safe == u"..")
        safe = u"attachment.bin"_s;
    return safe;
}

QString headerLine(const QString& caption, const QString& value)
{
    if (value.isEmpty())
        return {};
    return u"<tr><td align=\"right\" style=\"padding-right:6px\"><b>"_s + caption.toHtmlEscaped() +
           u"</b></td><td>"_s + value.toHtmlEscaped() + u"</td></tr>"_s;
}

} // namespace

void ReadingPane::setOpener(std::function<bool(const QUrl&)> open)
{
    opener() = std::move(open);
}

ReadingPane::ReadingPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"readingPane"_s);
    m_placeholder = new QLabel;
    m_placeholder->setObjectName(u"readingPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_messageCaption = new QLabel;
    m_messageCombo = new QComboBox;
    m_messageCombo->setObjectName(u"readingMessageCombo"_s);
    m_messageCaption->setBuddy(m_messageCombo);
    connect(m_messageCombo, &QComboBox::activated, this, &ReadingPane::showMessage);
    m_urgency = new QLabel;
    m_urgency->setObjectName(u"readingUrgency"_s);
    m_urgency->setWordWrap(true);
    m_urgency->setTextFormat(Qt::RichText);
    m_urgency->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Dark text on light red: readable in light and dark themes alike.
    m_urgency->setStyleSheet(
        u"QLabel { background: #ffe1dc; color: #1f1f1f; border: 1px solid #d98c80; padding: 4px; }"_s);
    m_headers = new QLabel;
    m_headers->setObjectName(u"readingHeaders"_s);
    m_headers->setTextFormat(Qt::RichText);
    m_headers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headers->setWordWrap(true);
    m_htmlNote = new QLabel;
    m_htmlNote->setObjectName(u"readingHtmlNote"_s);
    m_htmlNote->setWordWrap(true);
    m_body = new QPlainTextEdit;
    m_body->setObjectName(u"readingBody"_s);
    m_body->setReadOnly(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_attachmentsCaption = new QLabel;
    m_attachments = new QTreeWidget;
    m_attachments->setObjectName(u"attachmentList"_s);
    m_attachments->setRootIsDecorated(false);
    m_attachments->setColumnCount(3);
    m_attachments->setUniformRowHeights(true);
    m_attachments->header()->setStretchLastSection(false);
    m_attachments->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attachments->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_attachments->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_attachmentsCaption->setBuddy(m_attachments);
    connect(m_attachments, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        openAttachment(m_attachments->indexOfTopLevelItem(item));
    });
    m_open = new QPushButton;
    m_open->setObjectName(u"openAttachmentButton"_s);
    connect(m_open, &QPushButton::clicked, this, [this] {
        openAttachment(m_attachments->indexOfTopLevelItem(m_attachments->currentItem()));
    });
    m_save = new QPushButton;
    m_save->setObjectName(u"saveAttachmentButton"_s);
    connect(m_save, &QPushButton::clicked, this, [this] {
        saveAttachment(m_attachments->indexOfTopLevelItem(m_attachments->currentItem()));
    });
    connect(m_attachments, &QTreeWidget::currentItemChanged, this, [this] {
        const bool has = m_attachments->currentItem() != nullptr;
        m_open->setEnabled(has);
        m_save->setEnabled(has);
    });
    m_attachmentBox = new QWidget;
    {
        auto* box = new QVBoxLayout(m_attachmentBox);
        box->setContentsMargins(0, 0, 0, 0);
        auto* row = new QHBoxLayout;
        row->addWidget(m_attachmentsCaption, 1);
        row->addWidget(m_open);
        row->addWidget(m_save);
        box->addLayout(row);
        box->addWidget(m_attachments);
    }

    m_linksCaption = new QLabel;
    m_links = new QListWidget;
    m_links->setObjectName(u"readingLinks"_s);
    m_links->setUniformItemSizes(true);
    m_linksCaption->setBuddy(m_links);
    m_copyLinks = new QPushButton;
    m_copyLinks->setObjectName(u"copyLinksButton"_s);
    connect(m_copyLinks, &QPushButton::clicked, this, &ReadingPane::copyLinks);
    m_linkBox = new QWidget;
    {
        auto* box = new QVBoxLayout(m_linkBox);
        box->setContentsMargins(0, 0, 0, 0);
        auto* row = new QHBoxLayout;
        row->addWidget(m_linksCaption, 1);
        row->addWidget(m_copyLinks);
        box->addLayout(row);
        box->addWidget(m_links);
    }

    auto* top = new QWidget;
    {
        auto* box = new QVBoxLayout(top);
        box->setContentsMargins(0, 0, 0, 0);
        m_messageRow = new QHBoxLayout;
        m_messageRow->addWidget(m_messageCaption);
        m_messageRow->addWidget(m_messageCombo, 1);
        box->addLayout(m_messageRow);
        box->addWidget(m_urgency);
        box->addWidget(m_headers);
        box->addWidget(m_htmlNote);
        box->addWidget(m_body, 1);
    }
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(u"readingSplitter"_s);
    splitter->addWidget(top);
    splitter->addWidget(m_attachmentBox);
    splitter->addWidget(m_linkBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1);
    m_content = splitter;

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_content);
    clear();
    retranslateUi();
}

ReadingPane::~ReadingPane() = default;

void ReadingPane::addNoticeAction(QAction* action)
{
    auto* button = new QToolButton;
    button->setObjectName(action->objectName() + u"Button"_s);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_messageRow->addWidget(button);
}

void ReadingPane::addEntries(const ReadableMessage& message, const QList<int>& path)
{
    const int index = int(m_entries.size());
    m_entries.append(Entry{&message, path, {}});
    for (int i = 0; i < message.messages.size(); ++i) {
        m_entries[index].attachedAt.append(int(m_entries.size()));
        addEntries(message.messages.at(i), QList<int>(path) << (i + 1));
    }
}

void ReadingPane::showNotice(const ReadableMessage& notice)
{
    m_entries.clear();
    m_notice = notice;
    addEntries(m_notice, {});
    m_messageCombo->clear();
    for (int i = 0; i < m_entries.size(); ++i)
        m_messageCombo->addItem(QString());
    const bool several = m_entries.size() > 1;
    m_messageCombo->setVisible(several);
    m_messageCaption->setVisible(several);
    m_placeholder->hide();
    m_content->show();
    m_current = -1;
    retranslateUi();
    showMessage(0);
}

void ReadingPane::clear()
{
    m_entries.clear();
    m_notice = {};
    m_current = -1;
    m_messageCombo->clear();
    m_headers->clear();
    m_body->clear();
    m_attachments->clear();
    m_links->clear();
    m_urgency->hide();
    m_content->hide();
    m_placeholder->show();
}

void ReadingPane::showMessage(int index)
{
    if (index < 0 || index >= m_entries.size())
        return;
    m_current = index;
    m_messageCombo->setCurrentIndex(index);
    fillMessage();
}

const ReadableAttachment* ReadingPane::attachmentAt(int row) const
{
    if (m_current < 0 || m_current >= m_entries.size())
        return nullptr;
    const ReadableMessage* message = m_entries.at(m_current).message;
    if (row < 0 || row >= message->attachments.size())
        return nullptr;
    return &message->attachments.at(row);
}

void ReadingPane::fillMessage()
{
    if (m_current < 0)
        return;
    const ReadableMessage& m = *m_entries.at(m_current).message;
    const QString rows = headerLine(tr("From:"), m.from) + headerLine(tr("To:"), m.to) +
                         headerLine(tr("Cc:"), m.cc) + headerLine(tr("Date:"), m.date) +
                         headerLine(tr("Subject:"), m.subject);
    QString received;
    if (m_current == 0) {
        const QString when = m.received.when.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
        switch (m.received.source) {
        case NoticeDate::Source::TopReceived:
            received = tr("%1 (top Received line)").arg(when);
            break;
        case NoticeDate::Source::DateHeader:
            received = tr("%1 (Date header: the notice has no Received line)").arg(when);
            break;
        case NoticeDate::Source::Fallback:
        case NoticeDate::Source::None:
            received = tr("unknown: the notice carries no date; the list shows the time of "
                          "the file or mailbox it came from");
            break;
        }
    }
    m_headers->setText(u"<table cellspacing=\"0\">"_s + rows +
                       headerLine(tr("Received:", "when the notice reached us"), received) +
                       u"</table>"_s);
    const Urgency& u = m.urgency;
    m_urgency->setVisible(m_current == 0 && !u.isEmpty());
    if (m_current == 0 && !u.isEmpty()) {
        QStringList lines;
        if (u.due.isValid()) {
            const qint64 days = QDate::currentDate().daysTo(u.due);
            const QString when = days < 0    ? tr("overdue by %n day(s)", nullptr, int(-days))
                                 : days == 0 ? tr("due today")
                                             : tr("in %n day(s)", nullptr, int(days));
            lines << u"<b>"_s +
                         tr("Deadline: %1 (%2)")
                             .arg(u.due.toString(u"yyyy-MM-dd"_s), when)
                             .toHtmlEscaped() +
                         u"</b> \u2013 "_s +
                         tr("found in: \u201C%1\u201D").arg(u.dueEvidence).toHtmlEscaped();
        }
        if (u.urgent) {
            QStringList why = u.urgencyEvidence;
            if (!u.subjectWord.isEmpty())
                why.prepend(tr("\u201C%1\u201D in the subject").arg(u.subjectWord));
            lines << u"<b>"_s + tr("Urgent").toHtmlEscaped() + u"</b> \u2013 "_s +
                         tr("found in: %1").arg(why.join(u"; "_s)).toHtmlEscaped();
        }
        m_urgency->setText(lines.join(u"<br>"_s));
    }
    m_htmlNote->setVisible(m.textFromHtml);
    m_body->setPlainText(m.text.trimmed().isEmpty() ? tr("(This message has no text.)") : m.text);

    m_attachments->clear();
    const QLocale locale;
    for (const ReadableAttachment& a : m.attachments) {
        auto* item = new QTreeWidgetItem(m_attachments);
        item->setText(0, a.fileName);
        item->setText(1, a.contentType);
        item->setText(2, locale.formattedDataSize(a.data.size(), 1, QLocale::DataSizeSIFormat));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, a.fileName);
    }
    m_attachmentBox->setVisible(!m.attachments.isEmpty());
    if (!m.attachments.isEmpty())
        m_attachments->setCurrentItem(m_attachments->topLevelItem(0));

    m_links->clear();
    m_links->addItems(m.links);
    m_linkBox->setVisible(!m.links.isEmpty());
    retranslateUi();
}

bool ReadingPane::openAttachment(int row)
{
    const ReadableAttachment* a = attachmentAt(row);
    if (!a)
        return false;
    // An attached message is read here, as a message of its own.
    if (a->messageIndex >= 0) {
        const QList<int>& attached = m_entries.at(m_current).attachedAt;
        if (a->messageIndex < attached.size()) {
            showMessage(attached.at(a->messageIndex));
            return true;
        }
    }
    // A private copy (a folder only we may read, removed with the pane): the stored
    // notice itself is never handed out.
    if (!m_tempDir) {
        m_tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/mixdesk-XXXXXX"_s);
        if (!m_tempDir->isValid()) {
            m_tempDir.reset();
            emit errorOccurred(tr("No temporary folder for the attachment could be made."));
            return false;
        }
    }
    QDir dir(m_tempDir->path());
    const QString sub =
        QString::number(QDateTime::currentMSecsSinceEpoch(), 36) + u'-' + QString::number(row);
    dir.mkdir(sub);
    QFile::setPermissions(dir.filePath(sub),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = dir.filePath(sub + u'/' + safeFileName(a->fileName));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(a->data) != a->data.size()) {
        emit errorOccurred(tr("The attachment could not be copied: %1").arg(file.errorString()));
        return false;
    }
    file.close();
    // Read-only: the viewer must not change our copy under the operator's nose.
    file.setPermissions(QFile::ReadOwner);
    m_lastOpened = path;
    if (!opener()(QUrl::fromLocalFile(path))) {
        emit errorOccurred(tr("No program to open %1 was found.").arg(a->fileName));
        return false;
    }
    return true;
}

bool ReadingPane::saveAttachment(int row)
{
    const ReadableAttachment* a = attachmentAt(row);
    if (!a)
        return false;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
            .filePath(safeFileName(a->fileName));
    const QString path =
        FileDialogs::getSaveFileName(this, tr("Save attachment"), suggested, QString());
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(a->data) != a->data.size()) {
        emit errorOccurred(tr("The attachment could not be saved: %1").arg(file.errorString()));
        return false;
    }
    return true;
}

void ReadingPane::copyLinks()
{
    QStringList links;
    for (QListWidgetItem* item : m_links->selectedItems())
        links << item->text();
    if (links.isEmpty()) {
        for (int i = 0; i < m_links->count(); ++i)
            links << m_links->item(i)->text();
    }
    if (!links.isEmpty())
        QApplication::clipboard()->setText(links.join(u'\n'));
}

void ReadingPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillMessage();
    }
    QWidget::changeEvent(event);
}

void ReadingPane::retranslateUi()
{
    m_placeholder->setText(tr("Select a notice in the list to read it."));
    m_messageCaption->setText(tr("&Message:"));
    for (int i = 0; i < m_entries.size() && i < m_messageCombo->count(); ++i) {
        const Entry& e = m_entries.at(i);
        QString text;
        if (e.path.isEmpty()) {
            text = tr("The notice");
        } else {
            QStringList numbers;
            for (int n : e.path)
                numbers << QString::number(n);
            text = tr("Attached message %1").arg(numbers.join(u'.'));
        }
        if (!e.message->subject.isEmpty())
            text += u": "_s + e.message->subject;
        m_messageCombo->setItemText(i, text);
    }
    m_htmlNote->setText(tr("This message was written in HTML and is shown as plain text: "
                           "nothing in it is loaded or run."));
    m_attachmentsCaption->setText(tr("&Attachments:"));
    m_attachments->setHeaderLabels({tr("Name"), tr("Type"), tr("Size")});
    m_open->setText(tr("&Open"));
    m_open->setToolTip(tr("Open a private copy with the desktop's viewer (an attached message "
                          "is shown here)"));
    m_save->setText(tr("Sa&ve as\u2026"));
    m_linksCaption->setText(tr("&Links:"));
    m_copyLinks->setText(tr("&Copy"));
    m_copyLinks->setToolTip(tr("Copy the selected links, or all of them, to the clipboard"));
}

} // namespace mixdesk
