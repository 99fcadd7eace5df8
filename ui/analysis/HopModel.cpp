#include "analysis/HopModel.h"

#include "widgets/PlainText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace mixdesk {

HopModel::HopModel(QObject* parent) : QAbstractTableModel(parent) {}

void HopModel::setMessage(const OffendingMessage& message)
{
    beginResetModel();
    m_message = message;
    endResetModel();
}

void HopModel::clear()
{
    beginResetModel();
    m_message = {};
    m_webmailAccount.clear();
    m_conclusions.clear();
    endResetModel();
}

void HopModel::setConclusions(const QHash<int, QStringList>& byHop)
{
    m_conclusions = byHop;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void HopModel::setWebmailAccount(const QString& account)
{
    m_webmailAccount = account;
    if (m_message.webmailHopIndex >= 0 && m_message.webmailHopIndex < rowCount())
        emit dataChanged(index(m_message.webmailHopIndex, 0),
                         index(m_message.webmailHopIndex, ColumnCount - 1));
}

void HopModel::setLocalZone(const QTimeZone& zone)
{
    m_localZone = zone;
    emit headerDataChanged(Qt::Horizontal, DateLocal, DateLocal);
    if (rowCount() > 0)
        emit dataChanged(index(0, DateLocal), index(rowCount() - 1, DateLocal));
}

void HopModel::setStacked(bool stacked)
{
    if (m_stacked == stacked)
        return;
    m_stacked = stacked;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) {
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

bool HopModel::isFoldedWhenStacked(int column)
{
    return column == Marker || column == FromIp || column == With || column == DateLocal;
}

qint64 HopModel::delaySeconds(int row, bool* known) const
{
    *known = false;
    if (row <= 0 || row >= rowCount())
        return 0;
    const QDateTime& current = m_message.hops.at(row).dateUtc;
    const QDateTime& previous = m_message.hops.at(row - 1).dateUtc;
    if (!current.isValid() || !previous.isValid())
        return 0;
    *known = true;
    return previous.secsTo(current);
}

int HopModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_message.hops.size());
}

int HopModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HopModel::formatDelay(qint64 seconds)
{
    const QString sign = seconds < 0 ? u"\u2212"_s : u"+"_s;
    qint64 s = seconds < 0 ? -seconds : seconds;
    if (s < 60)
        return sign + tr("%1 s", "delay in seconds").arg(s);
    if (s < 3600)
        return sign + tr("%1 min %2 s", "delay").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return sign + tr("%1 h %2 min", "delay").arg(s / 3600).arg((s % 3600) / 60);
    return sign + tr("%1 d %2 h", "delay").arg(s / 86400).arg((s % 86400) / 3600);
}

QString HopModel::markerText(int row) const
{
    QStringList marks;
    if (row == m_message.exitHopIndex)
        marks << tr("\u25B6 Exit", "hop marker: the hop whose client is our exit");
    if (row == m_message.webmailHopIndex) {
        if (m_webmailAccount.isEmpty())
            marks << tr("\u2709 Webmail", "hop marker: the webmail/submission server");
        else
            marks << tr("\u2709 Webmail: %1", "hop marker with the webmail account")
                         .arg(m_webmailAccount);
    }
    return marks.join(u' ');
}

QString HopModel::cellText(int row, int column) const
{
    const ReceivedHop& hop = m_message.hops.at(row);
    switch (column) {
    case Marker:
        return markerText(row);
    case FromHost:
        return hop.fromHost;
    case FromIp:
        return hop.fromIp;
    case ByHost:
        return hop.byHost;
    case With:
        return hop.with;
    case DateUtc:
        return hop.dateUtc.isValid() ? hop.dateUtc.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s)
                                     : hop.dateText;
    case DateLocal:
        return hop.dateUtc.isValid()
                   ? hop.dateUtc.toTimeZone(m_localZone).toString(u"yyyy-MM-dd HH:mm:ss"_s)
                   : QString();
    case Delay: {
        bool known = false;
        const qint64 seconds = delaySeconds(row, &known);
        if (!known)
            return {};
        if (seconds < 0)
            return tr("%1 clock skew", "negative delay: the hop's clock is behind")
                .arg(formatDelay(seconds));
        return formatDelay(seconds);
    }
    default:
        return {};
    }
}

