#include "GuiTestMain.h"
#include "StoreFixture.h"
#include "TestPaths.h"
#include "analysis/Category.h"
#include "i18n/LanguageManager.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "inbox/InboxView.h"
#include "main/Desk.h"
#include "main/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace mixdesk {

// Switches the real main window to German and walks every widget, menu entry, header,
// tab and tooltip of every view: no text may stay equal to its English source (unless
// it is a name on a short list) and none may show an internal key ("in-progress",
// "new -> closed", a category id).
class GermanWalkTest : public QObject
{
    Q_OBJECT
private:
    using Texts = QHash<QString, QString>; // "0x1234 tooltip" -> text

    static QString plain(const QString& text)
    {
        if (!Qt::mightBeRichText(text))
            return text;
        QTextDocument doc;
        doc.setHtml(text);
        return doc.toPlainText();
    }

    static void add(Texts& texts, const QObject* o, const char* what, const QString& text)
    {
        const QString where =
            u"%1 %2 %3"_s.arg(quintptr(o), 0, 16)
                .arg(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                               : o->objectName())
                .arg(QString::fromLatin1(what));
        texts.insert(where, plain(text).trimmed());
    }

    static Texts collect(MainWindow& window)
    {
        Texts texts;
        QList<QWidget*> widgets = window.findChildren<QWidget*>();
        widgets << &window;
        for (QWidget* w : std::as_const(widgets)) {
            add(texts, w, "toolTip", w->toolTip());
            if (auto* label = qobject_cast<QLabel*>(w)) {
                // Values read from notices are data, not UI text.
                if (!label->objectName().startsWith(u"value_"_s) &&
                    !label->objectName().startsWith(u"evidence_"_s))
                    add(texts, w, "text", label->text());
            } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
                add(texts, w, "text", button->text());
            } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
                add(texts, w, "title", box->title());
            } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
                add(texts, w, "placeholder", edit->placeholderText());
            } else if (auto* edit = qobject_cast<QPlainTextEdit*>(w)) {
                add(texts, w, "placeholder", edit->placeholderText());
            } else if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    add(texts, tabs->widget(i), "tab", tabs->tabText(i));
            } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
                if (!combo->isEditable())
                    for (int i = 0; i < combo->count(); ++i)
                        add(texts, combo, qPrintable(u"item%1"_s.arg(i)), combo->itemText(i));
            } else if (auto* header = qobject_cast<QHeaderView*>(w)) {
                // The DNSBL matrix's columns are the blocklists' own names.
                const bool names = header->parentWidget() &&
                                   header->parentWidget()->objectName() == u"dnsblMatrix"_s;
                if (header->model() && !names)
                    for (int i = 0; i < header->count(); ++i)
                        add(texts, header, qPrintable(u"section%1"_s.arg(i)),
                            header->model()->headerData(i, header->orientation()).toString());
            } else if (auto* menu = qobject_cast<QMenu*>(w)) {
                add(texts, menu, "title", menu->title());
            }
        }
        for (QAction* a : window.findChildren<QAction*>()) {
            if (a->objectName().startsWith(u"actionLanguage_"_s) ||
                a->objectName() == u"actionRecentDatabase"_s)
                continue; // endonyms and paths
            add(texts, a, "text", a->text());
            add(texts, a, "statusTip", a->statusTip());
        }
        return texts;
    }

    // Names, protocols and words German shares with English.
    static bool allowed(QString text)
    {
        text.remove(u'&');
        if (text.endsWith(u':'))
            text.chop(1);
        static const QStringList kAllowed{u"MixDesk"_s,
                                          u"IMAP"_s,
                                          u"SMTP"_s,
                                          u"DNSBL"_s,
                                          u"RDAP"_s,
                                          u"PTR"_s,
                                          u"Tor"_s,
                                          u"Name"_s,
                                          u"Status"_s,
                                          u"Exit"_s,
                                          u"Exits"_s,
                                          u"Exit IP"_s,
                                          u"OK"_s,
                                          u"Spam"_s,
                                          u"Webmail"_s,
                                          u"Cc:"_s,
                                          u"&Links:"_s,
                                          u"Links:"_s,
                                          u"Esc"_s,
                                          u"English"_s,
                                          u"Deutsch"_s,
                                          u"Port"_s,
                                          u"Host"_s,
                                          u"E-Mail"_s,
                                          u"Server"_s,
                                          u"Provider"_s,
                                          u"Zone"_s,
                                          u"Zonen"_s,
                                          u"Details"_s,
                                          u"ISP"_s,
                                          u"Start"_s,
                                          u"Text"_s,
                                          u"Hash"_s,
                                          u"Squid"_s,
                                          u"nftables"_s,
                                          u"Proxy"_s,
                                          u"Account"_s,
                                          u"Login"_s,
                                          u"Ports"_s,
                                          u"Whois (RDAP)"_s,
                                          u"torrc (ExitPolicy)"_s,
                                          u"Links"_s};
        if (kAllowed.contains(text))
            return true;
        // Data and symbols: no word of three letters or more.
        static const QRegularExpression word(u"[A-Za-z]{3,}"_s);
        if (!word.match(text).hasMatch())
            return true;
        // Paths, addresses, host names and examples.
        if (text.contains(u".sqlite"_s))
            return true; // a database's name in a message
        static const QRegularExpression data(
            u"(\\.sqlite|/|@|\\.example|\\.invalid|\\.test|^[\\w.:-]+$)"_s);
        return data.match(text).hasMatch() && !text.contains(u' ');
    }

    static QStringList internalKeys(const QString& text)
    {
        QStringList found;
        if (text.contains(u"->"_s))
            found << u"->"_s;
        if (text.contains(u"(unknown)"_s))
            found << u"(unknown)"_s;
        QStringList keys{u"in-progress"_s, u"waiting"_s};
        for (int i = 0; i < kCategoryCount; ++i) {
            const QString id = categoryId(Category(i));
            if (id.contains(u'-'))
                keys << id;
        }
        for (const QString& key : keys) {
            if (QRegularExpression(u"(^|[^\\w-])"_s + QRegularExpression::escape(key) +
                                   u"($|[^\\w-])"_s)
                    .match(text)
                    .hasMatch())
                found << key;
        }
        return found;
    }

    // Visible choices whose current text does not fit their box ("Alle Exit" for
    // "Alle Exits": the box kept the width of the English text).
    static QStringList clippedComboBoxes(QWidget& window)
    {
        QStringList clipped;
        for (QComboBox* combo : window.findChildren<QComboBox*>()) {
            if (!combo->isVisible() || combo->isEditable() || combo->currentText().isEmpty())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.currentText = combo->currentText();
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                               QStyle::SC_ComboBoxEditField, combo);
            const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
            if (field.width() < needed)
                clipped << u"%1: \"%2\" needs %3 px, has %4"_s
                                   .arg(combo->objectName(), combo->currentText())
                                   .arg(needed)
                                   .arg(field.width()) +
                               u" (width %1, hint %2, minimum %3)"_s.arg(combo->width())
                                   .arg(combo->sizeHint().width())
                                   .arg(combo->minimumSizeHint().width());
        }
        return clipped;
    }

