#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mixdesk {

// SHA-256 of a DER certificate as lower-case hex (what the user pins).
QString certificateSha256(const QByteArray& der);
// "ab:cd:..." upper-case with colons, for display next to the plain form.
QString formatFingerprint(const QString& hex);

// PEM blocks of a CA bundle, one certificate each (vmime imports one at a time).
QList<QByteArray> splitPemBundle(const QByteArray& bundle);
QString systemCaBundlePath(); // /etc/ssl/certs/ca-certificates.crt

} // namespace mixdesk
