#include "settings/SettingsDialog.h"
#include "GuiTestMain.h"
#include "accounts/AccountRepository.h"
#include "profile/ProfileStore.h"
#include "secrets/FakeSecretStore.h"
#include "settings/AccountsEditor.h"
#include "settings/AddressValidation.h"
#include "settings/CertificateTrustDialog.h"
#include "settings/DatabasePage.h"
#include "settings/DeskLocationSetting.h"
#include "settings/ExitTableModel.h"
#include "settings/ProfileEditor.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

#include <optional>

using namespace Qt::StringLiterals;

namespace mixdesk {

class SettingsDialogTest : public QObject
{
    Q_OBJECT
private slots:
    void validatesAddresses()
    {
        QVERIFY(AddressValidation::entryError(u"192.0.2.1"_s).isEmpty());
        QVERIFY(AddressValidation::entryError(u"2001:db8:4::77"_s).isEmpty());
        QVERIFY(AddressValidation::entryError(u"192.0.2.0/24"_s).isEmpty());
        QVERIFY(AddressValidation::entryError(u"2001:db8::/48"_s).isEmpty());
        QVERIFY(AddressValidation::entryError(u"192.0.2.300"_s).contains(u"192.0.2.300"_s));
        QVERIFY(AddressValidation::entryError(u"exit.example"_s).contains(u"not an IPv4"_s));
        QVERIFY(AddressValidation::entryError(u"192.0.2.0/33"_s).contains(u"prefix"_s));
        QVERIFY(AddressValidation::entryError(u"2001:db8::/129"_s).contains(u"128"_s));
        QCOMPARE(AddressValidation::splitAddresses(u" 192.0.2.1, ,2001:db8::1 "_s),
                 QStringList({u"192.0.2.1"_s, u"2001:db8::1"_s}));
        QCOMPARE(AddressValidation::errors(u"192.0.2.1, nonsense, 10.0.0.0/8"_s).size(), 1);
    }

    void exitModelEditsAndFlagsInvalidAddresses()
    {
        ExitTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addExit();
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.validationErrors().isEmpty()); // no address yet
        const QModelIndex addresses = model.index(0, ExitTableModel::Addresses);
        QVERIFY(model.setData(addresses, u"198.51.100.23, 198.51.100.999"_s));
        QCOMPARE(model.validationErrors().size(), 1);
        QVERIFY(addresses.data().toString().startsWith(u"\u26A0"_s));
        QVERIFY(addresses.data(Qt::ToolTipRole).toString().contains(u"198.51.100.999"_s));
        QVERIFY(model.setData(addresses, u"198.51.100.23, 2001:db8:4::77"_s));
        QVERIFY(model.validationErrors().isEmpty());
        QVERIFY(model.setData(model.index(0, ExitTableModel::Premium), Qt::Checked,
                              Qt::CheckStateRole));
        const QList<ExitNode> exits = model.exits();
        QCOMPARE(exits.size(), 1);
        QCOMPARE(exits.first().addresses, QStringList({u"198.51.100.23"_s, u"2001:db8:4::77"_s}));
        QVERIFY(exits.first().premium);
        model.removeExit(0);
        QCOMPARE(model.rowCount(), 0);
    }

    void savesProfileOnlyWhenValid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profile.json"_s);
        SettingsDialog dialog(path);
        auto* editor = dialog.profileEditor();
        editor->findChild<QLineEdit*>(u"profileName"_s)->setText(u"Jana Holzapfel"_s);
        editor->findChild<QLineEdit*>(u"profileOrganisation"_s)->setText(u"Nordlicht Mix e.V."_s);
        ExitTableModel* exits = editor->exitModel();
        exits->addExit();
        exits->setData(exits->index(0, ExitTableModel::Addresses), u"203.0.113.777"_s);

