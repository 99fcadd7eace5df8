#include "GuiTestMain.h"
#include "TestAnalyses.h"
#include "TestPaths.h"
#include "analysis/AnalysisPane.h"
#include "analysis/HopModel.h"
#include "analysis/HopTableView.h"
#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"
#include "widgets/FileDialogs.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace mixdesk {

// The header inspector in the real main window: the hop table of corpus notices,
// its marks, notes and fit, driven by object names.
class HeaderInspectorTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;

    template <typename T> T* find(const QString& name)
    {
        T* child = m_window->findChild<T*>(name);
        if (!child)
            qWarning() << "no child named" << name;
        return child;
    }
    HopTableView* hopView() { return find<HopTableView>(u"hopView"_s); }
    // What a rich-text label shows.
    static QString shownText(const QLabel* label)
    {
        QTextDocument doc;
        doc.setHtml(label->text());
        return doc.toPlainText();
    }
    QAbstractItemModel* hops() { return hopView()->model(); }

    void open(const QString& corpusName)
    {
        const QString file = test::corpusFile(corpusName);
        QVERIFY2(QFile::exists(file), qPrintable(file));
        FileDialogs::setNextAnswer({file});
        find<QAction>(u"actionOpenNotice"_s)->trigger();
        QVERIFY(m_window->windowTitle().contains(corpusName.left(8)));
    }
    // The row marked as the exit's ("exit") or the webmail server's ("webmail") hop;
    // one hop can be both (the webmail server received the exit's HTTP request).
    int rowOfKind(const QString& kind)
    {
        const QString mark = kind == u"exit" ? u"Exit"_s : u"Webmail"_s;
        for (int row = 0; row < hops()->rowCount(); ++row)
            if (hops()->index(row, HopModel::Marker).data().toString().contains(mark))
                return row;
        return -1;
    }

