#pragma once

#include "dnsbl/DnsblResult.h"
#include "dnsbl/DnsblTarget.h"
#include "dnsbl/DnsblZone.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace mixdesk {

// The DNSBL matrix: one row per zone, one column per exit address (zones outnumber
// exits, so this way round it fits a screen), each cell the newest result. Small
// (tens of rows, a few columns): it holds everything and filters itself.
class DnsblMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        StatusRole = Qt::UserRole + 1, // status id ("listed", ...) or empty when unchecked
        CategoryRole,                  // DnsblCellStyle::Category as int
        DelistUrlRole,                 // the zone's delisting page
    };

    explicit DnsblMatrixModel(QObject* parent = nullptr);

    void setZones(const QList<DnsblZone>& zones);
    void setTargets(const QList<DnsblTarget>& targets);
    // Replaces every result (the history's newest per pair).
    void setResults(const QList<DnsblResult>& results);
    // One fresh result, as a check goes.
    void updateResult(const DnsblResult& result);
    // Shows only the zones whose kind is actionable.
    void setActionableOnly(bool on);
    bool actionableOnly() const { return m_actionableOnly; }
    // After a language switch: headers, words and tooltips anew.
    void retranslate();

    const DnsblZone* zoneAt(int row) const;
    const DnsblTarget* targetAt(int column) const;
    std::optional<DnsblResult> resultAt(const QModelIndex& index) const;
    int rowOfZone(const QString& zone) const;
    int columnOfIp(const QString& ip) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuildRows();
    QString cellToolTip(const DnsblZone& zone, const DnsblTarget& target,
                        const std::optional<DnsblResult>& result) const;

    QList<DnsblZone> m_zones;
    QList<int> m_rows; // indexes into m_zones that are shown
    QList<DnsblTarget> m_targets;
    QHash<QPair<QString, QString>, DnsblResult> m_results; // (ip, zone)
    bool m_actionableOnly = false;
};

} // namespace mixdesk
