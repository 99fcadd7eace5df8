#pragma once

#include "store/StoreThreadGuard.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// Like QTEST_MAIN, but first moves HOME and the XDG folders into a temporary
// directory, so settings, profile and databases never touch the real user's. The GUI
// thread may not query the database (as in the app): a test that made it do so
// fails here, after its functions ran. Test set-up that fills a database directly
// does so inside a test::DirectDatabaseAccess scope.
#define MIXDESK_GUI_TEST_MAIN(TestClass)                                                           \
    int main(int argc, char* argv[])                                                               \
    {                                                                                              \
        QTemporaryDir home;                                                                        \
        qputenv("HOME", home.path().toUtf8());                                                     \
        qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());            \
        qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());                \
        qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toUtf8());              \
        qputenv("LANG", "C.UTF-8");                                                                \
        qputenv("LANGUAGE", "");                                                                   \
        QApplication app(argc, argv);                                                              \
        QApplication::setOrganizationName(QStringLiteral("MixDesk"));                              \
        QApplication::setApplicationName(QStringLiteral("mixdesk"));                               \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        mixdesk::StoreThreadGuard::forbid(QThread::currentThread());                               \
        TestClass tc;                                                                              \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        const int failed = QTest::qExec(&tc, argc, argv);                                          \
        if (mixdesk::StoreThreadGuard::violations() > 0) {                                         \
            qCritical("FAIL: the GUI thread ran %d database queries",                              \
                      mixdesk::StoreThreadGuard::violations());                                    \
            return failed + 1;                                                                     \
        }                                                                                          \
        return failed;                                                                             \
    }
