#include "exits/checks/JsonLinesReadinessHistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>

namespace mixdesk {

JsonLinesReadinessHistory::JsonLinesReadinessHistory(QString path) : m_path(std::move(path)) {}

QString JsonLinesReadinessHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/exits/checks.jsonl");
}

Status JsonLinesReadinessHistory::append(const QList<CheckResult>& results)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::Append))
        return Error{
            QCoreApplication::translate("ReadinessHistory", "Cannot write the check history %1: %2")
                .arg(m_path, file.errorString())};
    QByteArray lines;
    for (const CheckResult& r : results)
        lines += QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) + '\n';
    // One write per run, so a crash leaves at most a torn last line (skipped on reading).
    if (file.write(lines) != lines.size())
        return Error{
            QCoreApplication::translate("ReadinessHistory", "Cannot write the check history %1: %2")
                .arg(m_path, file.errorString())};
    return {};
}

Result<QList<CheckResult>> JsonLinesReadinessHistory::readAll() const
{
    QFile file(m_path);
    if (!file.exists())
        return QList<CheckResult>{};
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QCoreApplication::translate("ReadinessHistory", "Cannot read the check history %1: %2")
                .arg(m_path, file.errorString())};
    QList<CheckResult> all;
    while (!file.atEnd()) {
        CheckResult r;
        if (CheckResult::fromJson(QJsonDocument::fromJson(file.readLine()).object(), &r))
            all.append(r);
    }
    return all;
}

Result<QList<CheckResult>> JsonLinesReadinessHistory::latest() const
{
    Result<QList<CheckResult>> all = readAll();
    if (!all)
        return all;
    QList<CheckResult> newest;
    // The file is in time order: a later line replaces an earlier one.
    for (const CheckResult& r : *all) {
        auto it = std::find_if(newest.begin(), newest.end(), [&](const CheckResult& n) {
            return n.ip == r.ip && n.check == r.check;
        });
        if (it == newest.end())
            newest.append(r);
        else
            *it = r;
    }
    return newest;
}

Result<QList<CheckResult>> JsonLinesReadinessHistory::history(const QString& ip, int limit) const
{
    Result<QList<CheckResult>> all = readAll();
    if (!all)
        return all;
    QList<CheckResult> mine;
    for (auto it = all->crbegin(); it != all->crend() && mine.size() < limit; ++it)
        if (it->ip == ip)
            mine.append(*it);
    return mine;
}

} // namespace mixdesk
