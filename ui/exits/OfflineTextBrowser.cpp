#include "OfflineTextBrowser.h"

namespace mixdesk {

OfflineTextBrowser::OfflineTextBrowser(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

QVariant OfflineTextBrowser::loadResource(int, const QUrl&)
{
    ++m_requests;
    return {};
}

} // namespace mixdesk
