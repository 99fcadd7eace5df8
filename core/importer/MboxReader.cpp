#include "importer/MboxReader.h"

#include <QRegularExpression>

namespace mixdesk {
namespace {

bool isBlank(const QByteArray& line)
{
    return line == "\n" || line == "\r\n";
}

// ">From ", ">>From "...: mboxrd quoting.
bool isQuotedFrom(const QByteArray& line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == '>')
        ++i;
    return i > 0 && line.mid(i, 5) == "From ";
}

} // namespace

MboxReader::MboxReader(const QString& path) : m_file(path) {}

bool MboxReader::looksLikeMbox(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.peek(5) == "From ";
}

QDateTime MboxReader::envelopeDate(const QByteArray& fromLine)
{
    // "From sender@example Mon Jan 12 10:00:00 2026" (asctime, UTC by convention).
    static const QRegularExpression kDate(QStringLiteral(
        "([A-Z][a-z]{2}) +([A-Z][a-z]{2}) +(\\d{1,2}) +(\\d{2}:\\d{2}:\\d{2}) +(\\d{4})"));
    const QRegularExpressionMatch m = kDate.match(QString::fromLatin1(fromLine));
    if (!m.hasMatch())
        return {};
    static const QStringList kMonths{
        QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
        QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
        QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    const int month = kMonths.indexOf(m.captured(2)) + 1;
    const QDate date(m.captured(5).toInt(), month, m.captured(3).toInt());
    const QTime time = QTime::fromString(m.captured(4), QStringLiteral("HH:mm:ss"));
    if (month == 0 || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

bool MboxReader::open(QString* error)
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = m_file.errorString();
        return false;
    }
    m_pendingFromLine = m_file.readLine();
    if (!m_pendingFromLine.startsWith("From ")) {
        *error = QStringLiteral("not an mbox file (no \"From \" line at the start)");
        return false;
    }
    return true;
}

bool MboxReader::next(QByteArray* message, QDateTime* date)
{
    if (m_pendingFromLine.isEmpty())
        return false;
    *date = envelopeDate(m_pendingFromLine);
    m_pendingFromLine.clear();
    message->clear();
    QByteArray blank; // a blank line is held back: it may be the separator
    while (!m_file.atEnd()) {
        QByteArray line = m_file.readLine();
        if (!blank.isEmpty() && line.startsWith("From ")) {
            m_pendingFromLine = line;
            break;
        }
        if (!blank.isEmpty()) {
            message->append(blank);
            blank.clear();
        }
        if (isBlank(line)) {
            blank = line;
            continue;
        }
        if (isQuotedFrom(line))
            line.remove(0, 1);
        message->append(line);
    }
    ++m_count;
    return true;
}

} // namespace mixdesk
