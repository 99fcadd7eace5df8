#include "respond/TemplatesDialog.h"

#include "respond/ComposeDialog.h"
#include "widgets/SecondaryText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {
namespace {

constexpr int kNameRole = Qt::UserRole;
constexpr int kLanguageRole = Qt::UserRole + 1;

QString languageName(const QString& code)
{
    // As in the compose window: the language of the text, named in that language.
    if (code == u"de")
        return u"Deutsch"_s;
    if (code == u"en")
        return u"English"_s;
    return code;
}

void addLanguages(QComboBox* box)
{
    box->addItem(languageName(u"en"_s), u"en"_s);
    box->addItem(languageName(u"de"_s), u"de"_s);
}

bool isValidName(const QString& name)
{
    static const QRegularExpression re(u"^[a-z0-9][a-z0-9._-]*$"_s);
    return re.match(name).hasMatch();
}

} // namespace

TemplatesDialog::TemplatesDialog(const QString& userPath, QWidget* parent)
    : QDialog(parent), m_library(userPath)
{
    setObjectName(u"templatesDialog"_s);
    m_tree = new QTreeWidget;
    m_tree->setObjectName(u"templateTree"_s);
    m_tree->setColumnCount(3);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_nameCaption = new QLabel;
    m_nameEdit = new QLineEdit;
    m_nameEdit->setObjectName(u"templateNameEdit"_s);
    m_scenarioCaption = new QLabel;
    m_scenario = new QComboBox;
    m_scenario->setObjectName(u"templateScenarioCombo"_s);
    m_subjectCaption = new QLabel;
    m_subject = new QLineEdit;
    m_subject->setObjectName(u"templateSubjectEdit"_s);
    m_bodyCaption = new QLabel;
    m_body = new QPlainTextEdit;
    m_body->setObjectName(u"templateBodyEdit"_s);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_placeholderCaption = new QLabel;
    m_placeholders = new QListWidget;
    m_placeholders->setObjectName(u"placeholderList"_s);
    m_placeholders->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (const QString& key : ResponseTemplate::placeholders()) {
        auto* item = new QListWidgetItem(u'{' + key + u'}');
        item->setData(Qt::UserRole, key);
        m_placeholders->addItem(item);
    }
    m_insert = new QPushButton;
    m_insert->setObjectName(u"insertPlaceholderButton"_s);
    m_insertInto = m_body;
    m_subject->installEventFilter(this);
    m_body->installEventFilter(this);

    m_save = new QPushButton;
    m_save->setObjectName(u"saveTemplateButton"_s);
    m_reset = new QPushButton;
    m_reset->setObjectName(u"resetTemplateButton"_s);
    m_delete = new QPushButton;
    m_delete->setObjectName(u"deleteTemplateButton"_s);
    m_duplicate = new QPushButton;
    m_duplicate->setObjectName(u"duplicateTemplateButton"_s);

    m_newCaption = new QLabel;
    m_newName = new QLineEdit;
    m_newName->setObjectName(u"newTemplateNameEdit"_s);
    m_newScenario = new QComboBox;
    m_newScenario->setObjectName(u"newTemplateScenarioCombo"_s);
    m_newLanguage = new QComboBox;
    m_newLanguage->setObjectName(u"newTemplateLanguageCombo"_s);
    addLanguages(m_newLanguage);
    for (const QString& scenario : ResponseTemplate::scenarios()) {
        m_scenario->addItem(QString(), scenario);
        m_newScenario->addItem(QString(), scenario);
    }
    m_add = new QPushButton;
    m_add->setObjectName(u"addTemplateButton"_s);

    m_error = new QLabel;
    m_error->setObjectName(u"templateErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: #b00020; }"_s);
    m_error->hide();

    // Left: the list, and a new template under it.
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    listButtons->addStretch(1);
    leftLayout->addLayout(listButtons);
    leftLayout->addWidget(m_newCaption);
    auto* newGrid = new QGridLayout;
    newGrid->addWidget(m_newName, 0, 0, 1, 2);
    newGrid->addWidget(m_newScenario, 1, 0);
    newGrid->addWidget(m_newLanguage, 1, 1);
    newGrid->addWidget(m_add, 2, 1);
    newGrid->setColumnStretch(0, 1);
    leftLayout->addLayout(newGrid);

    // Right: the template, and the placeholders beside its text.
    auto* right = new QWidget;
    auto* form = new QGridLayout(right);
    form->setContentsMargins(0, 0, 0, 0);
    form->addWidget(m_nameCaption, 0, 0);
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_nameEdit, 1);
    nameRow->addWidget(m_scenarioCaption);
    nameRow->addWidget(m_scenario, 1);
    form->addLayout(nameRow, 0, 1, 1, 2);
    form->addWidget(m_subjectCaption, 1, 0);
    form->addWidget(m_subject, 1, 1, 1, 2);
    form->addWidget(m_bodyCaption, 2, 0, Qt::AlignTop);
    form->addWidget(m_body, 2, 1, 2, 1);
    auto* placeholderBox = new QVBoxLayout;
    placeholderBox->addWidget(m_placeholderCaption);
    placeholderBox->addWidget(m_placeholders, 1);
    placeholderBox->addWidget(m_insert);
    form->addLayout(placeholderBox, 2, 2, 2, 1);
    form->setColumnStretch(1, 1);
    form->setRowStretch(3, 1);
    auto* editButtons = new QHBoxLayout;
    editButtons->addStretch(1);
    editButtons->addWidget(m_reset);
    editButtons->addWidget(m_save);
    form->addLayout(editButtons, 4, 1, 1, 2);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName(u"closeButton"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (m_filling || !item || item->data(0, kNameRole).toString().isEmpty())
            return;
        if (isDirty())
            saveCurrent();
        m_name = item->data(0, kNameRole).toString();
        m_language = item->data(0, kLanguageRole).toString();
        showCurrent();
    });
    connect(m_nameEdit, &QLineEdit::textChanged, this, &TemplatesDialog::updateButtons);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, &TemplatesDialog::updateButtons);
    connect(m_subject, &QLineEdit::textChanged, this, &TemplatesDialog::updateButtons);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplatesDialog::updateButtons);
    connect(m_insert, &QPushButton::clicked, this, &TemplatesDialog::insertPlaceholder);
    connect(m_placeholders, &QListWidget::itemDoubleClicked, this,
            &TemplatesDialog::insertPlaceholder);
    connect(m_save, &QPushButton::clicked, this, &TemplatesDialog::saveCurrent);
    connect(m_reset, &QPushButton::clicked, this, &TemplatesDialog::resetCurrent);
    connect(m_delete, &QPushButton::clicked, this, &TemplatesDialog::deleteCurrent);
    connect(m_duplicate, &QPushButton::clicked, this, &TemplatesDialog::duplicateCurrent);
    connect(m_add, &QPushButton::clicked, this, &TemplatesDialog::addTemplate);
    connect(m_newName, &QLineEdit::returnPressed, this, &TemplatesDialog::addTemplate);

    if (Status loaded = m_library.load(); !loaded)
        showError(loaded.error().message);
    if (!m_library.templates().isEmpty()) {
        m_name = m_library.templates().first().name;
        m_language = m_library.templates().first().language;
    }
    retranslateUi();
    fillTree();
    showCurrent();
    resize(1000, 640);
}

