#pragma once

#include <QList>
#include <QString>

namespace mixdesk {

class BlockHostResolver;
class BlockStore;
class ReadinessCheck;
class ReadinessHistory;

// What the Exits view works with, made by whoever composes the window (MainWindow,
// a test). The controller never owns these; they must outlive it.
struct ExitsDependencies
{
    QString profilePath;                       // profile.json, read and saved (ISP stance)
    ReadinessHistory* history = nullptr;       // used only from the controller's worker thread
    BlockStore* blocks = nullptr;              // likewise
    QList<ReadinessCheck*> checks;             // asynchronous, on the GUI thread's event loop
    BlockHostResolver* hostResolver = nullptr; // resolves host blocks before an export
    QString noticeTemplatePath;                // empty: NoticePageTemplate::userTemplatePath()
};

} // namespace mixdesk
