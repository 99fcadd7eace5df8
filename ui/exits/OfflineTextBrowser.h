#pragma once

#include <QTextBrowser>

namespace mixdesk {

// A QTextBrowser that loads nothing: no images, no style sheets, no links
// followed. The notice page preview must never reach out to the network or disk.
class OfflineTextBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit OfflineTextBrowser(QWidget* parent = nullptr);
    QVariant loadResource(int type, const QUrl& name) override;
    int resourceRequests() const { return m_requests; } // for tests

private:
    int m_requests = 0;
};

} // namespace mixdesk
