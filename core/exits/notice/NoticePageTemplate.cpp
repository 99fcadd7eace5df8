#include "exits/notice/NoticePageTemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>

namespace mixdesk {

QString builtInNoticeTemplate(); // BuiltInNoticeTemplate.cpp, made from exit-notice.html

QString NoticePageTemplate::builtIn()
{
    return builtInNoticeTemplate();
}

QString NoticePageTemplate::userTemplatePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/exit-notice.html");
}

Result<QString> NoticePageTemplate::load(const QString& path)
{
    QFile file(path);
    if (path.isEmpty() || !file.exists())
        return builtIn();
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("NoticePageTemplate",
                                                 "Cannot read the notice page template %1: %2")
                         .arg(path, file.errorString())};
    return QString::fromUtf8(file.readAll());
}

QString NoticePageTemplate::generatorMark()
{
    return QStringLiteral("content=\"MixDesk exit notice page\"");
}

// Not translated through the UI: the page has its own two languages.
QString NoticePageTemplate::titleEnglish()
{
    return QStringLiteral("Exit server of an anonymization service");
}

QString NoticePageTemplate::titleGerman()
{
    return QStringLiteral("Exit-Server eines Anonymisierungsdienstes");
}

QStringList NoticePageTemplate::generatedTitles()
{
    return {titleEnglish(), titleGerman()};
}

} // namespace mixdesk