bool TemplatesDialog::selectTemplate(const QString& name, const QString& language)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, kNameRole).toString() == name &&
            (*it)->data(0, kLanguageRole).toString() == language) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    return false;
}

void TemplatesDialog::fillTree()
{
    m_filling = true;
    m_tree->clear();
    QStringList scenarios = ResponseTemplate::scenarios();
    for (const ResponseTemplate& t : m_library.templates())
        if (!scenarios.contains(t.effectiveScenario()))
            scenarios << t.effectiveScenario();
    QTreeWidgetItem* current = nullptr;
    for (const QString& scenario : std::as_const(scenarios)) {
        auto* group = new QTreeWidgetItem(m_tree);
        group->setText(0, ComposeDialog::templateDisplayName(scenario));
        group->setFlags(Qt::ItemIsEnabled);
        QList<ResponseTemplate> members;
        for (const ResponseTemplate& t : m_library.templates())
            if (t.effectiveScenario() == scenario)
                members << t;
        std::sort(members.begin(), members.end(),
                  [](const ResponseTemplate& a, const ResponseTemplate& b) {
                      return std::pair(a.name, a.language) < std::pair(b.name, b.language);
                  });
        for (const ResponseTemplate& t : std::as_const(members)) {
            auto* item = new QTreeWidgetItem(group);
            item->setText(0, t.name);
            item->setText(1, languageName(t.language));
            const bool bundled = m_library.hasBuiltIn(t.name, t.language);
            item->setText(2, !bundled    ? tr("own", "a template the user added")
                             : t.builtIn ? tr("bundled", "a template as shipped")
                                         : tr("edited", "a bundled template the user changed"));
            item->setData(0, kNameRole, t.name);
            item->setData(0, kLanguageRole, t.language);
            if (t.name == m_name && t.language == m_language)
                current = item;
        }
    }
    m_tree->expandAll();
    if (current)
        m_tree->setCurrentItem(current);
    m_filling = false;
}

