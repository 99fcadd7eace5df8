#include "NoticePagePane.h"

#include "ExitsController.h"
#include "OfflineTextBrowser.h"

#include "widgets/FileDialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mixdesk {
namespace {

// QTextBrowser ignores display:none and :target, so it would show both languages
// one after the other: the preview keeps only the chosen language's section.
QString previewOf(QString html, const QString& language)
{
    const QString other =
        language == QLatin1String("de") ? QStringLiteral("en") : QStringLiteral("de");
    const QRegularExpression section(
        QStringLiteral("<section class=\"lang lang-%1\".*?</section>").arg(other),
        QRegularExpression::DotMatchesEverythingOption);
    return html.remove(section);
}

} // namespace

NoticePagePane::NoticePagePane(ExitsController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("noticeLanguage"));
    // The page's own languages, named in themselves: not translated.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_showSource = new QCheckBox(this);
    m_showSource->setObjectName(QStringLiteral("noticeShowSource"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("noticeSave"));
    m_deploy = new QPushButton(this);
    m_deploy->setObjectName(QStringLiteral("noticeDeploy"));
    m_preview = new OfflineTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("noticePreview"));
    m_source = new QPlainTextEdit(this);
    m_source->setObjectName(QStringLiteral("noticeSource"));
    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_preview);
    m_stack->addWidget(m_source);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("noticeStatus"));
    m_status->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_languageLabel);
    bar->addWidget(m_language);
    bar->addWidget(m_showSource);
    bar->addStretch();
    bar->addWidget(m_save);
    bar->addWidget(m_deploy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(m_language, &QComboBox::currentIndexChanged, this, &NoticePagePane::refresh);
    connect(m_showSource, &QCheckBox::toggled, this, [this](bool source) {
        m_stack->setCurrentWidget(source ? static_cast<QWidget*>(m_source) : m_preview);
    });
    connect(m_controller, &ExitsController::profileChanged, this, &NoticePagePane::refresh);
    connect(m_controller, &ExitsController::noticePageReady, this,
            [this](const QString& lang, const QString& html) {
                if (lang != language())
                    return;
                m_html = html;
                m_preview->setHtml(previewOf(html, lang));
                m_source->setPlainText(html);
            });
    connect(m_controller, &ExitsController::noticePageDeployed, this,
            [this](const QStringList& files) {
                m_status->setText(tr("Written: %1").arg(files.join(QStringLiteral(", "))));
            });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString folder =
            FileDialogs::getExistingDirectory(this, tr("Folder for the notice page"));
        if (!folder.isEmpty())
            savePageTo(folder);
    });
    connect(m_deploy, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialogs::getExistingDirectory(
            this, tr("Folder for the page and the web server configuration"));
        if (!folder.isEmpty())
            deployTo(folder);
    });
    retranslateUi();
}

QString NoticePagePane::language() const
{
    return m_language->currentData().toString();
}

void NoticePagePane::refresh()
{
    m_controller->renderNoticePage(language());
}

void NoticePagePane::savePageTo(const QString& folder)
{
    m_controller->deployNoticePage(language(), folder, false);
}

void NoticePagePane::deployTo(const QString& folder)
{
    m_controller->deployNoticePage(language(), folder, true);
}

void NoticePagePane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NoticePagePane::retranslateUi()
{
    m_languageLabel->setText(tr("Page language shown first:"));
    m_showSource->setText(tr("Show HTML source"));
    m_save->setText(tr("Save page…"));
    m_save->setToolTip(tr("Write index.html into a folder"));
    m_deploy->setText(tr("Deploy files…"));
    m_deploy->setToolTip(
        tr("Write index.html with configuration for lighttpd, nginx and Apache into a folder"));
}

} // namespace mixdesk