QString HopModel::displayText(int row, int column) const
{
    if (!m_stacked)
        return cellText(row, column);
    switch (column) {
    case FromHost:
        return cellText(row, FromHost) + u'\n' + cellText(row, FromIp);
    case ByHost: {
        // The role column is folded away: the account goes with the webmail server.
        QString second = cellText(row, With);
        if (row == m_message.webmailHopIndex && !m_webmailAccount.isEmpty())
            second = u"\u2709 "_s + m_webmailAccount +
                     (second.isEmpty() ? QString() : u" \u00B7 "_s + second);
        return cellText(row, ByHost) + u'\n' + second;
    }
    case DateUtc:
        return cellText(row, DateUtc) + u'\n' + cellText(row, DateLocal);
    case Delay: {
        bool known = false;
        const qint64 seconds = delaySeconds(row, &known);
        if (known && seconds < 0)
            return formatDelay(seconds) + u'\n' +
                   tr("clock skew", "negative delay, second line of a narrow cell");
        return cellText(row, column);
    }
    default:
        return cellText(row, column);
    }
}

QString HopModel::toolTip(int row, int column) const
{
    // The cell's full text first (the view elides long host names), then the hop as written.
    const ReceivedHop& hop = m_message.hops.at(row);
    QStringList parts;
    QString text = displayText(row, column);
    if (column == Delay && data(index(row, column), ClockSkewRole).toBool())
        text = tr("This hop is dated before the previous one: the clocks of the two servers "
                  "disagree (clock skew), the mail did not travel back in time.");
    if (column == DateLocal || column == DateUtc)
        text += u"\n"_s + tr("As written: %1").arg(hop.dateText);
    if (column == FromHost && !hop.fromReverseHost.isEmpty())
        text += u"\n"_s + tr("Reverse name: %1").arg(hop.fromReverseHost);
    if (!text.trimmed().isEmpty())
        parts << text;
    if (const QStringList conclusions = m_conclusions.value(row); !conclusions.isEmpty())
        parts << tr("Evidence for: %1", "the conclusions that rest on this hop")
                     .arg(conclusions.join(u", "_s));
    parts << u"Received: "_s + hop.raw;
    return parts.join(u"\n\n"_s);
}

QVariant HopModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool isExit = row == m_message.exitHopIndex;
    const bool isWebmail = row == m_message.webmailHopIndex;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        return PlainText::toolTip(toolTip(row, index.column())); // the mail's own text
    case ClockSkewRole: {
        bool known = false;
        return delaySeconds(row, &known) < 0 && known;
    }
    case CopyTextRole:
        return displayText(row, index.column());
    case HopTextRole:
        return QString(u"Received: "_s + m_message.hops.at(row).raw);
    case ConclusionsRole:
        return m_conclusions.value(row);
    case Qt::BackgroundRole:
        if (isExit)
            return QBrush(QColor(255, 214, 170));
        if (isWebmail)
            return QBrush(QColor(200, 225, 255));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Delay && data(index, ClockSkewRole).toBool())
            return QBrush(QColor(0x9a, 0x1f, 0x1f));
        if (isExit || isWebmail)
            return QBrush(Qt::black); // readable on the light highlight in dark themes too
        return {};
    case Qt::FontRole:
        if (isExit && (index.column() == FromIp || index.column() == Marker ||
                       (m_stacked && index.column() == FromHost))) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case HopKindRole:
        if (isExit)
            return u"exit"_s;
        if (isWebmail)
            return u"webmail"_s;
        return QString();
    default:
        return {};
    }
}

QVariant HopModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole) {
            if (!m_stacked)
                return section + 1;
            // The role column is folded away: its sign goes with the hop's number.
            QString label = QString::number(section + 1);
            if (section == m_message.exitHopIndex)
                label += u" \u25B6"_s;
            if (section == m_message.webmailHopIndex)
                label += u" \u2709"_s;
            return label;
        }
        if (role == Qt::ToolTipRole && m_stacked && section >= 0 && section < rowCount())
            return PlainText::toolTip(markerText(section));
        return {};
    }
    if (role == Qt::ToolTipRole && section == DateLocal)
        return tr("Time zone: %1").arg(m_localZone.displayName(QTimeZone::GenericTime));
    if (role == Qt::ToolTipRole) // a narrow column's header is elided
        return headerData(section, orientation, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Marker:
        return tr("Role", "hop table column: exit/webmail marker");
    case FromHost:
        return m_stacked ? tr("From host") + u'\n' + tr("From IP") : tr("From host");
    case FromIp:
        return tr("From IP");
    case ByHost:
        return m_stacked ? tr("By host") + u'\n' + tr("With", "Received header protocol")
                         : tr("By host");
    case With:
        return tr("With", "Received header protocol");
    case DateUtc:
        return m_stacked ? tr("Date (UTC)") + u'\n' + tr("Local time") : tr("Date (UTC)");
    case DateLocal:
        return tr("Local time");
    case Delay:
        return tr("Delay", "time since the previous hop");
    default:
        return {};
    }
}

void HopModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace mixdesk
