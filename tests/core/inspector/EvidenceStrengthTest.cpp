#include "inspector/EvidenceStrength.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace mixdesk {

class EvidenceStrengthTest : public QObject
{
    Q_OBJECT
private slots:
    void receivedHopsAreStrong()
    {
        const Evidence hop{u"exit_ip"_s,
                           u"The exit %1 is the client of hop %2 of an offending message"_s,
                           {u"198.51.100.23"_s, u"1"_s},
                           0};
        QVERIFY(!EvidenceStrength::isWeak(hop));
        QCOMPARE(EvidenceStrength::weakReason(hop), nullptr);
        const Evidence server{u"mail_server"_s,
                              u"The provider's server %1 accepted the message in hop %2"_s,
                              {u"mx.example.org"_s, u"2"_s},
                              1};
        QVERIFY(!EvidenceStrength::isWeak(server));
        const Evidence fromAuthHeader{u"webmail_account"_s,
                                      u"Account %1 taken from %2"_s,
                                      {u"a@example.org"_s, u"X-Auth-User"_s},
                                      1};
        QVERIFY(!EvidenceStrength::isWeak(fromAuthHeader));
    }

    void senderWrittenHeadersAreWeaker()
    {
        const Evidence originating{u"exit_ip"_s,
                                   u"An X-Originating-IP header names the exit %1"_s,
                                   {u"198.51.100.23"_s},
                                   -1};
        QVERIFY(EvidenceStrength::isWeak(originating));
        QVERIFY(QString::fromLatin1(EvidenceStrength::weakReason(originating))
                    .contains(u"X-Originating-IP"_s));
        const Evidence byName{u"exit_ip"_s,
                              u"The notice names the exit %1 by its host name %2 (line %3)"_s,
                              {u"198.51.100.23"_s, u"exit.example.org"_s, u"4"_s},
                              -1};
        QVERIFY(EvidenceStrength::isWeak(byName));
        const Evidence fromHeader{u"webmail_account"_s,
                                  u"Account %1 taken from %2"_s,
                                  {u"a@example.org"_s, u"From"_s},
                                  1};
        QVERIFY(EvidenceStrength::isWeak(fromHeader));
    }
};

} // namespace mixdesk

QTEST_GUILESS_MAIN(mixdesk::EvidenceStrengthTest)
#include "EvidenceStrengthTest.moc"
