#include "exits/notice/NoticePageDeploy.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace mixdesk {
namespace {

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{QCoreApplication::translate("NoticePageDeploy", "Cannot write %1: %2")
                         .arg(path, file.errorString())};
    return {};
}

} // namespace

QString NoticePageDeploy::lighttpdConfig(const Options& o)
{
    QString conf =
        QStringLiteral(
            "# lighttpd serving only the exit notice page (made by MixDesk).\n"
            "# Debian: apt-get install lighttpd, copy the page to %1/index.html,\n"
            "# this file to /etc/lighttpd/lighttpd.conf, then: systemctl restart lighttpd\n"
            "server.document-root = \"%1\"\n"
            "server.port = %2\n")
            .arg(o.documentRoot)
            .arg(o.port);
    if (!o.bindAddress.isEmpty())
        conf += QStringLiteral("server.bind = \"%1\"\n").arg(o.bindAddress);
    else // IPv6 as well: prosecutors may open the exit's IPv6 address too
        conf += QStringLiteral("$SERVER[\"socket\"] == \"[::]:%1\" { }\n").arg(o.port);
    conf += QStringLiteral(
        "index-file.names = ( \"index.html\" )\n"
        "mimetype.assign = ( \".html\" => \"text/html; charset=utf-8\" )\n"
        "dir-listing.activate = \"disable\"\n"
        "# Every path shows the notice: a visitor may open any URL on the exit's address.\n"
        "server.error-handler-404 = \"/index.html\"\n");
    return conf;
}

QString NoticePageDeploy::nginxConfig(const Options& o)
{
    const QString listen =
        o.bindAddress.isEmpty()
            ? QStringLiteral("    listen %1 default_server;\n"
                             "    listen [::]:%1 default_server;\n")
                  .arg(o.port)
            : QStringLiteral("    listen %1:%2 default_server;\n").arg(o.bindAddress).arg(o.port);
    return QStringLiteral("# nginx: the exit notice page (made by MixDesk) for every host name.\n"
                          "# Copy to /etc/nginx/sites-available/exit-notice, link it into\n"
                          "# sites-enabled/ (remove the default site), then: nginx -t && "
                          "systemctl reload nginx\n"
                          "server {\n") +
           listen +
           QStringLiteral("    server_name _;\n"
                          "    root %1;\n"
                          "    index index.html;\n"
                          "    charset utf-8;\n"
                          "    location / {\n"
                          "        try_files $uri /index.html;\n"
                          "    }\n"
                          "}\n")
               .arg(o.documentRoot);
}

QString NoticePageDeploy::apacheConfig(const Options& o)
{
    const QString host = o.bindAddress.isEmpty() ? QStringLiteral("*") : o.bindAddress;
    return QStringLiteral(
               "# Apache: the exit notice page (made by MixDesk) for every host name.\n"
               "# Copy to /etc/apache2/sites-available/000-exit-notice.conf, then:\n"
               "# a2dissite 000-default; a2ensite 000-exit-notice; apachectl configtest && "
               "systemctl reload apache2\n"
               "<VirtualHost %1:%2>\n"
               "    DocumentRoot %3\n"
               "    DirectoryIndex index.html\n"
               "    AddDefaultCharset utf-8\n"
               "    ErrorDocument 404 /index.html\n"
               "    <Directory %3>\n"
               "        Options -Indexes\n"
               "        AllowOverride None\n"
               "        Require all granted\n"
               "    </Directory>\n"
               "</VirtualHost>\n")
        .arg(host)
        .arg(o.port)
        .arg(o.documentRoot);
}

Result<QStringList> NoticePageDeploy::write(const QString& folder, const QString& html,
                                            const Options& options)
{
    if (!QDir().mkpath(folder))
        return Error{QCoreApplication::translate("NoticePageDeploy", "Cannot create the folder %1.")
                         .arg(folder)};
    const QDir dir(folder);
    const QString readme =
        QStringLiteral(
            "The exit notice page and web server configuration, made by MixDesk.\n\n"
            "1. Copy index.html to %1/index.html on the exit server.\n"
            "2. Use one web server: lighttpd.conf (smallest), nginx.conf or apache.conf.\n"
            "3. Open http://EXIT-IP/ in a browser: the page must show.\n")
            .arg(options.documentRoot);
    const QList<QPair<QString, QString>> files{
        {QStringLiteral("index.html"), html},
        {QStringLiteral("lighttpd.conf"), lighttpdConfig(options)},
        {QStringLiteral("nginx.conf"), nginxConfig(options)},
        {QStringLiteral("apache.conf"), apacheConfig(options)},
        {QStringLiteral("README.txt"), readme}};
    QStringList written;
    for (const auto& [name, text] : files) {
        const Status s = writeFile(dir.filePath(name), text.toUtf8());
        if (!s)
            return s.error();
        written.append(dir.filePath(name));
    }
    return written;
}

} // namespace mixdesk
