#include "i18n/LanguageManager.h"

#include "util/Logging.h"

#include <QApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace mixdesk {
namespace {
const auto kSettingsKey = u"ui/language"_s;
} // namespace

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::availableLanguages()
{
    return {u"en"_s, u"de"_s};
}

QString LanguageManager::nativeName(const QString& code)
{
    if (code == u"de")
        return u"Deutsch"_s;
    return u"English"_s;
}

QString LanguageManager::preferredLanguage()
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    if (availableLanguages().contains(saved))
        return saved;
    const QString system = QLocale::system().name().section(u'_', 0, 0);
    return availableLanguages().contains(system) ? system : u"en"_s;
}

void LanguageManager::applyPreferred()
{
    setLanguage(preferredLanguage());
}

bool LanguageManager::setLanguage(const QString& code)
{
    if (!availableLanguages().contains(code))
        return false;
    removeTranslators();

    // English is the source language, but its .qm carries the plural forms
    // ("%n notice(s)"), so it is installed as well.
    auto app = std::make_unique<QTranslator>();
    if (app->load(u"mixdesk_"_s + code, u":/i18n"_s)) {
        QCoreApplication::installTranslator(app.get());
        m_appTranslator = std::move(app);
    } else {
        qCWarning(lcUi) << "no embedded translation for" << code;
    }
    if (code != u"en") {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qtTranslator = std::move(qt);
        } else {
            qCInfo(lcUi) << "Qt's own translation for" << code << "is not installed";
        }
    }
    m_current = code;
    QLocale::setDefault(QLocale(code));
    QSettings().setValue(kSettingsKey, code);
    retranslateNow();
    emit languageChanged(code);
    return true;
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

void LanguageManager::retranslateNow()
{
    // installTranslator() only queues LanguageChange (and not at all before exec()),
    // so deliver it synchronously: callers and tests see the new texts at once.
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        return;
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget* widget : widgets) {
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(widget, &event);
    }
}

} // namespace mixdesk
