#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace mixdesk {

// Deploy help for the notice page: configuration for lighttpd (what the JonDonym
// advice suggests: small, serves one folder), nginx and Apache, each serving the
// page's folder on port 80 for every host name, the bare IP included.
class NoticePageDeploy
{
public:
    struct Options
    {
        QString documentRoot = QStringLiteral("/var/www/exit-notice");
        quint16 port = 80;
        QString bindAddress; // empty: every IPv4 and IPv6 address
    };

    // A complete lighttpd.conf for a lighttpd that serves only the notice page.
    static QString lighttpdConfig(const Options& options);
    // A server block for /etc/nginx/sites-available/.
    static QString nginxConfig(const Options& options);
    // A VirtualHost for /etc/apache2/sites-available/.
    static QString apacheConfig(const Options& options);

    // Writes index.html, lighttpd.conf, nginx.conf, apache.conf and README.txt into
    // `folder`; returns the files written.
    static Result<QStringList> write(const QString& folder, const QString& html,
                                     const Options& options);
};

} // namespace mixdesk
