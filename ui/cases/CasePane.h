#pragma once

#include "CaseDetails.h"

#include "profile/OperatorProfile.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

namespace mixdesk {

class CaseForm;
class CasesController;

// One case folder: its fields, linked notices, documents, notes, deadlines, the
// retention checklist, the timeline, the statement and fact sheet, and Export PDF.
// Shows what the controller loaded; every change goes back through the controller.
class CasePane : public QWidget
{
    Q_OBJECT
public:
    explicit CasePane(CasesController* controller, QWidget* parent = nullptr);

    void showCase(const CaseDetails& details);
    void clear();
    void showDeadlines(); // the Deadlines tab in front
    qint64 caseId() const { return m_details.folder.id; }
    // The folder as the form shows it (unsaved edits included).
    CaseFolder editedFolder() const;

signals:
    void openNotice(qint64 noticeId);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildDetails();
    QWidget* buildNotices();
    QWidget* buildDocuments();
    QWidget* buildNotes();
    QWidget* buildDeadlines();
    QWidget* buildTimeline();
    QWidget* buildTexts();
    void retranslate();
    void fillCombos();
    void unlinkSelected();
    void updateService();
    void updateChecklist();
    void fillTexts();
    void exportPdf();
    void addDocument();
    void openDocument();
    void showDocument(const QString& fileName, const QByteArray& bytes);

    CasesController* m_controller;
    CaseDetails m_details;
    QLabel* m_header = nullptr;
    QLabel* m_checklistBanner = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_exportLanguage = nullptr;
    QPushButton* m_export = nullptr;
    // Details
    CaseForm* m_form = nullptr;
    QLabel* m_service = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_remove = nullptr;
    QGroupBox* m_checklistBox = nullptr;
    QList<QLabel*> m_ruleLabels;
    QList<QLineEdit*> m_ruleNotes;
    QList<QPushButton*> m_ruleDone;
    // Notices
    QListWidget* m_notices = nullptr;
    QPushButton* m_unlink = nullptr;
    QAction* m_unlinkAction = nullptr;
    QLabel* m_noticesHint = nullptr;
    // Documents
    QTreeWidget* m_documents = nullptr;
    QPushButton* m_addDocument = nullptr;
    QPushButton* m_openDocument = nullptr;
    QLabel* m_preview = nullptr;
    // Notes
    QListWidget* m_notes = nullptr;
    QLineEdit* m_noteEdit = nullptr;
    QPushButton* m_addNote = nullptr;
    // Deadlines
    QTreeWidget* m_deadlines = nullptr;
    QComboBox* m_deadlineKind = nullptr;
    QLineEdit* m_deadlineTitle = nullptr;
    QDateTimeEdit* m_deadlineDue = nullptr;
    QSpinBox* m_remindDays = nullptr;
    QPushButton* m_addDeadline = nullptr;
    // Timeline
    QTreeWidget* m_timeline = nullptr;
    // Statement and fact sheet
    QComboBox* m_textLanguage = nullptr;
    QPlainTextEdit* m_statement = nullptr;
    QPlainTextEdit* m_factSheet = nullptr;
    QPushButton* m_saveTexts = nullptr;
    QPushButton* m_resetTexts = nullptr;
    QLabel* m_statementLabel = nullptr;
    QLabel* m_factSheetLabel = nullptr;
};

} // namespace mixdesk
