#include "GuiTestMain.h"

#include "respond/ComposeDialog.h"
#include "respond/TemplatesDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace mixdesk {

// The Templates dialog, driven by objectName: edit a bundled template and reset it,
// add the user's own (placeholders inserted), duplicate and delete it; every change
// lands in the user's template file, which the compose window and the CLI read.
class TemplatesDialogTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    template <typename T> static T* child(QWidget* parent, const QString& name)
    {
        T* w = parent->findChild<T*>(name);
        if (!w)
            qFatal("no %s", qPrintable(name));
        return w;
    }

    static QTreeWidgetItem* itemOf(QTreeWidget* tree, const QString& name, const QString& lang)
    {
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            if ((*it)->data(0, Qt::UserRole).toString() == name &&
                (*it)->data(0, Qt::UserRole + 1).toString() == lang)
                return *it;
        return nullptr;
    }

private slots:
    void editAndResetABundledTemplate()
    {
        const QString path = m_dir.filePath(u"edit.json"_s);
        TemplatesDialog dialog(path);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* tree = child<QTreeWidget>(&dialog, u"templateTree"_s);
        // Grouped by scenario, both languages of each.
        QCOMPARE(tree->topLevelItemCount(), ResponseTemplate::scenarios().size());
        QTreeWidgetItem* item = itemOf(tree, u"copyright"_s, u"de"_s);
        QVERIFY(item);
        QCOMPARE(item->text(2), u"bundled"_s);
        tree->setCurrentItem(item);
        QCOMPARE(dialog.currentName(), u"copyright"_s);
        auto* save = child<QPushButton>(&dialog, u"saveTemplateButton"_s);
        auto* reset = child<QPushButton>(&dialog, u"resetTemplateButton"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(!reset->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, u"deleteTemplateButton"_s)->isEnabled());
        QVERIFY(child<QLineEdit>(&dialog, u"templateNameEdit"_s)->isReadOnly());

        QSignalSpy changed(&dialog, &TemplatesDialog::templatesChanged);
        auto* subject = child<QLineEdit>(&dialog, u"templateSubjectEdit"_s);
        subject->setText(u"Urheberrecht "_s);
        subject->setFocus();
        subject->end(false);
        // The placeholder goes where the cursor is, in the subject that had focus.
        auto* placeholders = child<QListWidget>(&dialog, u"placeholderList"_s);
        placeholders->setCurrentItem(
            placeholders->findItems(u"{ticket_id}"_s, Qt::MatchExactly).value(0));
        QTest::mouseClick(child<QPushButton>(&dialog, u"insertPlaceholderButton"_s),
                          Qt::LeftButton);
        QCOMPARE(subject->text(), u"Urheberrecht {ticket_id}"_s);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(changed.size(), 1);

        TemplateLibrary written(path);
        QVERIFY(written.load().ok());
        QCOMPARE(written.find(u"copyright"_s, u"de"_s)->subject, u"Urheberrecht {ticket_id}"_s);
        QCOMPARE(itemOf(tree, u"copyright"_s, u"de"_s)->text(2), u"edited"_s);
        QVERIFY(reset->isEnabled());
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(changed.size(), 2);
        QVERIFY(written.load().ok());
        QVERIFY(written.find(u"copyright"_s, u"de"_s)->builtIn);
        QCOMPARE(subject->text(), written.find(u"copyright"_s, u"de"_s)->subject);
        QCOMPARE(itemOf(tree, u"copyright"_s, u"de"_s)->text(2), u"bundled"_s);
    }

    void addDuplicateAndDeleteTheUsersOwn()
    {
        const QString path = m_dir.filePath(u"own.json"_s);
        TemplatesDialog dialog(path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tree = child<QTreeWidget>(&dialog, u"templateTree"_s);
        auto* newName = child<QLineEdit>(&dialog, u"newTemplateNameEdit"_s);
        auto* scenario = child<QComboBox>(&dialog, u"newTemplateScenarioCombo"_s);
        auto* language = child<QComboBox>(&dialog, u"newTemplateLanguageCombo"_s);
        auto* add = child<QPushButton>(&dialog, u"addTemplateButton"_s);

        // A bad name is refused with a reason.
        newName->setText(u"Mein Text"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(child<QLabel>(&dialog, u"templateErrorLabel"_s)->isVisible());
        QVERIFY(!itemOf(tree, u"Mein Text"_s, u"de"_s));

        newName->setText(u"webmail-short"_s);
        scenario->setCurrentIndex(scenario->findData(u"webmail-spam"_s));
        language->setCurrentIndex(language->findData(u"de"_s));
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(!child<QLabel>(&dialog, u"templateErrorLabel"_s)->isVisible());
        QTreeWidgetItem* own = itemOf(tree, u"webmail-short"_s, u"de"_s);
        QVERIFY(own);
        QCOMPARE(own->text(2), u"own"_s);
        QCOMPARE(own->parent()->text(0), ComposeDialog::templateDisplayName(u"webmail-spam"_s));
        QCOMPARE(tree->currentItem(), own);
        // It starts from the bundled text of its scenario and language.
        auto* body = child<QPlainTextEdit>(&dialog, u"templateBodyEdit"_s);
        QVERIFY(body->toPlainText().contains(u"Sehr geehrte"_s));
        QVERIFY(!child<QLineEdit>(&dialog, u"templateNameEdit"_s)->isReadOnly());
        QVERIFY(child<QPushButton>(&dialog, u"deleteTemplateButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, u"resetTemplateButton"_s)->isEnabled());
        body->setPlainText(u"Bitte sperren Sie {account}.\n"_s);

        // Moving on keeps the edits.
        QTest::mouseClick(child<QPushButton>(&dialog, u"duplicateTemplateButton"_s),
                          Qt::LeftButton);
        QCOMPARE(dialog.currentName(), u"webmail-short-copy"_s);
        TemplateLibrary written(path);
        QVERIFY(written.load().ok());
        QCOMPARE(written.find(u"webmail-short"_s, u"de"_s)->body,
                 u"Bitte sperren Sie {account}.\n"_s);
        QCOMPARE(written.find(u"webmail-short-copy"_s, u"de"_s)->body,
                 u"Bitte sperren Sie {account}.\n"_s);
        QCOMPARE(written.find(u"webmail-short-copy"_s, u"de"_s)->effectiveScenario(),
                 u"webmail-spam"_s);

        // Renamed when saved.
        auto* name = child<QLineEdit>(&dialog, u"templateNameEdit"_s);
        name->setText(u"webmail-brief"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"saveTemplateButton"_s), Qt::LeftButton);
        QVERIFY(itemOf(tree, u"webmail-brief"_s, u"de"_s));
        QVERIFY(!itemOf(tree, u"webmail-short-copy"_s, u"de"_s));

        // The compose window's choice offers them at once.
        ComposeDialog compose(
            {}, ResponseComposer({}, ProviderDirectory(m_dir.filePath(u"p.json"_s)), {}),
            TemplateLibrary(m_dir.filePath(u"none.json"_s)));
        QVERIFY(compose.templateCombo()->findData(u"webmail-brief"_s) < 0);
        compose.setTemplates(dialog.library());
        QVERIFY(compose.templateCombo()->findData(u"webmail-brief"_s) >= 0);

        QTest::mouseClick(child<QPushButton>(&dialog, u"deleteTemplateButton"_s), Qt::LeftButton);
        QVERIFY(!itemOf(tree, u"webmail-brief"_s, u"de"_s));
        QVERIFY(written.load().ok());
        QVERIFY(!written.find(u"webmail-brief"_s, u"de"_s));
        QVERIFY(written.find(u"webmail-short"_s, u"de"_s));
    }
};

} // namespace mixdesk

MIXDESK_GUI_TEST_MAIN(mixdesk::TemplatesDialogTest)
#include "TemplatesDialogTest.moc"
