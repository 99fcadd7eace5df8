#include "StoreTestKit.h"
#include "TestPaths.h"
#include "importer/Importer.h"
#include "importer/MailSource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace mixdesk;
using namespace Qt::StringLiterals;

// Issue 19: folder, Maildir and mbox walks visit each real folder once, skip links
// that loop or leave, and report every file they could not read or name.
class FolderWalkTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<test::TestStore> freshStore()
    {
        auto db = Database::open(
            StoreLocation::sqliteFile(m_dir.filePath(u"db%1.sqlite"_s.arg(++m_counter))));
        return db ? std::make_unique<test::TestStore>(std::move(*db)) : nullptr;
    }

    struct Run
    {
        ImportSummary summary;
        QStringList errors;
        QStringList skipped;
    };
    Run import(const QStringList& sources, test::TestStore& store)
    {
        Run run;
        Importer importer{OperatorProfile()};
        importer.setErrorLine([&](const QString& e) { run.errors << e; });
        importer.setSkipLine([&](const QString& s) { run.skipped << s; });
        run.summary = importer.run(sources, store.roles());
        return run;
    }
    int stored(test::TestStore& store) { return store.count(); }

private slots:
    void folderLinkLoopsFinish();
    void linkOutOfTheFolderIsSkipped();
    void maildirLinkedToItselfReadsEachMessageOnce();
    void nonUtf8NameIsReported();
    void unlistableFolderIsReported();
    void emptyMboxHoldsNoMessages();
};

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray mail(int n)
{
    return "From: desk@isp.example\nTo: abuse@mix.example\nSubject: Notice " +
           QByteArray::number(n) + "\nMessage-ID: <" + QByteArray::number(n) +
           "@isp.example>\n\nBody " + QByteArray::number(n) + "\n";
}

} // namespace

void FolderWalkTest::folderLinkLoopsFinish()
{
    // Two links to the folder itself and one to its parent: the walk used to never end.
    const QString dir = m_dir.filePath(u"loops"_s);
    writeFile(dir + u"/a.eml"_s, mail(1));
    writeFile(dir + u"/sub/b.eml"_s, mail(2));
    writeFile(dir + u"/sub/deeper/c.eml"_s, mail(3));
    QVERIFY(QFile::link(dir, dir + u"/self"_s));
    QVERIFY(QFile::link(dir, dir + u"/sub/again"_s));
    QVERIFY(QFile::link(dir + u"/sub"_s, dir + u"/sub/deeper/up"_s));
    auto store = freshStore();
    const Run r = import({dir}, *store);
    QCOMPARE(r.summary.imported, 3);
    QCOMPARE(r.summary.duplicates, 0); // each message read once
    QCOMPARE(r.summary.errors, 0);
    QCOMPARE(r.summary.skipped, 3);
    QCOMPARE(r.skipped.size(), 3);
    for (const QString& note : r.skipped)
        QVERIFY2(note.contains(u"visited already"_s), qPrintable(note));
    QCOMPARE(stored(*store), 3);
}

void FolderWalkTest::linkOutOfTheFolderIsSkipped()
{
    const QString dir = m_dir.filePath(u"inside"_s);
    const QString outside = m_dir.filePath(u"outside"_s);
    writeFile(dir + u"/a.eml"_s, mail(11));
    writeFile(outside + u"/b.eml"_s, mail(12));
    QVERIFY(QFile::link(outside, dir + u"/elsewhere"_s));
    QVERIFY(QFile::link(outside + u"/b.eml"_s, dir + u"/b.eml"_s));
    auto store = freshStore();
    const Run r = import({dir}, *store);
    QCOMPARE(r.summary.imported, 1);
    QCOMPARE(r.summary.skipped, 2);
    for (const QString& note : r.skipped)
        QVERIFY2(note.contains(u"outside"_s), qPrintable(note));
    QVERIFY(r.summary.ok()); // skipped on purpose: not an error
}

void FolderWalkTest::maildirLinkedToItselfReadsEachMessageOnce()
{
    const QString md = m_dir.filePath(u"Maildir"_s);
    writeFile(md + u"/cur/1.host:2,S"_s, mail(21));
    writeFile(md + u"/new/2.host"_s, mail(22));
    writeFile(md + u"/.Sub/cur/3.host:2,S"_s, mail(23));
    QDir().mkpath(md + u"/.Sub/new"_s);
    QVERIFY(QFile::link(md, md + u"/.Loop"_s));
    QVERIFY(QFile::link(md, md + u"/.Sub/.Back"_s));
    auto store = freshStore();
    const Run r = import({md}, *store);
    QCOMPARE(r.summary.imported, 3);
    QCOMPARE(r.summary.duplicates, 0);
    QCOMPARE(r.summary.skipped, 2);
    QCOMPARE(r.summary.errors, 0);
}

void FolderWalkTest::nonUtf8NameIsReported()
{
    const QString dir = m_dir.filePath(u"names"_s);
    writeFile(dir + u"/good.eml"_s, mail(31));
    // "caf\xe9.eml": Latin-1, not UTF-8, written with the bytes as they are.
    const QByteArray bad = QFile::encodeName(dir) + "/caf\xe9.eml";
    const int fd = ::open(bad.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QVERIFY(fd >= 0);
    const QByteArray body = mail(32);
    QCOMPARE(::write(fd, body.constData(), size_t(body.size())), ssize_t(body.size()));
    ::close(fd);
    auto store = freshStore();
    const Run r = import({dir}, *store);
    ::unlink(bad.constData()); // QTemporaryDir cannot remove it by name
    QCOMPARE(r.summary.imported, 1);
    QCOMPARE(r.summary.errors, 1);
    QVERIFY(!r.summary.ok());
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.first().contains(u"not valid UTF-8"_s), qPrintable(r.errors.first()));
}

void FolderWalkTest::unlistableFolderIsReported()
{
    if (::geteuid() == 0)
        QSKIP("root lists every folder");
    const QString dir = m_dir.filePath(u"locked"_s);
    writeFile(dir + u"/a.eml"_s, mail(41));
    writeFile(dir + u"/closed/b.eml"_s, mail(42));
    QVERIFY(QFile::setPermissions(dir + u"/closed"_s, QFileDevice::Permissions()));
    auto store = freshStore();
    const Run r = import({dir}, *store);
    QFile::setPermissions(dir + u"/closed"_s,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(r.summary.imported, 1);
    QCOMPARE(r.summary.errors, 1);
    QVERIFY2(r.errors.value(0).contains(u"closed"_s), qPrintable(r.errors.value(0)));
}

void FolderWalkTest::emptyMboxHoldsNoMessages()
{
    const QString dir = m_dir.filePath(u"mboxes"_s);
    writeFile(dir + u"/empty.mbox"_s, QByteArray());
    writeFile(dir + u"/one.mbox"_s, "From desk@isp.example Mon Jan 12 10:00:00 2026\n" + mail(51));
    auto store = freshStore();
    Run r = import({dir}, *store);
    QCOMPARE(r.summary.imported, 1);
    QCOMPARE(r.summary.errors, 0);
    // Given on its own, too.
    auto second = freshStore();
    r = import({dir + u"/empty.mbox"_s}, *second);
    QCOMPARE(r.summary.imported, 0);
    QCOMPARE(r.summary.errors, 0);
}

QTEST_GUILESS_MAIN(FolderWalkTest)
#include "FolderWalkTest.moc"
