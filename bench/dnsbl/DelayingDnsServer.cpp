// bench/dnsbl's DNS server: answers test blocklists on UDP, each answer delayed by a
// fixed time that stands for a resolver's round trip to the lists' servers.
//
//   bench_dnsbl_server --port 53 --delay-ms 50 --zones 40 --listed 198.51.100.23
//                      --zones-json zones.json
//
// Serves z01.bench.test ... zNN.bench.test: the RFC 5782 test entry 127.0.0.2 and the
// --listed addresses on the first three zones are listed (A 127.0.0.2 and a TXT
// reason), everything else under the zones is NXDOMAIN, other names are REFUSED.
// Prints "ready" once it listens.
//
// C++ rather than Python: a Python asyncio responder on this (loaded, two-core) machine
// took 300 ms to answer a burst of 400 queries with no delay at all, so it measured
// itself rather than the clients. Here every answer waits in a queue ordered by its
// due time and one precise timer sends whatever is due.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QSet>
#include <QTimer>
#include <QUdpSocket>

#include <cstdio>
#include <deque>

namespace {

constexpr int kTypeA = 1;
constexpr int kTypeTxt = 16;

struct Question
{
    QString name;
    int type = 0;
    int end = 0; // offset after the question
};

std::optional<Question> parseQuestion(const QByteArray& q)
{
    if (q.size() < 12 || ((uchar(q[4]) << 8) | uchar(q[5])) != 1)
        return std::nullopt;
    QStringList labels;
    int at = 12;
    while (at < q.size()) {
        const int length = uchar(q[at]);
        if (length == 0) {
            ++at;
            break;
        }
        if (length & 0xc0 || at + 1 + length > q.size())
            return std::nullopt;
        labels.append(QString::fromLatin1(q.mid(at + 1, length)).toLower());
        at += 1 + length;
    }
    if (at + 4 > q.size())
        return std::nullopt;
    return Question{labels.join(u'.'), (uchar(q[at]) << 8) | uchar(q[at + 1]), at + 4};
}

void put16(QByteArray& out, int v)
{
    out.append(char(v >> 8));
    out.append(char(v & 0xff));
}

QByteArray answer(const QByteArray& query, int questionEnd, int rcode, int type,
                  const QByteArray& rdata)
{
    QByteArray out = query.left(2);
    const int rd = uchar(query[2]) & 0x01;
    out.append(char(0x84 | rd));    // QR, AA, RD as asked
    out.append(char(0x80 | rcode)); // RA
    put16(out, 1);
    put16(out, rdata.isEmpty() ? 0 : 1);
    put16(out, 0);
    put16(out, 0);
    out.append(query.mid(12, questionEnd - 12));
    if (!rdata.isEmpty()) {
        put16(out, 0xc00c);
        put16(out, type);
        put16(out, 1);
        put16(out, 0);
        put16(out, 300);
        put16(out, int(rdata.size()));
        out.append(rdata);
    }
    return out;
}

QString reversed(const QString& ip)
{
    QStringList parts = ip.split(u'.');
    std::reverse(parts.begin(), parts.end());
    return parts.join(u'.');
}

class Server : public QObject
{
public:
    Server(QStringList zones, QSet<QString> listed, int delayMs)
        : m_zones(std::move(zones)), m_listed(std::move(listed)),
          m_delayNs(qint64(delayMs) * 1000000)
    {
        m_clock.start();
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &Server::sendDue);
        connect(&m_socket, &QUdpSocket::readyRead, this, &Server::read);
    }

    bool listen(const QHostAddress& address, quint16 port)
    {
        if (!m_socket.bind(address, port))
            return false;
        // A check sends hundreds of queries at once: keep them all.
        m_socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4 << 20);
        return true;
    }
    QString errorString() const { return m_socket.errorString(); }

