#include "inbox/NotesPane.h"

#include "store/notices/NoticeJournal.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {
namespace {

QString eventKindName(const QString& kind)
{
    if (kind == u"imported")
        return NotesPane::tr("Imported");
    if (kind == u"synced")
        return NotesPane::tr("Fetched by IMAP sync");
    if (kind == u"status")
        return NotesPane::tr("Status changed");
    if (kind == u"note")
        return NotesPane::tr("Note");
    if (kind == u"mail-sent")
        return NotesPane::tr("Mail sent");
    return kind;
}

QString statusDetail(const QString& detail)
{
    // Status events carry the status id; show it in the UI language.
    const auto status = statusFromId(detail);
    return status ? statusDisplayName(*status) : detail;
}

} // namespace

NotesPane::NotesPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"notesPane"_s);
    m_history = new QTextBrowser;
    m_history->setObjectName(u"historyView"_s);
    m_history->setOpenLinks(false);
    m_noteLabel = new QLabel;
    m_note = new QPlainTextEdit;
    m_note->setObjectName(u"noteField"_s);
    m_note->setMaximumHeight(90);
    m_note->setTabChangesFocus(true);
    m_noteLabel->setBuddy(m_note);
    m_addNote = new QPushButton;
    m_addNote->setObjectName(u"addNoteButton"_s);
    connect(m_addNote, &QPushButton::clicked, this, &NotesPane::addNote);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_history, 1);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_addNote, 0, Qt::AlignRight);
    retranslateUi();
    showNotice(0);
}

void NotesPane::showNotice(qint64 id)
{
    m_id = id;
    m_note->setEnabled(id != 0 && m_store);
    m_addNote->setEnabled(id != 0 && m_store);
    reload();
}

void NotesPane::focusNoteField()
{
    m_note->setFocus(Qt::ShortcutFocusReason);
}

bool NotesPane::addNote()
{
    const QString text = m_note->toPlainText().trimmed();
    if (!m_store || m_id == 0 || text.isEmpty())
        return false;
    const Status added = m_store->addNote(m_id, text);
    if (!added) {
        m_history->append(
            u"<p style='color:#9a1f1f'>"_s +
            tr("The note could not be saved: %1").arg(added.error().message.toHtmlEscaped()) +
            u"</p>"_s);
        return false;
    }
    m_note->clear();
    reload();
    emit noteAdded(m_id);
    return true;
}

void NotesPane::reload()
{
    if (!m_store || m_id == 0) {
        m_history->clear();
        return;
    }
    const auto events = m_store->events(m_id);
    if (!events) {
        m_history->setPlainText(
            tr("The history could not be read: %1").arg(events.error().message));
        return;
    }
    QString html;
    for (const NoticeEvent& e : *events) {
        const QString detail = e.kind == u"status" ? statusDetail(e.detail) : e.detail;
        html += u"<p><b>"_s + e.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) +
                u"</b> \u2013 "_s + eventKindName(e.kind).toHtmlEscaped() + u" ("_s +
                e.user.toHtmlEscaped() + u")<br/>"_s +
                detail.toHtmlEscaped().replace(u'\n', u"<br/>"_s) + u"</p>"_s;
    }
    if (events->isEmpty())
        html = u"<p><i>"_s + tr("No history yet.").toHtmlEscaped() + u"</i></p>"_s;
    m_history->setHtml(html);
}

void NotesPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NotesPane::retranslateUi()
{
    m_noteLabel->setText(tr("&New note:"));
    m_note->setPlaceholderText(tr("What was done, whom you wrote to, what to do next\u2026"));
    m_addNote->setText(tr("Add note"));
    reload();
}

} // namespace mixdesk
