#pragma once

#include "analysis/Analysis.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

namespace mixdesk {

// The Received hops of one offending message, oldest first, with the exit hop
// and the webmail hop marked (by a text marker column, not only by colour).
class HopModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Marker,
        FromHost,
        FromIp,
        ByHost,
        With,
        DateUtc,
        DateLocal,
        Delay,
        ColumnCount
    };
    enum Role
    {
        HopKindRole = Qt::UserRole + 1, // "exit", "webmail" or empty
        ClockSkewRole,                  // true when the hop is dated before the previous one
        CopyTextRole,                   // what Ctrl+C copies: the cell's whole text
        HopTextRole,                    // the hop as written: "Received: ..."
        ConclusionsRole                 // QStringList: the conclusions this hop is evidence for
    };

    explicit HopModel(QObject* parent = nullptr);

    void setMessage(const OffendingMessage& message);
    void clear();
    const OffendingMessage& message() const { return m_message; }
    // The webmail account, shown on the webmail hop.
    void setWebmailAccount(const QString& account);
    // Per hop (row), the conclusions (translated captions) whose evidence rests on it:
    // said in the hop's tooltips.
    void setConclusions(const QHash<int, QStringList>& byHop);
    // The zone of the "local time" column (default: the system's).
    void setLocalZone(const QTimeZone& zone);
    // Stacked: for a narrow pane, the From host cell holds the host and its IP on two
    // lines, By host the host and the protocol (on the webmail hop the account before
    // it, as the folded role column would show it), Date (UTC) the UTC and the local time,
    // and the row header the role's sign; the view hides the columns folded in
    // (stackedColumns()). The columns' own data stay as they are.
    void setStacked(bool stacked);
    bool isStacked() const { return m_stacked; }
    static bool isFoldedWhenStacked(int column);
    // A cell's own text, one line, whether stacked or not.
    QString cellText(int row, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Re-emits header and data changes after a language switch.
    void retranslate();

    // "+2 min 5 s"; "−3 s" when the clock went backwards; empty when unknown.
    static QString formatDelay(qint64 seconds);

private:
    QString markerText(int row) const;
    QString displayText(int row, int column) const;
    QString toolTip(int row, int column) const;
    qint64 delaySeconds(int row, bool* known) const;

    OffendingMessage m_message;
    QString m_webmailAccount;
    QHash<int, QStringList> m_conclusions;
    bool m_stacked = false;
    QTimeZone m_localZone = QTimeZone::systemTimeZone();
};

} // namespace mixdesk
