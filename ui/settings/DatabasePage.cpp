#include "settings/DatabasePage.h"

#include "store/Database.h"
#include "store/StoreLocation.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {

DatabasePage::DatabasePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"databasePage"_s);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    m_fileChoice = new QRadioButton;
    m_fileChoice->setObjectName(u"dbFileChoice"_s);
    m_path = new QLineEdit;
    m_path->setObjectName(u"dbPathEdit"_s);
    m_path->setPlaceholderText(Database::defaultSqlitePath());
    m_browse = new QPushButton;
    m_browse->setObjectName(u"dbBrowseButton"_s);
    m_teamChoice = new QRadioButton;
    m_teamChoice->setObjectName(u"dbTeamChoice"_s);
    m_url = new QLineEdit;
    m_url->setObjectName(u"dbUrlEdit"_s);
    m_url->setPlaceholderText(
        u"postgresql://alice@db.example.org:5432/mixdesk?sslmode=verify-full"_s);
    m_teamHelp = new QLabel;
    m_teamHelp->setWordWrap(true);
    m_teamHelp->setTextFormat(Qt::RichText);
    m_group = new QButtonGroup(this);
    m_group->addButton(m_fileChoice);
    m_group->addButton(m_teamChoice);
    m_fileChoice->setChecked(true);

    auto* fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(24, 0, 0, 0);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto* teamRow = new QVBoxLayout;
    teamRow->setContentsMargins(24, 0, 0, 0);
    teamRow->addWidget(m_url);
    teamRow->addWidget(m_teamHelp);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_fileChoice);
    layout->addLayout(fileRow);
    layout->addSpacing(8);
    layout->addWidget(m_teamChoice);
    layout->addLayout(teamRow);
    layout->addStretch();

    connect(m_group, &QButtonGroup::buttonToggled, this, [this] { updateEnabled(); });
    connect(m_browse, &QPushButton::clicked, this, &DatabasePage::browse);
    retranslateUi();
    updateEnabled();
}

void DatabasePage::setLocation(const QString& location)
{
    const bool team = location.startsWith(u"postgres"_s, Qt::CaseInsensitive);
    (team ? m_teamChoice : m_fileChoice)->setChecked(true);
    m_url->setText(team ? location : QString());
    m_path->setText(team ? QString() : location);
    updateEnabled();
}

QString DatabasePage::location() const
{
    return m_teamChoice->isChecked() ? m_url->text().trimmed() : m_path->text().trimmed();
}

QString DatabasePage::validationError() const
{
    const QString text = location();
    if (text.isEmpty())
        return m_teamChoice->isChecked() ? tr("Enter the team database's address.") : QString();
    const auto parsed = StoreLocation::parse(text);
    if (!parsed)
        return parsed.error().message;
    if (m_teamChoice->isChecked() && !parsed->isPostgres())
        return tr("A team database's address starts with postgresql://.");
    return QString();
}

void DatabasePage::updateEnabled()
{
    m_path->setEnabled(m_fileChoice->isChecked());
    m_browse->setEnabled(m_fileChoice->isChecked());
    m_url->setEnabled(m_teamChoice->isChecked());
}

void DatabasePage::browse()
{
    auto* dialog = new QFileDialog(this, tr("Database file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setNameFilter(tr("MixDesk databases (*.sqlite)"));
    connect(dialog, &QFileDialog::fileSelected, m_path, &QLineEdit::setText);
    dialog->open();
}

void DatabasePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DatabasePage::retranslateUi()
{
    m_intro->setText(tr("Where this desk keeps its notices. A change takes effect when you save: "
                        "MixDesk then opens the chosen database (and creates it when it is new). "
                        "To move the notices you have, use mixdesk-cli db copy."));
    m_fileChoice->setText(tr("&On this computer (SQLite file)"));
    m_path->setToolTip(tr("Empty: the default file in your data folder."));
    m_browse->setText(tr("&Browse\u2026"));
    m_teamChoice->setText(tr("&Team database on PostgreSQL, shared with other operators"));
    m_teamHelp->setText(
        tr("<small>postgresql://USER@HOST:PORT/DBNAME, optionally with ?sslmode=&hellip;. "
           "The password is never saved here: MixDesk asks for it when it first connects and "
           "keeps it in the system keychain (PGPASSWORD and ~/.pgpass work too). The server's "
           "TLS certificate is verified for every host that is not this computer.</small>"));
}

} // namespace mixdesk
