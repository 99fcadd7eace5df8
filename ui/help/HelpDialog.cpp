#include "help/HelpDialog.h"

#include "store/notices/NoticeStatus.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QKeySequence>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {
namespace {

QString statusMeaning(NoticeStatus status)
{
    switch (status) {
    case NoticeStatus::New:
        return HelpDialog::tr("Arrived and not looked at yet.");
    case NoticeStatus::InProgress:
        return HelpDialog::tr("Someone is working on it: checking the exit, the logs you keep "
                              "(none, usually), the reply.");
    case NoticeStatus::Forwarded:
        return HelpDialog::tr("Passed on (to the ISP, to a colleague, to a lawyer).");
    case NoticeStatus::WaitingForReply:
        return HelpDialog::tr("You answered or asked something and wait for the other side.");
    case NoticeStatus::Closed:
        return HelpDialog::tr("Done: answered, or nothing more to do.");
    case NoticeStatus::Misdirected:
        return HelpDialog::tr("Not about one of your exits: it reached you by mistake.");
    }
    return {};
}

QString shortcut(const QKeySequence& keys)
{
    return keys.toString(QKeySequence::NativeText).toHtmlEscaped();
}

QString row(const QString& keys, const QString& what)
{
    return u"<tr><td style=\"padding-right:12px\"><b>"_s + keys + u"</b></td><td>"_s +
           what.toHtmlEscaped() + u"</td></tr>"_s;
}

QString paragraph(const QString& text)
{
    return u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

} // namespace

HelpDialog::HelpDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(u"helpDialog"_s);
    m_browser = new QTextBrowser;
    m_browser->setObjectName(u"helpBrowser"_s);
    m_browser->setOpenLinks(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(640, 600);
    retranslateUi();
}

QString HelpDialog::html()
{
    QString h;
    h += u"<h2>"_s + tr("A day with MixDesk").toHtmlEscaped() + u"</h2><ol>"_s;
    const QStringList steps{
        tr("Fetch the new notices: File \u2192 Sync now (F5), or import files, mbox files or "
           "a Maildir (File \u2192 Import)."),
        tr("Work through the open notices: press N for the next new notice. A deadline or "
           "urgency found in a notice is shown at the top of its Message tab."),
        tr("Keep the deadlines: the Due column shows them (red when overdue, “!” when "
           "urgent), the view “Due or overdue” lists what needs an answer soon, and "
           "Notice → Due date and urgency sets or corrects them."),
        tr("Read the notice (tab Message): its text, the attachments (opened from a private "
           "copy) and the offending mail as a message of its own."),
        tr("Check the analysis (tab Analysis): which exit was used, when, the category, and "
           "the evidence each conclusion rests on."),
        tr("See what belongs together: Notice \u2192 Related notices lists the notices about "
           "the same exit, from the same reporter or with the same case reference; the same "
           "webmail account or mail server selects a campaign, answered with one response."),
        tr("Set the status (Ctrl+1 \u2026 Ctrl+6) and write down what you did in a note "
           "(Ctrl+Enter adds it). The history keeps every step."),
        tr("When your exits change, re-analyse the stored notices (Notice \u2192 Re-analyse "
           "all notices) so each is filed under the right exit."),
    };
    for (const QString& step : steps)
        h += u"<li>"_s + step.toHtmlEscaped() + u"</li>"_s;
    h += u"</ol>"_s;

    h += u"<h2>"_s + tr("Keyboard").toHtmlEscaped() + u"</h2><table>"_s;
    h += row(shortcut(QKeySequence::Find), tr("Search the notices"));
    h += row(tr("Esc", "key").toHtmlEscaped(),
             tr("In the search field: clear the search (a second Esc returns to the list)"));
    h += row(tr("Down", "key").toHtmlEscaped(), tr("From the search field into the list"));
    h += row(u"N"_s, tr("Next new notice"));
    h += row(shortcut(QKeySequence::Delete),
             tr("Hide the selected notices from the inbox (the Hidden view brings them back)"));
    h += row(shortcut(QKeySequence::Undo), tr("Undo the last hiding"));
    h += row(shortcut(QKeySequence(Qt::CTRL | Qt::Key_1)) + u" \u2026 "_s +
                 shortcut(QKeySequence(Qt::CTRL | Qt::Key_6)),
             tr("Set the status of the selected notices (in the order below)"));
    h += row(shortcut(QKeySequence(Qt::CTRL | Qt::Key_N)), tr("Write a note"));
    h += row(shortcut(QKeySequence(Qt::CTRL | Qt::Key_R)),
             tr("Respond to the selected notices (several at once for a campaign)"));
    h += row(shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)),
             tr("Outbox: responses saved but not yet sent"));
    h += row(shortcut(QKeySequence(Qt::CTRL | Qt::Key_U)), tr("Source of the notice"));
    h += row(shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return)),
             tr("In the note field: add the note"));
    h += row(shortcut(QKeySequence(Qt::ALT | Qt::Key_1)) + u" \u2026 "_s +
                 shortcut(QKeySequence(Qt::ALT | Qt::Key_4)),
             tr("Switch between Inbox, Blocklists, Exits and Cases"));
    h += row(shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)), tr("New case"));
    h += row(shortcut(QKeySequence(Qt::Key_F5)), tr("Sync now"));
    h += row(shortcut(QKeySequence(Qt::CTRL | Qt::Key_I)), tr("Import files"));
    h += row(shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)),
             tr("Open another notice database"));
    h += row(shortcut(QKeySequence(Qt::Key_F1)), tr("This help"));
    h += u"</table>"_s;

    h += u"<h2>"_s + tr("Statuses").toHtmlEscaped() + u"</h2><table>"_s;
    for (NoticeStatus status : allStatuses())
        h += row(statusDisplayName(status).toHtmlEscaped(), statusMeaning(status));
    h += u"</table>"_s;
    h += paragraph(tr("The notice itself is never changed or deleted: statuses, notes and "
                      "analyses are kept beside the notice exactly as it was received."));
    return h;
}

void HelpDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HelpDialog::retranslateUi()
{
    setWindowTitle(tr("MixDesk help"));
    m_browser->setHtml(html());
}

} // namespace mixdesk
