#pragma once

#include "reading/ReadableMessage.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTemporaryDir;
class QTreeWidget;
class QUrl;

namespace mixdesk {

// The notice as a person reads it: sender, subject and date, the decoded text (HTML
// only ever as text: nothing is rendered, nothing remote is loaded), the links in it
// (copyable), the attachments with type and size (open from a private temporary copy,
// save as) and each attached message, the offending mail, as a message of its own.
class ReadingPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReadingPane(QWidget* parent = nullptr);
    ~ReadingPane() override;

    void showNotice(const ReadableMessage& notice);
    void clear();
    bool isEmpty() const { return m_entries.isEmpty(); }

    // The notice is message 0; attached messages follow, depth first.
    int messageCount() const { return int(m_entries.size()); }
    int currentMessage() const { return m_current; }
    void showMessage(int index);

    // The attachments of the message shown (rows of the attachment list).
    bool openAttachment(int row);
    bool saveAttachment(int row); // asks where (FileDialogs)
    // Copies the selected link (or all of them) to the clipboard.
    void copyLinks();
    // Where the last attachment opened was copied to (for tests).
    QString lastOpenedPath() const { return m_lastOpened; }

    // A button for `action` beside the message chooser: what the operator does to
    // the notice while reading it (its due date). The button follows the action's
    // text and enabled state; its objectName is the action's plus "Button".
    void addNoticeAction(QAction* action);

    // Test seam: how a temporary copy is handed to the desktop (QDesktopServices::openUrl).
    static void setOpener(std::function<bool(const QUrl&)> opener);

signals:
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Entry
    {
        const ReadableMessage* message = nullptr;
        QList<int> path;       // 1-based numbers: {1} the first attached, {1, 1} in it
        QList<int> attachedAt; // entry index of each of message->messages
    };
    void addEntries(const ReadableMessage& message, const QList<int>& path);
    void retranslateUi();
    void fillMessage();
    const ReadableAttachment* attachmentAt(int row) const;

    ReadableMessage m_notice;
    QList<Entry> m_entries;
    int m_current = -1;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_lastOpened;

    QLabel* m_placeholder = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_messageCaption = nullptr;
    QComboBox* m_messageCombo = nullptr;
    QHBoxLayout* m_messageRow = nullptr; // the message chooser and the notice's actions
    QLabel* m_urgency = nullptr;
    QLabel* m_headers = nullptr;
    QLabel* m_htmlNote = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLabel* m_attachmentsCaption = nullptr;
    QTreeWidget* m_attachments = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_save = nullptr;
    QWidget* m_attachmentBox = nullptr;
    QLabel* m_linksCaption = nullptr;
    QListWidget* m_links = nullptr;
    QPushButton* m_copyLinks = nullptr;
    QWidget* m_linkBox = nullptr;
};

} // namespace mixdesk
