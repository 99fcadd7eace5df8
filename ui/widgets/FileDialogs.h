#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace mixdesk {

// File dialogs behind a test seam (as KeePassXC does): a test sets the next
// answer, and the next call returns it instead of opening a dialog.
class FileDialogs
{
public:
    static QStringList getOpenFileNames(QWidget* parent, const QString& caption,
                                        const QString& filter);
    static QString getExistingDirectory(QWidget* parent, const QString& caption);
    static QString getSaveFileName(QWidget* parent, const QString& caption,
                                   const QString& suggestion, const QString& filter);

    // Test seam: the next getOpenFileNames/getExistingDirectory/getSaveFileName returns `names`
    // (an empty list: the user cancelled).
    static void setNextAnswer(const QStringList& names);

private:
    static bool takeNextAnswer(QStringList* names);
};

} // namespace mixdesk