private:
    struct Due
    {
        qint64 at;
        QNetworkDatagram reply;
    };

    void read()
    {
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram query = m_socket.receiveDatagram();
            const std::optional<Question> q = parseQuestion(query.data());
            if (!q)
                continue;
            m_queue.push_back(
                Due{m_clock.nsecsElapsed() + m_delayNs, query.makeReply(reply(query.data(), *q))});
        }
        if (!m_queue.empty() && !m_timer.isActive())
            arm();
    }

    QByteArray reply(const QByteArray& query, const Question& q) const
    {
        for (const QString& zone : m_zones) {
            if (q.name != zone && !q.name.endsWith(u'.' + zone))
                continue;
            const QString prefix = q.name.left(q.name.size() - zone.size() - 1);
            const bool listed = prefix == u"2.0.0.127" || m_listed.contains(zone + u' ' + prefix);
            if (!listed)
                return answer(query, q.end, 3, 0, {}); // NXDOMAIN
            if (q.type == kTypeA)
                return answer(query, q.end, 0, kTypeA, QByteArray("\x7f\x00\x00\x02", 4));
            if (q.type == kTypeTxt) {
                const QByteArray text = "Listed by " + zone.toLatin1() + " (bench)";
                return answer(query, q.end, 0, kTypeTxt, char(text.size()) + text);
            }
            return answer(query, q.end, 0, 0, {});
        }
        return answer(query, q.end, 5, 0, {}); // REFUSED
    }

    void sendDue()
    {
        const qint64 now = m_clock.nsecsElapsed();
        while (!m_queue.empty() && m_queue.front().at <= now) {
            m_socket.writeDatagram(m_queue.front().reply);
            m_queue.pop_front();
        }
        if (!m_queue.empty())
            arm();
    }

    void arm()
    {
        const qint64 waitNs = m_queue.front().at - m_clock.nsecsElapsed();
        m_timer.start(int(std::max<qint64>(0, (waitNs + 999999) / 1000000)));
    }

    QStringList m_zones;
    QSet<QString> m_listed; // "zone reversed-ip"
    qint64 m_delayNs;
    QUdpSocket m_socket;
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::deque<Due> m_queue; // the delay is the same for all: due times stay in order
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption address(QStringLiteral("address"), QString(), QStringLiteral("ADDR"),
                                     QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QString(), QStringLiteral("PORT"),
                                  QStringLiteral("53"));
    const QCommandLineOption delay(QStringLiteral("delay-ms"), QString(), QStringLiteral("MS"),
                                   QStringLiteral("50"));
    const QCommandLineOption count(QStringLiteral("zones"), QString(), QStringLiteral("N"),
                                   QStringLiteral("40"));
    const QCommandLineOption listed(QStringLiteral("listed"), QString(), QStringLiteral("IP"));
    const QCommandLineOption json(QStringLiteral("zones-json"), QString(), QStringLiteral("FILE"));
    parser.addOptions({address, port, delay, count, listed, json});
    parser.process(app);

    QStringList zones;
    for (int i = 1; i <= parser.value(count).toInt(); ++i)
        zones.append(QStringLiteral("z%1.bench.test").arg(i, 2, 10, QLatin1Char('0')));
    QSet<QString> listings;
    for (const QString& ip : parser.values(listed)) {
        for (const QString& zone : zones.mid(0, 3))
            listings.insert(zone + u' ' + reversed(ip));
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (int i = 0; i < zones.size(); ++i)
            array.append(QJsonObject{
                {QStringLiteral("name"), QStringLiteral("Bench list %1").arg(i + 1)},
                {QStringLiteral("zone"), zones[i]},
                {QStringLiteral("kind"), QStringLiteral("actionable")},
                {QStringLiteral("codes"),
                 QJsonObject{{QStringLiteral("127.0.0.2"), QStringLiteral("Listed (bench)")}}}});
        QFile file(parser.value(json));
        if (!file.open(QIODevice::WriteOnly))
            return 2;
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("zones"), array}}).toJson());
    }
    Server server(zones, listings, parser.value(delay).toInt());
    if (!server.listen(QHostAddress(parser.value(address)), quint16(parser.value(port).toUInt()))) {
        std::fprintf(stderr, "bench_dnsbl_server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
