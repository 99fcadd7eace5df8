#include "imap/CertificateTrust.h"

#include <QCryptographicHash>

namespace mixdesk {

QString certificateSha256(const QByteArray& der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

QString formatFingerprint(const QString& hex)
{
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (!out.isEmpty())
            out += u':';
        out += hex.mid(i, 2).toUpper();
    }
    return out;
}

QList<QByteArray> splitPemBundle(const QByteArray& bundle)
{
    static const QByteArray begin = QByteArrayLiteral("-----BEGIN CERTIFICATE-----");
    static const QByteArray end = QByteArrayLiteral("-----END CERTIFICATE-----");
    QList<QByteArray> certificates;
    qsizetype from = 0;
    while (true) {
        const qsizetype start = bundle.indexOf(begin, from);
        if (start < 0)
            break;
        const qsizetype stop = bundle.indexOf(end, start);
        if (stop < 0)
            break;
        certificates << bundle.mid(start, stop + end.size() - start) + '\n';
        from = stop + end.size();
    }
    return certificates;
}

QString systemCaBundlePath()
{
    return QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
}

} // namespace mixdesk