private slots:
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->languageManager()->setLanguage(u"en"_s);
        m_window->setProfilePath(test::corpusFile(u"operator.json"_s)); // read only
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    // Oldest first, exit and webmail hops highlighted, the account on the webmail hop.
    void showsTheExitAndWebmailHopWithTheAccount()
    {
        QAbstractItemModelTester tester(hops(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        open(u"002-rheinwelle-roundcube-qp.eml"_s);
        const int exitRow = rowOfKind(u"exit"_s);
        const int webmailRow = rowOfKind(u"webmail"_s);
        QVERIFY(exitRow >= 0);
        QVERIFY(webmailRow >= exitRow); // oldest first: the exit's hop comes first
        QCOMPARE(hops()->index(0, HopModel::FromIp).data().toString(), u"198.51.100.23"_s);
        QCOMPARE(hops()->index(exitRow, HopModel::FromIp).data().toString(), u"198.51.100.23"_s);
        QVERIFY(hops()->index(exitRow, HopModel::FromIp).data(Qt::BackgroundRole).isValid());
        QVERIFY(hops()->index(webmailRow, HopModel::ByHost).data(Qt::BackgroundRole).isValid());
        const QString account = u"k.aschenbrenner@zinnober-mail.example"_s;
        QVERIFY(hops()->index(webmailRow, HopModel::Marker).data().toString().contains(account));
        auto* summary = find<QLabel>(u"hopSummary"_s);
        QVERIFY(summary->isVisible());
        QVERIFY(summary->text().contains(account));
        QVERIFY(summary->text().contains(u"198.51.100.23"_s));
        QVERIFY(!find<QLabel>(u"misdirectedNotice"_s)->isVisible());
        // Both times: UTC and the operator's local time.
        QVERIFY(!hops()->index(exitRow, HopModel::DateUtc).data().toString().isEmpty());
        QVERIFY(!hops()->index(exitRow, HopModel::DateLocal).data().toString().isEmpty());
    }

    void saysPlainlyWhenANoticeIsMisdirected()
    {
        open(u"018-misdirected-neighbour-ip.eml"_s);
        auto* notice = find<QLabel>(u"misdirectedNotice"_s);
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().startsWith(u"Misdirected:"_s));
        QVERIFY(notice->text().contains(u"not one of our exits"_s));
        QCOMPARE(rowOfKind(u"exit"_s), -1);
        QVERIFY(find<QLabel>(u"hopSummary"_s)->text().contains(u"No hop comes from"_s));

        open(u"002-rheinwelle-roundcube-qp.eml"_s);
        QVERIFY(!notice->isVisible());
    }

    // A hop dated before the previous one is clock skew, said in the delay column.
    void marksNegativeDelaysAsClockSkew()
    {
        Analysis analysis = test::sampleAnalysis();
        analysis.offendingMessages[0].hops[1].dateUtc =
            analysis.offendingMessages[0].hops[0].dateUtc.addSecs(-42);
        m_window->analysisPane()->showAnalysis(analysis, "Subject: x\r\n\r\n", {});
        const QModelIndex delay = hops()->index(1, HopModel::Delay);
        QVERIFY(delay.data(HopModel::ClockSkewRole).toBool());
        HopModel* model = m_window->analysisPane()->hopModel();
        QCOMPARE(model->cellText(1, HopModel::Delay), u"\u221242 s clock skew"_s);
        // In the narrow (stacked) table the same text on two lines.
        QCOMPARE(delay.data().toString().replace(u'\n', u' '), u"\u221242 s clock skew"_s);
        QVERIFY(delay.data(Qt::ToolTipRole).toString().contains(u"clock skew"_s));
        QVERIFY(!hops()->index(2, HopModel::Delay).data(HopModel::ClockSkewRole).toBool());
    }

    // The evidence behind the exit: the hop is strong, X-Originating-IP marked weaker.
    void marksWeakerEvidence()
    {
        Analysis analysis = test::sampleAnalysis();
        analysis.evidence.append(Evidence{u"exit_ip"_s,
                                          u"An X-Originating-IP header names the exit %1"_s,
                                          {u"198.51.100.23"_s},
                                          -1});
        m_window->analysisPane()->showAnalysis(analysis, "Subject: x\r\n\r\n", {});
        const QStringList lines = shownText(find<QLabel>(u"evidence_exit_ip"_s)).split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), u"Client 198.51.100.23 of hop 1 is a configured exit"_s);
        QVERIFY(lines.at(1).startsWith(u"\u25CB An X-Originating-IP header names the exit"_s));
        QVERIFY(lines.at(1).contains(u"weaker: X-Originating-IP"_s));
    }

    // Several offending mails in one notice: the operator picks one, and the hop table,
    // its summary and its marks follow.
    void picksOneOfSeveralOffendingMails()
    {
        Analysis analysis = test::sampleAnalysis();
        OffendingMessage second = analysis.offendingMessages.first();
        second.whereFound = u"attachment 2"_s;
        second.hops.removeLast();
        second.hops[0].fromIp = u"192.0.2.99"_s;
        second.exitHopIndex = -1;
        analysis.offendingMessages.append(second);
        m_window->analysisPane()->showAnalysis(analysis, "Subject: x\r\n\r\n", {});
        auto* combo = find<QComboBox>(u"offendingMessageCombo"_s);
        QVERIFY(combo->isVisible());
        QCOMPARE(combo->count(), 2);
        QCOMPARE(hops()->rowCount(), 3);
        QCOMPARE(rowOfKind(u"exit"_s), 0);
        combo->setCurrentIndex(1);
        QCOMPARE(hops()->rowCount(), 2);
        QCOMPARE(m_window->analysisPane()->hopModel()->cellText(0, HopModel::FromIp),
                 u"192.0.2.99"_s);
        QCOMPARE(rowOfKind(u"exit"_s), -1);
        QVERIFY(find<QLabel>(u"hopSummary"_s)->text().contains(u"No hop comes from"_s));
        combo->setCurrentIndex(0);
        QCOMPARE(rowOfKind(u"exit"_s), 0);
    }

    void showsLocalTimeInTheOperatorsZone()
    {
        auto* model = m_window->analysisPane()->hopModel();
        model->setLocalZone(QTimeZone("Europe/Berlin"));
        m_window->analysisPane()->showAnalysis(test::sampleAnalysis(), "Subject: x\r\n\r\n", {});
        QCOMPARE(model->cellText(0, HopModel::DateUtc), u"2026-01-12 08:15:02"_s);
        QCOMPARE(hops()->index(0, HopModel::DateLocal).data().toString(), u"2026-01-12 09:15:02"_s);
        if (model->isStacked()) // UTC over local time in one cell
            QCOMPARE(hops()->index(0, HopModel::DateUtc).data().toString(),
                     u"2026-01-12 08:15:02\n2026-01-12 09:15:02"_s);
        model->setLocalZone(QTimeZone::systemTimeZone());
    }

    // A hop or an IP: from the context menu's actions and with Ctrl+C.
    void copiesAHopOrAnIp()
    {
        open(u"002-rheinwelle-roundcube-qp.eml"_s);
        HopTableView* view = hopView();
        const int exitRow = rowOfKind(u"exit"_s);
        QClipboard* clipboard = QGuiApplication::clipboard();
        view->setFocus();
        view->setCurrentIndex(hops()->index(exitRow, HopModel::FromIp));
        clipboard->clear();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboard->text(), u"198.51.100.23"_s);

        // Ctrl+C on another cell copies that cell's whole text, not elided.
        HopModel* model = m_window->analysisPane()->hopModel();
        view->setCurrentIndex(hops()->index(exitRow, HopModel::ByHost));
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboard->text(), hops()->index(exitRow, HopModel::ByHost).data().toString());
        QVERIFY(clipboard->text().startsWith(model->cellText(exitRow, HopModel::ByHost)));
        view->setCurrentIndex(hops()->index(exitRow, HopModel::DateUtc));
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QVERIFY(clipboard->text().startsWith(model->cellText(exitRow, HopModel::DateUtc)));
        QVERIFY(!clipboard->text().contains(u"Received"_s));

        auto* copyIp = view->findChild<QAction*>(u"actionCopyIp"_s);
        auto* copyHop = view->findChild<QAction*>(u"actionCopyHop"_s);
        QVERIFY(copyIp && copyHop);
        QCOMPARE(copyIp->text(), u"Copy IP address"_s);
        clipboard->clear();
        copyIp->trigger();
        QCOMPARE(clipboard->text(), u"198.51.100.23"_s);
        copyHop->trigger();
        QVERIFY(clipboard->text().startsWith(u"Received: from"_s));
        QVERIFY(clipboard->text().contains(u"198.51.100.23"_s));
        auto* copyCell = view->findChild<QAction*>(u"actionCopyCell"_s);
        QVERIFY(copyCell);
        copyCell->trigger();
        QVERIFY(clipboard->text().startsWith(model->cellText(exitRow, HopModel::DateUtc)));
    }

    // In the narrow (two-line) table the role column is folded away: the account is
    // still in a cell, with the webmail server that knows it.
    void showsTheAccountInTheNarrowTable()
    {
        open(u"002-rheinwelle-roundcube-qp.eml"_s);
        HopModel* model = m_window->analysisPane()->hopModel();
        QVERIFY(model->isStacked());
        const int webmailRow = rowOfKind(u"webmail"_s);
        QVERIFY(webmailRow >= 0);
        const QString account = u"k.aschenbrenner@zinnober-mail.example"_s;
        const QString cell = hops()->index(webmailRow, HopModel::ByHost).data().toString();
        QVERIFY2(cell.section(u'\n', 1).contains(account), qPrintable(cell));
        for (int row = 0; row < hops()->rowCount(); ++row)
            if (row != webmailRow)
                QVERIFY(!hops()->index(row, HopModel::ByHost).data().toString().contains(account));
    }

    // An evidence line's hop link selects its hop in the table; the hop's tooltip
    // names the conclusions that rest on it.
    void linksEvidenceToItsHop()
    {
        Analysis analysis = test::sampleAnalysis();
        analysis.evidence.append(Evidence{u"webmail_account"_s,
                                          u"The webmail server names the account %1"_s,
                                          {u"sender@mail.example"_s},
                                          1});
        m_window->analysisPane()->showAnalysis(analysis, "Subject: x\r\n\r\n", {});
        auto* evidence = find<QLabel>(u"evidence_webmail_account"_s);
        QVERIFY(evidence->text().contains(u"href=\"hop:2\""_s));
        QVERIFY(shownText(evidence).contains(u"(hop 2)"_s));
        find<QTabWidget>(u"analysisTabs"_s)->setCurrentIndex(1);
        emit evidence->linkActivated(u"hop:2"_s);
        QCOMPARE(find<QTabWidget>(u"analysisTabs"_s)->currentIndex(), 0);
        QCOMPARE(hopView()->currentIndex().row(), 1);
        emit find<QLabel>(u"evidence_exit_ip"_s)->linkActivated(u"hop:1"_s);
        QCOMPARE(hopView()->currentIndex().row(), 0);

        QCOMPARE(
            hops()->index(0, HopModel::FromHost).data(HopModel::ConclusionsRole).toStringList(),
            QStringList{u"Exit IP"_s});
        QCOMPARE(
            hops()->index(1, HopModel::FromHost).data(HopModel::ConclusionsRole).toStringList(),
            QStringList{u"Webmail account"_s});
        QVERIFY(hops()
                    ->index(1, HopModel::DateUtc)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Evidence for: Webmail account"_s));
        QVERIFY(hops()
                    ->index(2, HopModel::FromHost)
                    .data(HopModel::ConclusionsRole)
                    .toStringList()
                    .isEmpty());
    }

    // The host columns give way together: a long By host is not cut to "web1…ple"
    // while From host keeps room to spare.
    void balancesTheHostColumns()
    {
        Analysis analysis = test::sampleAnalysis();
        analysis.offendingMessages[0].hops[0].byHost = u"web1.frontend.larkspur-hosting.example"_s;
        analysis.offendingMessages[0].hops[1].fromHost =
            u"web1.frontend.larkspur-hosting.example"_s;
        m_window->analysisPane()->showAnalysis(analysis, "Subject: x\r\n\r\n", {});
        HopTableView* view = hopView();
        QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
        const int from = view->columnWidth(HopModel::FromHost);
        const int by = view->columnWidth(HopModel::ByHost);
        const int needed =
            view->fontMetrics().horizontalAdvance(u"web1.frontend.larkspur-hosting.example"_s);
        // Either By host has what it needs, or neither host column is much wider.
        QVERIFY2(by >= needed || from <= by + 2,
                 qPrintable(u"from %1 by %2 needed %3"_s.arg(from).arg(by).arg(needed)));
    }

    // Authentication-Results, Received-SPF and DKIM-Signature summarised: here those of
    // an ARF report.
    void summarisesSenderAuthentication()
    {
        open(u"006-heronmail-arf-fbl.eml"_s);
        auto* auth = find<QLabel>(u"authSummary"_s);
        QVERIFY(auth->isVisible());
        QVERIFY2(auth->text().contains(u"SPF fail \u2014 deals-galore.example"_s),
                 qPrintable(auth->text()));
        QVERIFY(auth->text().contains(u"DKIM none"_s));
        QVERIFY(auth->text().contains(u"mx3.heronmail.example"_s));
        open(u"002-rheinwelle-roundcube-qp.eml"_s);
        QVERIFY(auth->text().contains(u"no Authentication-Results"_s));
    }

    // Every corpus notice against the corpus truth: the exit hop is the truth's exit IP,
    // the webmail account is shown, misdirected notices say so.
    void inspectsTheCorpus()
    {
        QFile truthFile(test::corpusFile(u"truth.json"_s));
        QVERIFY(truthFile.open(QIODevice::ReadOnly));
        const QJsonArray truth = QJsonDocument::fromJson(truthFile.readAll()).array();
        QVERIFY(truth.size() >= 30);
        int exitHops = 0, accounts = 0, misdirected = 0;
        for (const QJsonValue& value : truth) {
            const QJsonObject expected = value.toObject();
            const QString file = expected.value(u"file"_s).toString();
            open(file);
            const int exitRow = rowOfKind(u"exit"_s);
            const QString exitIp = expected.value(u"exit_ip"_s).toString();
            if (exitRow >= 0) {
                QVERIFY2(expected.value(u"exit_ips"_s)
                             .toArray()
                             .contains(hops()->index(exitRow, HopModel::FromIp).data().toString()),
                         qPrintable(file));
                ++exitHops;
            }
            const QString account = expected.value(u"webmail_account"_s).toString();
            const int webmailRow = rowOfKind(u"webmail"_s);
            if (!account.isEmpty() && webmailRow >= 0) {
                QVERIFY2(
                    hops()->index(webmailRow, HopModel::Marker).data().toString().contains(account),
                    qPrintable(file));
                QVERIFY2(find<QLabel>(u"hopSummary"_s)->text().contains(account), qPrintable(file));
                ++accounts;
            }
            const bool isMisdirected = expected.value(u"category"_s).toString() == u"misdirected";
            QCOMPARE(find<QLabel>(u"misdirectedNotice"_s)->isVisible(), isMisdirected);
            misdirected += isMisdirected;
            QTRY_COMPARE(hopView()->horizontalScrollBar()->maximum(), 0);
        }
        QVERIFY(exitHops >= 15);
        QVERIFY(accounts >= 10);
        QCOMPARE(misdirected, 2);
    }

    // At 1280 x 800 the table needs no sideways scrolling, in English and German; long
    // names are elided and the tooltip holds the full text.
    void fitsA1280WindowWithoutScrollingSideways()
    {
        for (const QString& language : {u"en"_s, u"de"_s}) {
            m_window->languageManager()->setLanguage(language);
            for (const QString& name :
                 {u"025-exim-esmtpsa-ipv6.eml"_s, u"030-eat-timezone-horde-ipv6.eml"_s,
                  u"022-council-crlf-httpsa.eml"_s}) {
                open(name);
                QVERIFY(QTest::qWaitFor([&] { return hopView()->isVisible(); }));
                // MIXDESK_SCREENSHOTS=dir: a picture of the inspector, to look at.
                if (const QString shots = qEnvironmentVariable("MIXDESK_SCREENSHOTS");
                    !shots.isEmpty()) {
                    QTest::qWait(200);
                    m_window->grab().save(shots + u"/inspector-"_s + language + u"-"_s +
                                          name.left(3) + u".png"_s);
                }
                QTRY_COMPARE(hopView()->horizontalScrollBar()->maximum(), 0);
                // The analysis pane is narrow at 1280 px: two lines per hop, the folded
                // columns hidden, every IP address whole (never elided).
                auto* model = m_window->analysisPane()->hopModel();
                QVERIFY(model->isStacked());
                QVERIFY(hopView()->isColumnHidden(HopModel::FromIp));
                QVERIFY(!hopView()->isColumnHidden(HopModel::FromHost));
                const QFontMetrics fm(hopView()->font());
                for (int row = 0; row < hops()->rowCount(); ++row) {
                    const QString ip = model->cellText(row, HopModel::FromIp);
                    QVERIFY2(hopView()->columnWidth(HopModel::FromHost) > fm.horizontalAdvance(ip),
                             qPrintable(ip));
                    QVERIFY(hops()
                                ->headerData(row, Qt::Vertical)
                                .toString()
                                .startsWith(QString::number(row + 1)));
                }
                // Every column's header whole ("Verzögerung" was cut to "Verzögeru"):
                // the host names give way first.
                const QFontMetrics headerFont(hopView()->horizontalHeader()->font());
                for (int column = 0; column < hops()->columnCount(); ++column) {
                    if (hopView()->isColumnHidden(column))
                        continue;
                    const QStringList lines =
                        hops()->headerData(column, Qt::Horizontal).toString().split(u'\n');
                    for (const QString& line : lines)
                        QVERIFY2(hopView()->columnWidth(column) >
                                     headerFont.horizontalAdvance(line),
                                 qPrintable(language + u": "_s + line));
                }
                for (int row = 0; row < hops()->rowCount(); ++row) {
                    const QModelIndex host = hops()->index(row, HopModel::ByHost);
                    QVERIFY(host.data(Qt::ToolTipRole).toString().contains(host.data().toString()));
                }
            }
        }
        m_window->languageManager()->setLanguage(u"en"_s);
    }
};

} // namespace mixdesk

MIXDESK_GUI_TEST_MAIN(mixdesk::HeaderInspectorTest)
#include "HeaderInspectorTest.moc"
