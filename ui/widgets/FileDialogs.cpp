#include "widgets/FileDialogs.h"

#include <QFileDialog>

#include <optional>

namespace mixdesk {
namespace {
std::optional<QStringList>& nextAnswer()
{
    static std::optional<QStringList> answer;
    return answer;
}
} // namespace

void FileDialogs::setNextAnswer(const QStringList& names)
{
    nextAnswer() = names;
}

bool FileDialogs::takeNextAnswer(QStringList* names)
{
    if (!nextAnswer())
        return false;
    *names = *nextAnswer();
    nextAnswer().reset();
    return true;
}

QStringList FileDialogs::getOpenFileNames(QWidget* parent, const QString& caption,
                                          const QString& filter)
{
    QStringList names;
    if (takeNextAnswer(&names))
        return names;
    return QFileDialog::getOpenFileNames(parent, caption, QString(), filter);
}

QString FileDialogs::getExistingDirectory(QWidget* parent, const QString& caption)
{
    QStringList names;
    if (takeNextAnswer(&names))
        return names.value(0);
    return QFileDialog::getExistingDirectory(parent, caption);
}

QString FileDialogs::getSaveFileName(QWidget* parent, const QString& caption,
                                     const QString& suggestion, const QString& filter)
{
    QStringList names;
    if (takeNextAnswer(&names))
        return names.value(0);
    return QFileDialog::getSaveFileName(parent, caption, suggestion, filter);
}

} // namespace mixdesk
