#pragma once
// The application's language (setting ui.language = en | hi): installs Floorbridge's compiled translations
// (:/i18n/floorbridge_<lang>.qm, built from resources/translations/*.ts) and Qt's own, replacing the previous ones.

#include "app/core/Result.h"

#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace fb {

class SettingsStore;

// lupdate files strings from free helper functions under the namespace ("fb") while the code asks for them under
// its own context ("fb::Pages"): look there too, so every translated string is found.
class FallbackTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

class Translations
{
public:
    Translations();
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    static constexpr const char *kLanguageKey = "ui.language";
    static QStringList languages();                   // {"en", "hi"}
    static QString languageName(const QString &code); // in its own script: "English", "हिन्दी"
    // ui.language, or "en" when unset or not one of languages().
    static QString fromSettings(const SettingsStore &settings);

    // Refused (i18n.unknown) for a language Floorbridge has no translation for; the previous one stays.
    Status apply(const QString &language);
    QString language() const { return m_language; }

private:
    void removeAll();

    QString m_language = QStringLiteral("en");
    std::unique_ptr<FallbackTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace fb