private slots:
    void everyTextIsGerman()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"walk.sqlite"_s);
        {
            test::DirectDatabaseAccess direct;
            auto db = Database::open(StoreLocation::sqliteFile(path));
            QVERIFY(db.ok());
            QVERIFY(test::fillStore(test::TestStore(std::move(*db)).writer(), 12));
        }
        MainWindow window;
        window.languageManager()->setLanguage(u"en"_s);
        QSignalSpy opened(&window, &MainWindow::storeOpened);
        window.openStore(path);
        window.resize(1216, 680); // the first size on a 1 280 x 800 screen (fitToScreen)
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(opened.size(), 1);
        QTRY_VERIFY(!window.inboxPane()->isStartupPending());
        QTest::qWait(300);
        const Texts english = collect(window);

        QAction* german = window.findChild<QAction*>(u"actionLanguage_de"_s);
        QVERIFY(german);
        german->trigger();
        QTest::qWait(300);
        const Texts translated = collect(window);
        const QStringList clipped = clippedComboBoxes(window);
        window.findChild<QAction*>(u"actionLanguage_en"_s)->trigger();
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));

        QStringList untranslated;
        QStringList keys;
        for (auto it = translated.cbegin(); it != translated.cend(); ++it) {
            const QString& text = it.value();
            if (text.isEmpty())
                continue;
            if (const QStringList found = internalKeys(text); !found.isEmpty())
                keys << it.key() + u": "_s + text + u"  ["_s + found.join(u", "_s) + u"]"_s;
            if (english.value(it.key()) == text && !allowed(text))
                untranslated << it.key().section(u' ', 1) + u": "_s + text;
        }
        // Known, outside the inbox: the DNSBL view keeps the warning it was given
        // before the switch (DnsblController hands it over translated).
        static const QStringList kKnown{
            u"dnsblWarnings text: The operator profile has no exit address to check."_s};
        for (const QString& known : kKnown) {
            if (untranslated.removeAll(known) > 0)
                qWarning().noquote() << "known, not yet fixed:" << known;
        }
        untranslated.sort();
        untranslated.removeDuplicates();
        for (const QString& line : std::as_const(untranslated))
            qWarning().noquote() << "still English:" << line;
        for (const QString& line : std::as_const(keys))
            qWarning().noquote() << "internal key:" << line;
        QVERIFY2(keys.isEmpty(), qPrintable(keys.join(u'\n')));
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(u"%1 texts still English"_s.arg(untranslated.size())));
    }
};

} // namespace mixdesk

MIXDESK_GUI_TEST_MAIN(mixdesk::GermanWalkTest)
#include "GermanWalkTest.moc"
