#include "inbox/NotesPane.h"

#include "store/session/StoreSession.h"

#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
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
    if (kind == u"sent-copy-failed")
        return NotesPane::tr("No copy in the Sent folder");
    if (kind == u"due")
        return NotesPane::tr("Due date set");
    if (kind == u"hidden")
        return NotesPane::tr("Hidden from the inbox");
    if (kind == u"unhidden")
        return NotesPane::tr("Restored to the inbox");
    return kind;
}

// Due events carry "2026-03-09" or "none", and " urgent" when urgent.
QString dueDetail(const QString& detail)
{
    QStringList parts = detail.split(u' ', Qt::SkipEmptyParts);
    const bool urgent = parts.removeAll(u"urgent"_s) > 0;
    const QDate due = QDate::fromString(parts.value(0), Qt::ISODate);
    QString text = due.isValid() ? QLocale().toString(due, QLocale::ShortFormat)
                                 : NotesPane::tr("no due date");
    if (urgent)
        text += u", "_s + NotesPane::tr("urgent");
    return text;
}

// Status events carry the status ids ("new -> closed"); show them in the UI language.
QString statusDetail(const QString& detail)
{
    QStringList names;
    for (const QString& part : detail.split(u"->"_s)) {
        const auto status = statusFromId(part.trimmed());
        if (!status)
            return detail;
        names << statusDisplayName(*status);
    }
    return names.join(u" \u2192 "_s);
}

} // namespace

NotesPane::NotesPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"notesPane"_s);
    m_caption = new QLabel;
    m_caption->setObjectName(u"notesCaption"_s);
    m_history = new QTextBrowser;
    m_history->setObjectName(u"historyView"_s);
    m_history->setOpenLinks(false);
    m_noteLabel = new QLabel;
    m_note = new QPlainTextEdit;
    m_note->setObjectName(u"noteField"_s);
    // Compact, so that the analysis above keeps its room on a 1 280 x 800 screen: the
    // field two and a half lines, the history at least three, the button beside.
    const int line = m_note->fontMetrics().lineSpacing();
    m_note->setMaximumHeight(line * 5 / 2 + 2 * m_note->frameWidth() + 8);
    m_history->setMinimumHeight(line * 3 + 2 * m_history->frameWidth() + 8);
    m_note->setTabChangesFocus(true);
    m_noteLabel->setBuddy(m_note);
    m_note->installEventFilter(this);
    m_addNote = new QPushButton;
    m_addNote->setObjectName(u"addNoteButton"_s);
    connect(m_addNote, &QPushButton::clicked, this, &NotesPane::addNote);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_caption);
    layout->addWidget(m_history, 1);
    layout->addWidget(m_noteLabel);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote, 0, Qt::AlignBottom);
    layout->addLayout(noteRow);
    retranslateUi();
    showNotice(0);
}

void NotesPane::setSession(StoreSession* session)
{
    m_session = session;
    showNotice(0);
}

void NotesPane::showNotice(qint64 id)
{
    m_id = id;
    m_note->setEnabled(id != 0 && m_session);
    m_addNote->setEnabled(id != 0 && m_session);
    reload();
}

void NotesPane::focusNoteField()
{
    m_note->setFocus(Qt::ShortcutFocusReason);
}

bool NotesPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            addNote();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool NotesPane::addNote()
{
    const QString text = m_note->toPlainText().trimmed();
    if (!m_session || m_id == 0 || text.isEmpty())
        return false;
    const qint64 id = m_id;
    // The field keeps the text until it is stored: a failure loses nothing.
    m_addNote->setEnabled(false);
    m_session->run<bool>(
        this,
        [id, text](StoreContext& c) -> Result<bool> {
            if (Status s = c.roles.journal.addNote(id, text); !s)
                return s.error();
            return true;
        },
        [this, id, text](Result<bool> added) {
            m_addNote->setEnabled(m_id != 0);
            if (!added) {
                m_history->append(u"<p style='color:#9a1f1f'>"_s +
                                  tr("The note could not be saved: %1")
                                      .arg(added.error().message.toHtmlEscaped()) +
                                  u"</p>"_s);
                return;
            }
            if (m_id == id && m_note->toPlainText().trimmed() == text)
                m_note->clear();
            if (m_id == id)
                reload();
            emit noteAdded(id);
        });
    return true;
}

void NotesPane::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_session || m_id == 0) {
        m_events.clear();
        m_history->clear();
        return;
    }
    const qint64 id = m_id;
    m_session->run<QList<NoticeEvent>>(
        this, [id](StoreContext& c) { return c.roles.journal.events(id); },
        [this, generation, id](Result<QList<NoticeEvent>> events) {
            if (generation != m_generation)
                return;
            if (!events) {
                m_history->setPlainText(
                    tr("The history could not be read: %1").arg(events.error().message));
                return;
            }
            m_events = std::move(*events);
            showHistory(m_events);
            emit historyShown(id);
        });
}

void NotesPane::showHistory(const QList<NoticeEvent>& events)
{
    QString html;
    for (const NoticeEvent& e : events) {
        const QString detail = e.kind == u"status" ? statusDetail(e.detail)
                               : e.kind == u"due"  ? dueDetail(e.detail)
                                                   : e.detail;
        html += u"<p><b>"_s + e.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) +
                u"</b> \u2013 "_s + eventKindName(e.kind).toHtmlEscaped() + u" ("_s +
                e.user.toHtmlEscaped() + u")<br/>"_s +
                detail.toHtmlEscaped().replace(u'\n', u"<br/>"_s) + u"</p>"_s;
    }
    if (events.isEmpty())
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
    m_caption->setText(u"<b>"_s + tr("Notes and history").toHtmlEscaped() + u"</b>"_s);
    m_noteLabel->setText(tr("&New note:"));
    m_note->setPlaceholderText(
        tr("What was done, whom you wrote to, what to do next\u2026 (Ctrl+Enter adds it)"));
    m_addNote->setText(tr("Add note"));
    m_addNote->setToolTip(tr("Add the note to the history (Ctrl+Enter)"));
    if (m_id != 0)
        showHistory(m_events);
}

} // namespace mixdesk
