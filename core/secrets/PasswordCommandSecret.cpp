#include "secrets/PasswordCommandSecret.h"

#include <QCoreApplication>
#include <QProcess>

namespace mixdesk {

Result<QString> PasswordCommandSecret::run(const QString& command, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    if (!process.waitForStarted())
        return Error{QCoreApplication::translate("PasswordCommand",
                                                 "Could not start the password command: %1")
                         .arg(process.errorString())};
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return Error{QCoreApplication::translate("PasswordCommand",
                                                 "The password command did not finish within %1 s")
                         .arg(timeoutMs / 1000)};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // stderr is the command's own message (never the password): show its first line.
        const QString detail =
            QString::fromLocal8Bit(process.readAllStandardError()).section(u'\n', 0, 0).trimmed();
        QString message = QCoreApplication::translate("PasswordCommand",
                                                      "The password command failed (exit code %1)")
                              .arg(process.exitCode());
        if (!detail.isEmpty())
            message += QStringLiteral(": ") + detail;
        return Error{message};
    }
    QByteArray output = process.readAllStandardOutput();
    const qsizetype newline = output.indexOf('\n');
    if (newline >= 0)
        output.truncate(newline);
    if (output.endsWith('\r'))
        output.chop(1);
    if (output.isEmpty())
        return Error{
            QCoreApplication::translate("PasswordCommand", "The password command printed nothing")};
    return QString::fromUtf8(output);
}

} // namespace mixdesk
