#include "exits/blocks/BlockExport.h"

#include <QHostAddress>

namespace mixdesk {
namespace {

QString header(const BlockExport::Input& input, const QString& comment, const QString& usage)
{
    return comment + QStringLiteral(" Destinations blocked on request, made by MixDesk on ") +
           input.generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral(" UTC.\n") + usage;
}

bool isIpv6(const QString& address)
{
    return address.contains(QLatin1Char(':'));
}

// The addresses a block stands for; empty for a host name that did not resolve.
QStringList addressesOf(const BlockRequest& block, const BlockExport::Input& input)
{
    if (block.target() != BlockTarget::Host)
        return {block.destination};
    return input.resolved.value(block.destination);
}

QString resolutionNote(const BlockRequest& block, const BlockExport::Input& input,
                       const QString& comment)
{
    if (block.target() != BlockTarget::Host)
        return {};
    const QStringList addresses = input.resolved.value(block.destination);
    if (addresses.isEmpty())
        return comment + QStringLiteral("   NOT BLOCKED: ") + block.destination +
               QStringLiteral(" could not be resolved (") +
               input.failures.value(block.destination, QStringLiteral("no address")).simplified() +
               QStringLiteral(")\n");
    return comment + QStringLiteral("   ") + block.destination + QStringLiteral(" resolved to ") +
           addresses.join(QStringLiteral(", ")) + QStringLiteral(" at export time\n");
}

// Tor writes IPv6 addresses and networks in brackets: [2001:db8::]/32.
QString torAddress(const QString& address)
{
    if (!isIpv6(address))
        return address;
    const qsizetype slash = address.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return QLatin1Char('[') + address + QLatin1Char(']');
    return QLatin1Char('[') + address.left(slash) + QLatin1Char(']') + address.mid(slash);
}

} // namespace

bool BlockExport::formatFromId(QStringView id, Format* format)
{
    if (id == u"torrc")
        *format = Format::Torrc;
    else if (id == u"nftables")
        *format = Format::Nftables;
    else if (id == u"squid")
        *format = Format::Squid;
    else
        return false;
    return true;
}

QString BlockExport::formatId(Format format)
{
    switch (format) {
    case Format::Torrc:
        return QStringLiteral("torrc");
    case Format::Nftables:
        return QStringLiteral("nftables");
    case Format::Squid:
        break;
    }
    return QStringLiteral("squid");
}

QList<BlockRequest> BlockExport::active(const QList<BlockRequest>& blocks, const QDate& day)
{
    QList<BlockRequest> out;
    for (const BlockRequest& b : blocks)
        if (b.isActiveOn(day))
            out.append(b);
    return out;
}

QString BlockExport::render(Format format, const Input& input)
{
    switch (format) {
    case Format::Torrc:
        return torrc(input);
    case Format::Nftables:
        return nftables(input);
    case Format::Squid:
        break;
    }
    return squid(input);
}

QString BlockExport::torrc(const Input& input)
{
    QString out =
        header(input, QStringLiteral("#"),
               QStringLiteral("# Tor uses the first ExitPolicy rule that matches: include "
                              "this file before any\n# \"ExitPolicy accept\" line "
                              "(e.g. %include at the top of torrc), then reload tor.\n"));
    for (const BlockRequest& block : input.blocks) {
        out += QStringLiteral("\n# ") + block.describe() + QLatin1Char('\n') +
               resolutionNote(block, input, QStringLiteral("#"));
        const QStringList ports = [&] {
            QStringList p;
            for (const PortRange& r : block.ports)
                p.append(r.toString());
            return p.isEmpty() ? QStringList{QStringLiteral("*")} : p;
        }();
        for (const QString& address : addressesOf(block, input))
            for (const QString& port : ports)
                out += QStringLiteral("ExitPolicy reject ") + torAddress(address) +
                       QLatin1Char(':') + port + QLatin1Char('\n');
    }
    return out;
}

QString BlockExport::nftables(const Input& input)
{
    QStringList v4, v6, comments, portRules;
    for (const BlockRequest& block : input.blocks) {
        comments.append(QStringLiteral("# ") + block.describe());
        const QString note = resolutionNote(block, input, QStringLiteral("#"));
        if (!note.isEmpty())
            comments.append(note.trimmed());
        for (const QString& address : addressesOf(block, input)) {
            if (block.ports.isEmpty()) {
                (isIpv6(address) ? v6 : v4).append(address);
                continue;
            }
            portRules.append(
                QStringLiteral("        %1 daddr %2 meta l4proto { tcp, udp } th dport "
                               "{ %3 } reject comment \"block #%4\"")
                    .arg(isIpv6(address) ? QStringLiteral("ip6") : QStringLiteral("ip"), address,
                         PortRange::listText(block.ports)
                             .replace(QLatin1Char(','), QStringLiteral(", ")))
                    .arg(block.id));
        }
    }
    auto set = [](const QString& name, const QString& type,
                  const QStringList& elements) -> QString {
        QString s = QStringLiteral("    set %1 {\n        type %2\n        flags interval\n"
                                   "        auto-merge\n")
                        .arg(name, type);
        if (!elements.isEmpty())
            s += QStringLiteral("        elements = { ") + elements.join(QStringLiteral(", ")) +
                 QStringLiteral(" }\n");
        return s + QStringLiteral("    }\n");
    };
    QString out =
        QStringLiteral("#!/usr/sbin/nft -f\n") +
        header(input, QStringLiteral("#"),
               QStringLiteral("# Load with: nft -f FILE (replaces the previous version of the "
                              "table).\n# Output covers exits that connect from the host itself "
                              "(tor, mix, proxy),\n# forward covers VPN exits that route "
                              "clients' traffic.\n"));
    if (!comments.isEmpty())
        out += QLatin1Char('\n') + comments.join(QLatin1Char('\n')) + QLatin1Char('\n');
    out += QStringLiteral("\ntable inet mixdesk_blocks\ndelete table inet mixdesk_blocks\n"
                          "table inet mixdesk_blocks {\n") +
           set(QStringLiteral("blocked4"), QStringLiteral("ipv4_addr"), v4) +
           set(QStringLiteral("blocked6"), QStringLiteral("ipv6_addr"), v6) +
           QStringLiteral("    chain blocks {\n"
                          "        ip daddr @blocked4 reject\n"
                          "        ip6 daddr @blocked6 reject\n");
    for (const QString& rule : std::as_const(portRules))
        out += rule + QLatin1Char('\n');
    out += QStringLiteral("    }\n"
                          "    chain output {\n"
                          "        type filter hook output priority filter; policy accept;\n"
                          "        jump blocks\n"
                          "    }\n"
                          "    chain forward {\n"
                          "        type filter hook forward priority filter; policy accept;\n"
                          "        jump blocks\n"
                          "    }\n"
                          "}\n");
    return out;
}

QString BlockExport::squid(const Input& input)
{
    QString out = header(input, QStringLiteral("#"),
                         QStringLiteral("# Squid uses the first http_access rule that matches: put "
                                        "these lines before\n# the first \"http_access allow\" of "
                                        "squid.conf (or include them there), then: squid -k "
                                        "reconfigure\n"));
    for (const BlockRequest& block : input.blocks) {
        const QString acl = QStringLiteral("mixdesk_block_%1").arg(block.id);
        out += QStringLiteral("\n# ") + block.describe() + QLatin1Char('\n');
        QStringList names; // ACLs that together name this destination
        if (block.target() == BlockTarget::Host) {
            // A leading dot: the domain and every name below it (www., m., ...).
            out += QStringLiteral("acl %1 dstdomain .%2\n").arg(acl, block.destination);
            names.append(acl);
            const QStringList addresses = input.resolved.value(block.destination);
            if (!addresses.isEmpty()) { // visitors who type the address instead of the name
                out += QStringLiteral("acl %1_addr dst %2\n")
                           .arg(acl, addresses.join(QLatin1Char(' ')));
                names.append(acl + QStringLiteral("_addr"));
            }
        } else {
            out += QStringLiteral("acl %1 dst %2\n").arg(acl, block.destination);
            names.append(acl);
        }
        QString portAcl;
        if (!block.ports.isEmpty()) {
            portAcl = acl + QStringLiteral("_ports");
            out += QStringLiteral("acl %1 port %2\n")
                       .arg(portAcl, PortRange::listText(block.ports)
                                         .replace(QLatin1Char(','), QLatin1Char(' ')));
        }
        for (const QString& name : std::as_const(names))
            out += QStringLiteral("http_access deny ") + name +
                   (portAcl.isEmpty() ? QString() : QLatin1Char(' ') + portAcl) + QLatin1Char('\n');
    }
    return out;
}

} // namespace mixdesk
