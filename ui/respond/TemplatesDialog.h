#pragma once

#include "respond/ResponseTemplate.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mixdesk {

// The response templates, bundled and the user's own, by scenario and language: edit
// subject and text (the placeholders listed and insertable), add a template, duplicate
// one, delete the user's own, reset an edited bundled one to its default. Every change
// is written to the user's template file at once (TemplateLibrary) and announced by
// templatesChanged(), so the compose window and `mixdesk-cli respond --template` use it.
class TemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TemplatesDialog(const QString& userPath, QWidget* parent = nullptr);

    const TemplateLibrary& library() const { return m_library; }
    // Selects a template (name and language); false when there is none.
    bool selectTemplate(const QString& name, const QString& language);
    QString currentName() const { return m_name; }
    QString currentLanguage() const { return m_language; }

    // Saves the edits of the current template (as the user's own).
    bool saveCurrent();
    void resetCurrent();  // a bundled template back to its default
    void deleteCurrent(); // the user's own template
    void duplicateCurrent();
    // A new template from the fields under the list, its text from the bundled
    // template of its scenario and language.
    void addTemplate();
    void insertPlaceholder();

signals:
    void templatesChanged();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void done(int result) override;

private:
    void fillTree();
    void showCurrent();
    void updateButtons();
    bool isDirty() const;
    bool store(const ResponseTemplate& t, const QString& replacing = {});
    void showError(const QString& message);
    QString uniqueName(const QString& base, const QString& language) const;
    void retranslateUi();

    TemplateLibrary m_library;
    QString m_name, m_language; // the template shown
    bool m_filling = false;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_nameCaption = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLabel* m_scenarioCaption = nullptr;
    QComboBox* m_scenario = nullptr;
    QLabel* m_subjectCaption = nullptr;
    QLineEdit* m_subject = nullptr;
    QLabel* m_bodyCaption = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLabel* m_placeholderCaption = nullptr;
    QListWidget* m_placeholders = nullptr;
    QPushButton* m_insert = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_duplicate = nullptr;
    QLabel* m_newCaption = nullptr;
    QLineEdit* m_newName = nullptr;
    QComboBox* m_newScenario = nullptr;
    QComboBox* m_newLanguage = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_close = nullptr;
    QPointer<QWidget> m_insertInto; // the subject or the text, whichever had focus last
};

} // namespace mixdesk