void TemplatesDialog::showCurrent()
{
    const ResponseTemplate* t = m_library.find(m_name, m_language);
    m_filling = true;
    const bool own = t && !m_library.hasBuiltIn(t->name, t->language);
    m_nameEdit->setText(t ? t->name : QString());
    m_nameEdit->setReadOnly(!own);
    m_scenario->setCurrentIndex(t ? std::max(0, m_scenario->findData(t->effectiveScenario())) : 0);
    m_scenario->setEnabled(own);
    m_subject->setText(t ? t->subject : QString());
    m_body->setPlainText(t ? t->body : QString());
    m_subject->setEnabled(t != nullptr);
    m_body->setEnabled(t != nullptr);
    m_filling = false;
    updateButtons();
}

bool TemplatesDialog::isDirty() const
{
    const ResponseTemplate* t = m_library.find(m_name, m_language);
    if (!t)
        return false;
    return m_subject->text() != t->subject || m_body->toPlainText() != t->body ||
           m_nameEdit->text().trimmed() != t->name ||
           m_scenario->currentData().toString() != t->effectiveScenario();
}

void TemplatesDialog::updateButtons()
{
    if (m_filling)
        return;
    const bool exists = m_library.find(m_name, m_language) != nullptr;
    const bool bundled = m_library.hasBuiltIn(m_name, m_language);
    const bool edited = m_library.hasUserTemplate(m_name, m_language);
    m_save->setEnabled(exists && isDirty());
    m_reset->setEnabled(exists && bundled && (edited || isDirty()));
    m_delete->setEnabled(exists && !bundled && edited);
    m_duplicate->setEnabled(exists);
    m_insert->setEnabled(exists);
}

void TemplatesDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool TemplatesDialog::store(const ResponseTemplate& t, const QString& replacing)
{
    Status saved = m_library.saveUserTemplate(t);
    if (saved && !replacing.isEmpty() && replacing != t.name)
        saved = m_library.removeUserTemplate(replacing, t.language);
    if (!saved) {
        showError(saved.error().message);
        return false;
    }
    showError({});
    m_name = t.name;
    m_language = t.language;
    fillTree();
    showCurrent();
    emit templatesChanged();
    return true;
}

bool TemplatesDialog::saveCurrent()
{
    const ResponseTemplate* current = m_library.find(m_name, m_language);
    if (!current || !isDirty())
        return true;
    ResponseTemplate t = *current;
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    const QString oldName = t.name;
    if (!m_library.hasBuiltIn(t.name, t.language)) {
        t.name = m_nameEdit->text().trimmed();
        t.scenario = m_scenario->currentData().toString();
        if (!isValidName(t.name)) {
            showError(tr("A template name is written in small letters, digits and '-', "
                         "e.g. \"webmail-short\"."));
            return false;
        }
        if (t.name != oldName && m_library.find(t.name, t.language)) {
            showError(tr("There is already a template '%1' in this language.").arg(t.name));
            return false;
        }
    }
    return store(t, oldName);
}

void TemplatesDialog::resetCurrent()
{
    if (!m_library.hasBuiltIn(m_name, m_language))
        return;
    if (m_library.hasUserTemplate(m_name, m_language)) {
        if (Status removed = m_library.removeUserTemplate(m_name, m_language); !removed) {
            showError(removed.error().message);
            return;
        }
        emit templatesChanged();
    }
    showError({});
    fillTree();
    showCurrent();
}

void TemplatesDialog::deleteCurrent()
{
    if (m_library.hasBuiltIn(m_name, m_language) || !m_library.hasUserTemplate(m_name, m_language))
        return;
    if (Status removed = m_library.removeUserTemplate(m_name, m_language); !removed) {
        showError(removed.error().message);
        return;
    }
    showError({});
    m_name.clear();
    if (!m_library.templates().isEmpty()) {
        m_name = m_library.templates().first().name;
        m_language = m_library.templates().first().language;
    }
    fillTree();
    showCurrent();
    emit templatesChanged();
}

