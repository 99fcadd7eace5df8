#include "imap/VmimeGuards.h"

#include "imap/CertificateTrust.h"
#include "util/Logging.h"

#include <QFile>

#include <vmime/vmime.hpp>

namespace mixdesk {

namespace {

class TimeoutHandler : public vmime::net::timeoutHandler
{
public:
    explicit TimeoutHandler(int seconds) : m_limitMs(qint64(seconds) * 1000) { m_timer.start(); }
    bool isTimeOut() override { return m_timer.elapsed() > m_limitMs; }
    void resetTimeOut() override { m_timer.restart(); }
    bool handleTimeOut() override { return false; } // give up: the caller reconnects

private:
    QElapsedTimer m_timer;
    qint64 m_limitMs;
};

// The system CAs, loaded once: vmime imports one certificate per call.
const std::vector<vmime::shared_ptr<vmime::security::cert::X509Certificate>>& systemCas()
{
    static const auto cas = [] {
        std::vector<vmime::shared_ptr<vmime::security::cert::X509Certificate>> list;
        QFile file(systemCaBundlePath());
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcImap) << "cannot read the system CA bundle" << file.fileName();
            return list;
        }
        for (const QByteArray& pem : splitPemBundle(file.readAll())) {
            try {
                auto cert = vmime::security::cert::X509Certificate::import(
                    reinterpret_cast<const vmime::byte_t*>(pem.constData()), size_t(pem.size()));
                if (cert)
                    list.push_back(cert);
            } catch (const vmime::exception&) {
                // A certificate vmime cannot read cannot anchor anything either.
            }
        }
        return list;
    }();
    return cas;
}

} // namespace

vmime::shared_ptr<vmime::net::timeoutHandler> TimeoutHandlerFactory::create()
{
    return vmime::make_shared<TimeoutHandler>(m_seconds);
}

void PinningVerifier::verify(vmime::shared_ptr<vmime::security::cert::certificateChain> chain,
                             const vmime::string& hostname)
{
    if (chain && chain->getCount() > 0) {
        const vmime::byteArray der = chain->getAt(0)->getEncoded();
        fingerprint = certificateSha256(
            QByteArray(reinterpret_cast<const char*>(der.data()), qsizetype(der.size())));
        if (!m_pin.isEmpty() && fingerprint == m_pin)
            return;
    }
    try {
        if (!m_default) {
            m_default = vmime::make_shared<vmime::security::cert::defaultCertificateVerifier>();
            m_default->setX509RootCAs(systemCas());
        }
        m_default->verify(chain, hostname);
    } catch (const vmime::exception& e) {
        rejected = true;
        reason = QString::fromStdString(e.what());
        throw;
    }
}

} // namespace mixdesk
