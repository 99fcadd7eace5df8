#include "CasePickerDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {

CasePickerDialog::CasePickerDialog(const QList<CaseFolder>& cases, const QList<qint64>& noticeIds,
                                   QWidget* parent)
    : QDialog(parent), m_noticeIds(noticeIds), m_intro(new QLabel), m_filter(new QLineEdit),
      m_list(new QTreeWidget), m_empty(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"casePickerDialog"_s);
    setWindowModality(Qt::WindowModal);
    for (const CaseFolder& c : cases) {
        if (c.status != CaseStatus::Closed)
            m_cases.append(c);
    }
    m_intro->setWordWrap(true);
    m_filter->setObjectName(u"casePickerFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(u"casePickerList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAlternatingRowColors(true);
    m_empty->setObjectName(u"casePickerEmpty"_s);
    m_empty->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"addToCaseOk"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_buttons);
    fill();
    connect(m_filter, &QLineEdit::textChanged, this, &CasePickerDialog::applyFilter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CasePickerDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &CasePickerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CasePickerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CasePickerDialog::reject);
    // Arrow keys in the filter move through the list, as in a completer.
    m_filter->installEventFilter(this);
    retranslate();
    applyFilter();
    resize(720, 420);
    m_filter->setFocus(Qt::OtherFocusReason);
}

void CasePickerDialog::fill()
{
    const qint64 current = selectedCaseId();
    m_list->clear();
    for (const CaseFolder& c : std::as_const(m_cases)) {
        QString type = caseTypeDisplayName(c.type);
        if (c.type == CaseType::Summons && c.role != SummonsRole::None)
            type += u" ("_s + summonsRoleDisplayName(c.role) + u")"_s;
        auto* item =
            new QTreeWidgetItem({type, c.title, c.reference, c.openedOn.toString(Qt::ISODate)});
        item->setData(0, Qt::UserRole, c.id);
        item->setToolTip(1, c.authority);
        m_list->addTopLevelItem(item);
        if (c.id == current)
            m_list->setCurrentItem(item);
    }
    for (int col = 0; col < 4; ++col)
        m_list->resizeColumnToContents(col);
}

void CasePickerDialog::setFilter(const QString& text)
{
    m_filter->setText(text);
}

void CasePickerDialog::applyFilter()
{
    const QStringList words = m_filter->text().split(u' ', Qt::SkipEmptyParts);
    QTreeWidgetItem* first = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        QString text;
        for (int col = 0; col < m_list->columnCount(); ++col)
            text += item->text(col) + u' ';
        text += item->toolTip(1);
        bool match = true;
        for (const QString& word : words)
            match = match && text.contains(word, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(first);
    updateButtons();
}

int CasePickerDialog::visibleCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        n += m_list->topLevelItem(i)->isHidden() ? 0 : 1;
    return n;
}

qint64 CasePickerDialog::selectedCaseId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void CasePickerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedCaseId() != 0);
    m_empty->setVisible(visibleCount() == 0);
    m_empty->setText(m_cases.isEmpty()
                         ? tr("There is no open case yet. Create one in the Cases view (New "
                              "case\u2026) or open one from a notice.")
                         : tr("No open case matches \"%1\".").arg(m_filter->text()));
}

void CasePickerDialog::accept()
{
    const qint64 id = selectedCaseId();
    if (id == 0)
        return;
    emit chosen(id, m_noticeIds);
    QDialog::accept();
}

void CasePickerDialog::retranslate()
{
    setWindowTitle(tr("Add to case"));
    m_intro->setText(
        tr("Link %n selected notice(s) to an open case:", nullptr, int(m_noticeIds.size())));
    m_filter->setPlaceholderText(tr("Filter by type, title, file reference or authority"));
    m_list->setHeaderLabels({tr("Type"), tr("Title"), tr("File reference"), tr("Opened")});
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to case"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    fill();
    applyFilter();
}

bool CasePickerDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
            key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CasePickerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace mixdesk
