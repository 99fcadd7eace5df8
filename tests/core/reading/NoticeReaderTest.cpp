#include "reading/NoticeReader.h"
#include "TestPaths.h"
#include "importer/MailSource.h"
#include "mail/ParsedMail.h"
#include "reading/NoticeDate.h"
#include "reading/UrgencyFinder.h"
#include "store/notices/IncomingNotice.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mixdesk {

class NoticeReaderTest : public QObject
{
    Q_OBJECT
private:
    static QByteArray corpus(const QString& name)
    {
        QFile file(test::corpusFile(name));
        if (!file.open(QIODevice::ReadOnly))
            qWarning() << "cannot read" << name;
        return file.readAll();
    }

private slots:
    void readsTheTextAndListsAnAttachedOrder()
    {
        const ReadableMessage m = NoticeReader::read(corpus(u"017-staatsanwaltschaft-tkue.eml"_s));
        QVERIFY(m.subject.startsWith(u"EILT: 61 Js 902/26"_s));
        QVERIFY(m.from.contains(u"poststelle@sta-kranichfeld.example"_s));
        QVERIFY(m.text.contains(u"R\u00fcckmeldung bis 09.03.2026"_s)); // decoded QP UTF-8
        QVERIFY(!m.textFromHtml);
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments.first().fileName, u"Beschluss_203Gs77-26.pdf"_s);
        QCOMPARE(m.attachments.first().contentType, u"application/pdf"_s);
        QVERIFY(m.attachments.first().data.startsWith("%PDF")); // base64 undone
        QVERIFY(m.messages.isEmpty());
    }

    void readsTheOffendingMailAsAMessageOfItsOwn()
    {
        const ReadableMessage m =
            NoticeReader::read(corpus(u"005-rheinwelle-nested-rfc822-ipv6.eml"_s));
        QCOMPARE(m.messages.size(), 1);
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments.first().fileName, u"complaint.eml"_s);
        QCOMPARE(m.attachments.first().messageIndex, 0);
        const ReadableMessage& complaint = m.messages.first();
        QVERIFY(!complaint.from.isEmpty());
        // The complaint forwards the spam itself: a message in the message.
        QCOMPARE(complaint.messages.size(), 1);
        QCOMPARE(complaint.attachments.first().fileName, u"spam-20260120.eml"_s);
        QVERIFY(!complaint.messages.first().text.isEmpty());
    }

    void rendersHtmlAsTextAndKeepsItsLinks()
    {
        const QByteArray raw =
            "From: a@example.org\r\nTo: abuse@example.net\r\nSubject: html\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            "<html><head><style>p{color:red}</style></head><body><p>Remove at "
            "<a href=\"https://dnsbl.example.org/remove?ip=192.0.2.1&amp;x=1\">this page</a>"
            "</p><img src=\"https://tracker.example.com/pixel.gif\"><script>alert(1)</script>"
            "</body></html>\r\n";
        const ReadableMessage m = NoticeReader::read(raw);
        QVERIFY(m.textFromHtml);
        QVERIFY(m.text.contains(u"Remove at"_s));
        QVERIFY(!m.text.contains(u"<a"_s));
        QVERIFY(!m.text.contains(u"alert"_s));
        QVERIFY(!m.text.contains(u"color:red"_s));
        QCOMPARE(m.links, QStringList{u"https://dnsbl.example.org/remove?ip=192.0.2.1&x=1"_s});
        QVERIFY(m.attachments.isEmpty());
    }

    void findsLinksWithoutTrailingPunctuation()
    {
        QCOMPARE(NoticeReader::findLinks(
                     u"See https://example.org/a_(b). Or (http://example.com/x), mail "
                     "mailto:abuse@example.net; again https://example.org/a_(b)!"_s),
                 (QStringList{u"https://example.org/a_(b)"_s, u"http://example.com/x"_s,
                              u"mailto:abuse@example.net"_s}));
    }

    void namesAttachmentsThatCameWithoutAName()
    {
        const QByteArray raw = "From: a@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
                               "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                               "--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
                               "--b\r\nContent-Type: application/octet-stream\r\n"
                               "Content-Disposition: attachment\r\n\r\nxyz\r\n--b--\r\n";
        const ReadableMessage m = NoticeReader::read(raw);
        QCOMPARE(m.text.trimmed(), u"hello"_s);
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments.first().fileName, u"part-1.bin"_s);
        QCOMPARE(m.attachments.first().data, QByteArray("xyz"));
    }

    void datesANoticeByItsTopReceivedLineThenItsDateHeader()
    {
        const QDateTime fileTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
        NoticeDate d = NoticeDate::of(corpus(u"017-staatsanwaltschaft-tkue.eml"_s), fileTime);
        QCOMPARE(d.source, NoticeDate::Source::TopReceived);
        QCOMPARE(d.when, QDateTime(QDate(2026, 3, 4), QTime(10, 22, 41), Qt::UTC));
        d = NoticeDate::of("From: a@example.org\nDate: Mon, 9 Mar 2026 09:00:00 +0100\n\nx",
                           fileTime);
        QCOMPARE(d.source, NoticeDate::Source::DateHeader);
        QCOMPARE(d.when, QDateTime(QDate(2026, 3, 9), QTime(8, 0), Qt::UTC));
        d = NoticeDate::of("From: a@example.org\n\nno date at all", fileTime);
        QCOMPARE(d.source, NoticeDate::Source::Fallback);
        QCOMPARE(d.when, fileTime);
        QCOMPARE(NoticeDate::of("From: a@example.org\n\nx").source, NoticeDate::Source::None);
        QCOMPARE(NoticeReader::read(corpus(u"017-staatsanwaltschaft-tkue.eml"_s)).received.source,
                 NoticeDate::Source::TopReceived);
    }

    void findsTheDeadlineAndUrgencyOfAnOrderWithEvidence()
    {
        const ReadableMessage m = NoticeReader::read(corpus(u"017-staatsanwaltschaft-tkue.eml"_s));
        const Urgency& u = m.urgency;
        QVERIFY(u.urgent);
        QCOMPARE(u.subjectWord, u"EILT"_s);
        QVERIFY(u.urgencyEvidence.contains(u"Importance: high"_s));
        // "bis 28.02.2026" (the traffic data's time range) lies before the order was sent.
        QCOMPARE(u.due, QDate(2026, 3, 9));
        QVERIFY2(u.dueEvidence.contains(u"bis zum 09.03.2026"_s), qPrintable(u.dueEvidence));
    }

    void findsDeadlinesInGermanAndEnglishPhrasings()
    {
        const QDateTime sent(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC); // a Monday
        const auto due = [&sent](const QString& text) {
            return UrgencyFinder::find({}, u"Notice"_s, text, sent).due;
        };
        QCOMPARE(due(u"Bitte antworten Sie bis sp\u00e4testens 12.03.2026."_s), QDate(2026, 3, 12));
        QCOMPARE(due(u"Frist: sp\u00e4testens am 5. M\u00e4rz 2026"_s), QDate(2026, 3, 5));
        QCOMPARE(due(u"Please respond no later than March 20, 2026."_s), QDate(2026, 3, 20));
        QCOMPARE(due(u"Remove it by 2026-03-04 or we escalate."_s), QDate(2026, 3, 4));
        QCOMPARE(due(u"We expect your reply within 48 hours."_s), QDate(2026, 3, 4));
        QCOMPARE(due(u"Stellungnahme binnen 5 Werktagen"_s), QDate(2026, 3, 9));
        QCOMPARE(due(u"Zeitraum 01.03.2026 bis 02.03.2026, 06:00 Uhr"_s), QDate());
        QCOMPARE(due(u"Nothing to see here."_s), QDate());

        MailHeader priority{u"X-Priority"_s, u"1 (Highest)"_s, u"1 (Highest)"_s};
        Urgency u = UrgencyFinder::find({priority}, u"Report"_s, u"text"_s, sent);
        QVERIFY(u.urgent);
        QCOMPARE(u.urgencyEvidence, QStringList{u"X-Priority: 1 (Highest)"_s});
        u = UrgencyFinder::find({}, u"URGENT: spam from your network"_s, u"text"_s, sent);
        QVERIFY(u.urgent);
        QCOMPARE(u.subjectWord, u"URGENT"_s);
        QVERIFY(UrgencyFinder::find({}, u"Report"_s, u"plain text"_s, sent).isEmpty());
    }

    void importedFilesAreReceivedWhenTheySaySo()
    {
        // Two files copied in the same minute: each keeps its own time.
        QTemporaryDir dir;
        const auto write = [&dir](const QString& name, const QByteArray& raw) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(raw);
        };
        write(u"a.eml"_s, corpus(u"017-staatsanwaltschaft-tkue.eml"_s));
        write(u"b.eml"_s, "From: a@example.org\nDate: Mon, 9 Mar 2026 09:00:00 +0100\n\nx");
        write(u"c.eml"_s, "From: a@example.org\n\nno date");
        MailSource source({dir.path()});
        QList<QDateTime> times;
        IncomingNotice notice;
        QString error;
        while (source.next(&notice, &error) == MailSource::Next::Message)
            times << notice.receivedAt;
        QCOMPARE(times.size(), 3);
        QCOMPARE(times.at(0), QDateTime(QDate(2026, 3, 4), QTime(10, 22, 41), Qt::UTC));
        QCOMPARE(times.at(1), QDateTime(QDate(2026, 3, 9), QTime(8, 0), Qt::UTC));
        // The last resort: the file's own time.
        QVERIFY(qAbs(times.at(2).secsTo(QDateTime::currentDateTimeUtc())) < 600);
    }
};

} // namespace mixdesk

QTEST_GUILESS_MAIN(mixdesk::NoticeReaderTest)
#include "NoticeReaderTest.moc"
