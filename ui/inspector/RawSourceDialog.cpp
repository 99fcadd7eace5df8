#include "inspector/RawSourceDialog.h"

#include "analysis/RawHeaderHighlighter.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {

RawSourceDialog::RawSourceDialog(const QByteArray& raw, const QStringList& exitAddresses,
                                 QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"rawSourceDialog"_s);
    m_view = new QPlainTextEdit;
    m_view->setObjectName(u"rawSourceView"_s);
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Bytes as Latin-1: 8-bit bytes of any charset stay visible, one character each.
    m_view->setPlainText(QString::fromLatin1(raw).remove(u'\r'));
    m_highlighter = new RawHeaderHighlighter(m_view->document());
    m_highlighter->setExitAddresses(exitAddresses);
    m_findCaption = new QLabel;
    m_find = new QLineEdit;
    m_find->setObjectName(u"rawSourceFind"_s);
    m_find->setClearButtonEnabled(true);
    m_status = new QLabel;
    m_status->setObjectName(u"rawSourceFindStatus"_s);
    auto* findRow = new QHBoxLayout;
    findRow->addWidget(m_findCaption);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(findRow);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_find, &QLineEdit::returnPressed, this, &RawSourceDialog::findNext);
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        m_view->moveCursor(QTextCursor::Start);
        findNext();
    });
    retranslateUi();
    resize(1000, 700);
}

bool RawSourceDialog::findNext()
{
    const QString text = m_find->text();
    m_status->clear();
    if (text.isEmpty())
        return false;
    if (m_view->find(text))
        return true;
    m_view->moveCursor(QTextCursor::Start); // wrap around
    if (m_view->find(text))
        return true;
    m_status->setText(tr("Not found"));
    return false;
}

void RawSourceDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RawSourceDialog::retranslateUi()
{
    setWindowTitle(tr("Source of the notice"));
    m_findCaption->setText(tr("Find:"));
    m_find->setPlaceholderText(tr("text, address, header name\u2026"));
}

} // namespace mixdesk
