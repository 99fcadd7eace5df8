#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace mixdesk {

class ExitsController;
class OfflineTextBrowser;

// The generated exit notice page: a preview that loads nothing remote (or its
// HTML source), the page's first language, and saving or deploying it.
class NoticePagePane : public QWidget
{
    Q_OBJECT
public:
    explicit NoticePagePane(ExitsController* controller, QWidget* parent = nullptr);

    QString html() const { return m_html; }
    QString language() const;
    // Test seams for the buttons: write into `folder` without asking.
    void savePageTo(const QString& folder);
    void deployTo(const QString& folder);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();

    ExitsController* m_controller;
    QString m_html;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_showSource = nullptr;
    QStackedWidget* m_stack = nullptr;
    OfflineTextBrowser* m_preview = nullptr;
    QPlainTextEdit* m_source = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_deploy = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace mixdesk
