#include "widgets/JobProgress.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace mixdesk {

JobProgress::JobProgress(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("jobProgress"));
    m_label = new QLabel;
    m_bar = new QProgressBar;
    m_bar->setObjectName(QStringLiteral("jobProgressBar"));
    m_bar->setMaximumWidth(200);
    m_bar->setTextVisible(true);
    m_cancel = new QToolButton;
    m_cancel->setObjectName(QStringLiteral("jobCancelButton"));
    connect(m_cancel, &QToolButton::clicked, this, &JobProgress::cancelRequested);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    retranslateUi();
    hide();
}

void JobProgress::start(const QString& text)
{
    m_label->setText(text);
    m_bar->setRange(0, 0);
    m_cancel->setEnabled(true);
    show();
}

void JobProgress::setText(const QString& text)
{
    m_label->setText(text);
}

void JobProgress::setProgress(int done, int total)
{
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    m_bar->setRange(0, total);
    m_bar->setValue(done);
    m_bar->setFormat(tr("%1 of %2", "progress").arg(done).arg(total));
}

void JobProgress::setCancelable(bool cancelable)
{
    m_cancel->setVisible(cancelable);
}

void JobProgress::stop()
{
    hide();
}

void JobProgress::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void JobProgress::retranslateUi()
{
    m_cancel->setText(tr("Cancel", "stop the running import or sync"));
    m_cancel->setToolTip(tr("Stop after the current batch; what is stored stays stored"));
}

} // namespace mixdesk
