#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace mixdesk {

// Switches the UI language at run time: removes the old translators, installs
// ours (embedded mixdesk_XX.qm) plus Qt's qtbase_XX.qm (standard buttons),
// remembers the choice in QSettings and tells every widget right away.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    // Language codes the UI offers ("en", "de"), in menu order.
    static QStringList availableLanguages();
    // The endonym shown in the Language menu ("English", "Deutsch"): never translated.
    static QString nativeName(const QString& code);

    QString currentLanguage() const { return m_current; }
    // The persisted choice, or the system language when it is available, else English.
    static QString preferredLanguage();

    // Installs `code`'s translations, persists the choice and emits languageChanged().
    // Returns false (and changes nothing) for an unknown code.
    bool setLanguage(const QString& code);
    // Installs the preferred language (at start-up).
    void applyPreferred();

signals:
    void languageChanged(const QString& code);

private:
    void removeTranslators();
    void retranslateNow();

    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_current = QStringLiteral("en");
};

} // namespace mixdesk
