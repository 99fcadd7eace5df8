#include "settings/SettingsDialog.h"
#include "GuiTestMain.h"
#include "profile/ProfileStore.h"
#include "settings/AddressValidation.h"
#include "settings/ExitTableModel.h"
#include "settings/ProfileEditor.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>

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
};

} // namespace mixdesk

MIXDESK_GUI_TEST_MAIN(mixdesk::SettingsDialogTest)
#include "SettingsDialogTest.moc"
