#pragma once

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

// Like QTEST_MAIN, but first moves HOME and the XDG folders into a temporary
// directory, so settings, profile and databases never touch the real user's.
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
        TestClass tc;                                                                              \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
