#include "main/Desk.h"

#include <QAction>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace mixdesk {

Desk::Desk(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"desk"_s);
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(u"deskSidebar"_s);
    m_sidebar->setViewMode(QListView::IconMode);
    m_sidebar->setFlow(QListView::TopToBottom);
    m_sidebar->setMovement(QListView::Static);
    m_sidebar->setIconSize(QSize(28, 28));
    m_sidebar->setSpacing(4);
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setWordWrap(true);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stack = new QStackedWidget;
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_entries.size())
            return;
        m_stack->setCurrentWidget(m_entries[row].view);
        m_entries[row].action->setChecked(true);
        emit viewChanged(m_entries[row].view);
    });
}

QAction* Desk::addView(QWidget* view, const QIcon& icon, Title title, const QKeySequence& shortcut)
{
    auto* item = new QListWidgetItem(icon, QString(), m_sidebar);
    item->setTextAlignment(Qt::AlignHCenter);
    auto* action = new QAction(icon, QString(), this);
    action->setObjectName(view->objectName() + u"Action"_s);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::ApplicationShortcut);
    action->setCheckable(true);
    m_stack->addWidget(view);
    m_entries.append({view, std::move(title), action});
    connect(action, &QAction::triggered, this, [this, view] { showView(view); });
    if (m_entries.size() == 1)
        m_sidebar->setCurrentRow(0);
    retranslate();
    return action;
}

void Desk::showView(QWidget* view)
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].view == view)
            m_sidebar->setCurrentRow(i);
}

QWidget* Desk::currentView() const
{
    return m_stack->currentWidget();
}

QList<QAction*> Desk::viewActions() const
{
    QList<QAction*> actions;
    for (const Entry& e : m_entries)
        actions << e.action;
    return actions;
}

void Desk::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void Desk::retranslate()
{
    // The sidebar is as wide as its longest title in this language ("Posteingang",
    // "Sperrlisten"), so no title is clipped and no scroll bar appears.
    const QFontMetrics metrics(m_sidebar->font());
    int widest = 64;
    for (const Entry& e : m_entries)
        widest = qMax(widest, metrics.horizontalAdvance(e.title()) + 16);
    const QSize itemSize(widest, m_sidebar->iconSize().height() + metrics.height() * 2 + 6);
    m_sidebar->setFixedWidth(widest + 2 * m_sidebar->spacing() + 6);
    for (int i = 0; i < m_entries.size(); ++i) {
        m_sidebar->item(i)->setSizeHint(itemSize);
        const QString title = m_entries[i].title();
        m_sidebar->item(i)->setText(title);
        m_sidebar->item(i)->setToolTip(
            title + u" ("_s + m_entries[i].action->shortcut().toString(QKeySequence::NativeText) +
            u')');
        m_entries[i].action->setText(title);
    }
}

} // namespace mixdesk
