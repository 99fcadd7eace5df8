#include "settings/FirstRunDialog.h"

#include "profile/ProfileStore.h"
#include "settings/ProfileEditor.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {

FirstRunDialog::FirstRunDialog(const QString& profilePath, QWidget* parent)
    : QDialog(parent), m_profilePath(profilePath)
{
    setObjectName(u"firstRunDialog"_s);
    m_intro = new QLabel;
    m_intro->setObjectName(u"firstRunIntro"_s);
    m_intro->setWordWrap(true);
    m_editor = new ProfileEditor;
    // Whatever is saved already (a second run from the Help menu) is the start.
    if (const auto saved = ProfileStore::load(m_profilePath))
        m_editor->setProfile(*saved);
    m_error = new QLabel;
    m_error->setObjectName(u"firstRunError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #9a1f1f;"_s);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(u"firstRunButtons"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(760, 560);
    retranslateUi();
}

bool FirstRunDialog::save()
{
    const QStringList errors = m_editor->validationErrors();
    if (!errors.isEmpty()) {
        showError(tr("Please correct the exit addresses before saving."));
        return false;
    }
    const OperatorProfile profile = m_editor->profile();
    if (profile.exits.isEmpty()) {
        showError(tr("Add at least one exit (its IP addresses), or import a profile file. "
                     "Without exits every notice is filed as misdirected."));
        return false;
    }
    if (const Status saved = ProfileStore::save(profile, m_profilePath); !saved) {
        showError(tr("The profile could not be saved: %1").arg(saved.error().message));
        return false;
    }
    m_error->hide();
    emit profileSaved();
    return true;
}

void FirstRunDialog::accept()
{
    if (save())
        QDialog::accept();
}

void FirstRunDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

void FirstRunDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FirstRunDialog::retranslateUi()
{
    setWindowTitle(tr("Set up MixDesk"));
    m_intro->setText(tr("<p><b>Welcome to MixDesk.</b> What you see now are demo notices.</p>"
                        "<p>Tell MixDesk who you are, which exits you run (their IP addresses and "
                        "host names) and your ISP's abuse contact. Every notice is checked against "
                        "these exits; responses are signed with your name. If you kept a profile "
                        "file from another machine, import it. You can change everything later in "
                        "Settings.</p>"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save and open my database"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
}

} // namespace mixdesk