QString TemplatesDialog::uniqueName(const QString& base, const QString& language) const
{
    QString name = base;
    for (int n = 2; m_library.find(name, language); ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

void TemplatesDialog::duplicateCurrent()
{
    if (isDirty() && !saveCurrent())
        return;
    const ResponseTemplate* current = m_library.find(m_name, m_language);
    if (!current)
        return;
    ResponseTemplate copy = *current;
    copy.scenario = current->effectiveScenario();
    copy.name = uniqueName(current->name + u"-copy"_s, current->language);
    copy.builtIn = false;
    store(copy);
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

void TemplatesDialog::addTemplate()
{
    const QString name = m_newName->text().trimmed();
    const QString language = m_newLanguage->currentData().toString();
    const QString scenario = m_newScenario->currentData().toString();
    if (!isValidName(name)) {
        showError(tr("A template name is written in small letters, digits and '-', "
                     "e.g. \"webmail-short\"."));
        return;
    }
    if (m_library.find(name, language)) {
        showError(tr("There is already a template '%1' in this language.").arg(name));
        return;
    }
    if (isDirty() && !saveCurrent())
        return;
    // The text of the bundled template of that scenario to start from.
    ResponseTemplate t{name, language, QString(), QString(), false, scenario};
    for (const ResponseTemplate& b : TemplateLibrary::builtIn())
        if (b.name == scenario && b.language == language) {
            t.subject = b.subject;
            t.body = b.body;
        }
    if (store(t)) {
        m_newName->clear();
        m_body->setFocus();
    }
}

void TemplatesDialog::insertPlaceholder()
{
    const QListWidgetItem* item = m_placeholders->currentItem();
    if (!item || !m_library.find(m_name, m_language))
        return;
    const QString text = u'{' + item->data(Qt::UserRole).toString() + u'}';
    if (m_insertInto == m_subject) {
        m_subject->insert(text);
        m_subject->setFocus();
    } else {
        m_body->insertPlainText(text);
        m_body->setFocus();
    }
}

bool TemplatesDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn && (watched == m_subject || watched == m_body))
        m_insertInto = static_cast<QWidget*>(watched);
    return QDialog::eventFilter(watched, event);
}

void TemplatesDialog::done(int result)
{
    // Closing keeps what was typed, as moving to another template does.
    if (isDirty())
        saveCurrent();
    QDialog::done(result);
}

void TemplatesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TemplatesDialog::retranslateUi()
{
    setWindowTitle(tr("Response templates"));
    m_tree->setHeaderLabels(
        {tr("Template"), tr("Language", "of a template"), tr("Origin", "bundled, edited or own")});
    for (int i = 0; i < m_scenario->count(); ++i) {
        const QString name = ComposeDialog::templateDisplayName(m_scenario->itemData(i).toString());
        m_scenario->setItemText(i, name);
        m_newScenario->setItemText(i, name);
    }
    m_nameCaption->setText(tr("Name:", "of a template"));
    m_scenarioCaption->setText(tr("Scenario:"));
    m_scenario->setToolTip(tr("What the template answers: it decides the recipients and "
                              "whether the notices go along as attachments."));
    m_subjectCaption->setText(tr("Subject:"));
    m_bodyCaption->setText(tr("Text:"));
    m_placeholderCaption->setText(tr("Placeholders:"));
    const QHash<QString, QString> meaning{
        {u"exit_ip"_s, tr("the exit's IP address")},
        {u"incident_time_utc"_s, tr("the time of the incident (UTC)")},
        {u"account"_s, tr("the webmail account")},
        {u"mail_server"_s, tr("the mail server the spam went through")},
        {u"ticket_id"_s, tr("the ISP's ticket id")},
        {u"operator_name"_s, tr("your name (profile)")},
        {u"operator_organisation"_s, tr("your organisation (profile)")},
        {u"operator_email"_s, tr("your e-mail address (profile)")},
        {u"reported_ip"_s, tr("the IP address the notice names")},
        {u"notice_subject"_s, tr("the subject of the notice")},
        {u"reporter"_s, tr("who sent the notice")}};
    for (int i = 0; i < m_placeholders->count(); ++i)
        m_placeholders->item(i)->setToolTip(
            meaning.value(m_placeholders->item(i)->data(Qt::UserRole).toString()));
    m_insert->setText(tr("&Insert", "a placeholder into the template"));
    m_insert->setToolTip(tr("Inserts the selected placeholder where the cursor is, in the "
                            "subject or the text"));
    m_save->setText(tr("&Save"));
    m_reset->setText(tr("&Reset to default"));
    m_reset->setToolTip(tr("Back to the text that comes with MixDesk"));
    m_delete->setText(tr("&Delete"));
    m_duplicate->setText(tr("D&uplicate"));
    m_newCaption->setText(tr("New template:"));
    m_newName->setPlaceholderText(tr("name, e.g. webmail-short"));
    m_add->setText(tr("&Add"));
    fillTree();
}

} // namespace mixdesk
