// libFuzzer harness: the mbox reader over a file holding the input (in memory:
// a memfd, so no disk is touched).
#include "importer/MboxReader.h"

#include <QFile>

#include <cstddef>
#include <cstdint>
#include <sys/mman.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const int fd = ::memfd_create("mbox", 0);
    static const QString path = QStringLiteral("/proc/self/fd/%1").arg(fd);
    if (fd < 0 || ::ftruncate(fd, 0) != 0 || ::pwrite(fd, data, size, 0) != ssize_t(size))
        return 0;
    mixdesk::MboxReader reader(path);
    QString error;
    if (!reader.open(&error))
        return 0;
    QByteArray message;
    QDateTime date;
    qsizetype total = 0;
    while (reader.next(&message, &date))
        total += message.size();
    // Every message is a piece of the input: never more bytes than it holds.
    if (total > qsizetype(size))
        __builtin_trap();
    return 0;
}
