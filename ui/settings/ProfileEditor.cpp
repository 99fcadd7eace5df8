#include "settings/ProfileEditor.h"

#include "settings/ExitTableModel.h"

#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {

ProfileEditor::ProfileEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"profileEditor"_s);
    auto makeEdit = [this](const QString& name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        return edit;
    };
    m_name = makeEdit(u"profileName"_s);
    m_organisation = makeEdit(u"profileOrganisation"_s);
    m_email = makeEdit(u"profileEmail"_s);
    m_isp = makeEdit(u"profileIsp"_s);
    m_ispAbuse = makeEdit(u"profileIspAbuseContact"_s);
    m_nameLabel = new QLabel;
    m_organisationLabel = new QLabel;
    m_emailLabel = new QLabel;
    m_ispLabel = new QLabel;
    m_ispAbuseLabel = new QLabel;
    m_nameLabel->setBuddy(m_name);
    m_organisationLabel->setBuddy(m_organisation);
    m_emailLabel->setBuddy(m_email);
    m_ispLabel->setBuddy(m_isp);
    m_ispAbuseLabel->setBuddy(m_ispAbuse);

    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_organisationLabel, m_organisation);
    form->addRow(m_emailLabel, m_email);
    form->addRow(m_ispLabel, m_isp);
    form->addRow(m_ispAbuseLabel, m_ispAbuse);

    m_exitModel = new ExitTableModel(this);
    m_exitView = new QTableView;
    m_exitView->setObjectName(u"exitTable"_s);
    m_exitView->setModel(m_exitModel);
    m_exitView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_exitView->verticalHeader()->hide();
    m_exitView->horizontalHeader()->setStretchLastSection(true);
    m_exitView->horizontalHeader()->resizeSection(ExitTableModel::Addresses, 220);
    m_exitsLabel = new QLabel;
    m_exitsLabel->setBuddy(m_exitView);

    m_addExit = new QPushButton;
    m_addExit->setObjectName(u"addExitButton"_s);
    m_removeExit = new QPushButton;
    m_removeExit->setObjectName(u"removeExitButton"_s);
    connect(m_addExit, &QPushButton::clicked, this, [this] {
        m_exitModel->addExit();
        const QModelIndex index =
            m_exitModel->index(m_exitModel->rowCount() - 1, ExitTableModel::Addresses);
        m_exitView->setCurrentIndex(index);
        m_exitView->edit(index);
    });
    connect(m_removeExit, &QPushButton::clicked, this,
            [this] { m_exitModel->removeExit(m_exitView->currentIndex().row()); });
    m_import = new QPushButton;
    m_import->setObjectName(u"profileImportButton"_s);
    connect(m_import, &QPushButton::clicked, this, &ProfileEditor::chooseFileToImport);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addExit);
    buttons->addWidget(m_removeExit);
    buttons->addStretch();
    buttons->addWidget(m_import);
    m_importError = new QLabel;
    m_importError->setObjectName(u"profileImportError"_s);
    m_importError->setWordWrap(true);
    m_importError->setStyleSheet(u"color: #9a1f1f;"_s);
    m_importError->hide();

    m_errors = new QLabel;
    m_errors->setObjectName(u"profileErrors"_s);
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(u"color: #9a1f1f;"_s);
    connect(m_exitModel, &ExitTableModel::validityChanged, this, &ProfileEditor::updateErrors);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_exitsLabel);
    layout->addWidget(m_exitView, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_importError);
    layout->addWidget(m_errors);
    retranslateUi();
}

void ProfileEditor::setProfile(const OperatorProfile& profile)
{
    m_base = profile;
    m_name->setText(profile.name);
    m_organisation->setText(profile.organisation);
    m_email->setText(profile.email);
    m_isp->setText(profile.isp);
    m_ispAbuse->setText(profile.ispAbuseContact);
    m_exitModel->setExits(profile.exits);
}

OperatorProfile ProfileEditor::profile() const
{
    OperatorProfile p = m_base;
    p.name = m_name->text().trimmed();
    p.organisation = m_organisation->text().trimmed();
    p.email = m_email->text().trimmed();
    p.isp = m_isp->text().trimmed();
    p.ispAbuseContact = m_ispAbuse->text().trimmed();
    p.exits = m_exitModel->exits();
    return p;
}

bool ProfileEditor::importFile(const QString& path)
{
    // loadFile, not ProfileStore::load: a missing file is an error here.
    const auto loaded = OperatorProfile::loadFile(path);
    if (!loaded) {
        m_importError->setText(
            tr("The profile file could not be read: %1").arg(loaded.error().message));
        m_importError->show();
        return false;
    }
    m_importError->hide();
    setProfile(*loaded);
    return true;
}

void ProfileEditor::chooseFileToImport()
{
    // open(), not exec(): no nested event loop on the GUI thread.
    auto* dialog = new QFileDialog(window(), tr("Import an operator profile"), QString(),
                                   tr("Operator profiles (*.json);;All files (*)"));
    dialog->setObjectName(u"profileImportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ProfileEditor::importFile);
    dialog->open();
}

QStringList ProfileEditor::validationErrors() const
{
    return m_exitModel->validationErrors();
}

void ProfileEditor::updateErrors()
{
    const QStringList errors = validationErrors();
    m_errors->setText(errors.join(u'\n'));
    m_errors->setVisible(!errors.isEmpty());
}

void ProfileEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileEditor::retranslateUi()
{
    m_nameLabel->setText(tr("&Name:", "operator's name"));
    m_organisationLabel->setText(tr("&Organisation:"));
    m_emailLabel->setText(tr("&Email:"));
    m_ispLabel->setText(tr("Default &ISP:"));
    m_ispAbuseLabel->setText(tr("ISP &abuse contact:"));
    m_exitsLabel->setText(tr("E&xit servers:"));
    m_addExit->setText(tr("Add exit"));
    m_removeExit->setText(tr("Remove exit"));
    m_import->setText(tr("&Import profile file\u2026"));
    m_import->setToolTip(tr("Fills in the operator and the exits from a profile file "
                            "(JSON), for example one kept from another machine."));
    m_exitModel->retranslate();
    updateErrors();
}

} // namespace mixdesk