        QVERIFY(!dialog.save());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!dialog.findChild<QLabel*>(u"settingsError"_s)->isHidden());
        QVERIFY(
            editor->findChild<QLabel*>(u"profileErrors"_s)->text().contains(u"203.0.113.777"_s));

        exits->setData(exits->index(0, ExitTableModel::Addresses), u"203.0.113.77"_s);
        QVERIFY(dialog.save());
        const auto loaded = ProfileStore::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->name, u"Jana Holzapfel"_s);
        QCOMPARE(loaded->exits.size(), 1);
        QCOMPARE(loaded->exits.first().addresses, QStringList{u"203.0.113.77"_s});

        SettingsDialog reopened(path);
        QCOMPARE(reopened.profileEditor()->profile(), *loaded);
    }

    void choosesTheDatabaseTheDeskLivesIn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profile.json"_s);
        SettingsDialog dialog(path);
        QSignalSpy changed(&dialog, &SettingsDialog::deskLocationChanged);
        auto* page = dialog.databasePage();
        QVERIFY(page->findChild<QRadioButton*>(u"dbFileChoice"_s)->isChecked());
        QVERIFY(!page->findChild<QLineEdit*>(u"dbUrlEdit"_s)->isEnabled());
        // Nothing changed: saving keeps the default file and says nothing.
        QVERIFY(dialog.save());
        QCOMPARE(changed.count(), 0);

        page->findChild<QRadioButton*>(u"dbTeamChoice"_s)->setChecked(true);
        auto* url = page->findChild<QLineEdit*>(u"dbUrlEdit"_s);
        QVERIFY(url->isEnabled());
        QVERIFY(!dialog.save()); // a team database needs an address
        QCOMPARE(dialog.tabs()->currentWidget(), page);
        url->setText(u"mysql://alice@db.example.org/mixdesk"_s);
        QVERIFY(!dialog.save());
        QVERIFY(!dialog.findChild<QLabel*>(u"settingsError"_s)->isHidden());
        url->setText(u"postgresql://alice@db.example.org:5432/mixdesk?sslmode=verify-full"_s);
        QVERIFY(dialog.save());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), url->text());
        QCOMPARE(savedDeskLocation(), url->text());

        SettingsDialog reopened(path);
        QVERIFY(reopened.databasePage()->findChild<QRadioButton*>(u"dbTeamChoice"_s)->isChecked());
        QCOMPARE(reopened.databasePage()->location(), url->text());
        reopened.databasePage()->findChild<QRadioButton*>(u"dbFileChoice"_s)->setChecked(true);
        QVERIFY(reopened.save());
        QCOMPARE(savedDeskLocation(), QString()); // back to the default file
    }

    void editsImapAccountsAndStoresPasswordsInTheKeychain()
    {
        QTemporaryDir dir;
        const QString profilePath = dir.filePath(u"profile.json"_s);
        const QString accountsPath = dir.filePath(u"accounts.json"_s);
        QVERIFY(ProfileStore::save(OperatorProfile{}, profilePath).ok());
        FakeSecretStore secrets;
        SettingsDialog dialog(profilePath, nullptr, &secrets, accountsPath);
        QCOMPARE(dialog.tabs()->count(), 3); // profile, accounts, database
        AccountsEditor* editor = dialog.accountsEditor();
        editor->findChild<QPushButton*>(u"addAccountButton"_s)->click();
        QCOMPARE(editor->findChild<QListWidget*>(u"accountList"_s)->count(), 1);
        auto type = [editor](const char* name, const QString& text) {
            auto* edit = editor->findChild<QLineEdit*>(QString::fromLatin1(name));
            edit->selectAll();
            QTest::keyClicks(edit, text);
        };
        type("accountName", u"abuse"_s);
        type("accountHost", u"imap.provider.example"_s);
        type("accountUser", u"abuse@exit.example"_s);
        type("accountPassword", u"s3cret"_s);
        type("accountFolders", u"INBOX, Abuse"_s);
        // Plain IMAP to a remote host is refused with a clear error.
        auto* security = editor->findChild<QComboBox*>(u"accountSecurity"_s);
        security->setCurrentIndex(security->findData(u"plain"_s));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.findChild<QLabel*>(u"settingsError"_s)->text().contains(u"abuse"_s));
        security->setCurrentIndex(security->findData(u"imaps"_s));
        QCOMPARE(editor->findChild<QSpinBox*>(u"accountPort"_s)->value(), 993);
        QVERIFY(dialog.save());

        const auto saved = AccountRepository(accountsPath).load();
        QVERIFY(saved.ok());
        QCOMPARE(saved->size(), 1);
        QCOMPARE(saved->first().name, u"abuse"_s);
        QCOMPARE(saved->first().host, u"imap.provider.example"_s);
        QCOMPARE(saved->first().folders, QStringList({u"INBOX"_s, u"Abuse"_s}));
        QTRY_COMPARE(secrets.contents().value(imapSecretKey(u"abuse"_s)), u"s3cret"_s);
        QFile accountsFile(accountsPath);
        QVERIFY(accountsFile.open(QIODevice::ReadOnly));
        QVERIFY(!accountsFile.readAll().contains("s3cret")); // never in MixDesk's files

        // Removing the account also removes its password from the keychain.
        SettingsDialog again(profilePath, nullptr, &secrets, accountsPath);
        auto* list = again.accountsEditor()->findChild<QListWidget*>(u"accountList"_s);
        QCOMPARE(list->count(), 1);
        list->setCurrentRow(0);
        again.accountsEditor()->findChild<QPushButton*>(u"removeAccountButton"_s)->click();
        QVERIFY(again.save());
        QCOMPARE(AccountRepository(accountsPath).load()->size(), 0);
        QTRY_VERIFY(!secrets.contents().contains(imapSecretKey(u"abuse"_s)));
    }

    void showsCertificateFingerprints()
    {
        const QString hex = QString(64, u'a');
        QCOMPARE(CertificateTrustDialog::formatFingerprint(hex).size(), 32 * 2 + 31);
        CertificateTrustDialog dialog(u"abuse"_s, u"imap.provider.example"_s, hex);
        QVERIFY(dialog.findChild<QLabel*>(u"fingerprint"_s)->text().startsWith(u"AA:AA:"_s));
        CertificateTrustDialog::setNextAnswer(true);
        bool trusted = false;
        CertificateTrustDialog::ask(nullptr, u"a"_s, u"h"_s, hex, [&](bool t) { trusted = t; });
        QVERIFY(trusted);
        // Without the seam the dialog opens without a nested event loop and answers later.
        std::optional<bool> answer;
        CertificateTrustDialog::ask(nullptr, u"a"_s, u"h"_s, hex, [&](bool t) { answer = t; });
        QVERIFY(!answer);
        CertificateTrustDialog* shown = nullptr;
        QTRY_VERIFY(shown =
                        qobject_cast<CertificateTrustDialog*>(QApplication::activeModalWidget()));
        shown->reject();
        QCOMPARE(answer, std::optional<bool>(false));
    }
};

} // namespace mixdesk

MIXDESK_GUI_TEST_MAIN(mixdesk::SettingsDialogTest)
#include "SettingsDialogTest.moc"
