#pragma once

#include "dnsbl/DnsblZone.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace mixdesk {

// The DNS blocklists to check. The built-in catalogue (core/dnsbl/zones.json, embedded
// as :/dnsbl/zones.json) lists the live zones and, marked "dead", the dead ones with
// the reason. The user's file (userFilePath(), same format) is laid over it: an entry
// with a known "zone" replaces the fields it names ({"zone": "bl.spamcop.net",
// "enabled": false} switches SpamCop off), an entry with a new zone adds a list.
class DnsblCatalogue
{
public:
    // <per-user config folder>/dnsbl-zones.json (QStandardPaths::AppConfigLocation, so
    // XDG_CONFIG_HOME moves it): ~/.config/MixDesk/mixdesk/dnsbl-zones.json on Linux.
    static QString userFilePath();

    static Result<DnsblCatalogue> builtIn();
    // A catalogue from JSON: {"zones": [...]} or a bare array of zones.
    static Result<DnsblCatalogue> fromJsonBytes(const QByteArray& bytes, const QString& origin);
    static Result<DnsblCatalogue> loadFile(const QString& path);
    // The built-in catalogue with the user's file laid over it (when the file exists).
    static Result<DnsblCatalogue> load(const QString& userFile = userFilePath());

    // Lays `overrides` (the "zones" array of a user file) over this catalogue.
    Status overlay(const QJsonArray& overrides, const QString& origin);

    const QList<DnsblZone>& zones() const { return m_zones; }
    // The zones a check asks: enabled, not dead, and DQS-only zones only with a key.
    QList<DnsblZone> checkedZones(const QString& dqsKey) const;
    const DnsblZone* find(const QString& zone) const;

private:
    QList<DnsblZone> m_zones;
};

} // namespace mixdesk
