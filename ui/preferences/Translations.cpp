#include "ui/preferences/Translations.h"

#include "app/storage/SettingsStore.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace fb {

QString FallbackTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                      int n) const
{
    QString found = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!found.isNull() || !context)
        return found;
    found = QTranslator::translate("fb", sourceText, disambiguation, n);
    if (!found.isNull())
        return found;
    // Private implementation classes ("fb::InwardService::Impl") translate under the public class's name.
    const QByteArray impl = QByteArray(context) + "::Impl";
    return QTranslator::translate(impl.constData(), sourceText, disambiguation, n);
}

Translations::Translations() = default;

Translations::~Translations()
{
    removeAll();
}

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("hi")};
}

QString Translations::languageName(const QString &code)
{
    if (code == u"hi")
        return QStringLiteral("हिन्दी (Hindi)");
    return QStringLiteral("English");
}

QString Translations::fromSettings(const SettingsStore &settings)
{
    const QString code = settings.value(QString::fromLatin1(kLanguageKey)).trimmed().toLower();
    return languages().contains(code) ? code : QStringLiteral("en");
}

void Translations::removeAll()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

Status Translations::apply(const QString &language)
{
    if (!languages().contains(language)) {
        return makeError(
            QCoreApplication::translate("fb::Translations", "There is no %1 translation of Floorbridge; choose %2.")
                .arg(language, languages().join(QStringLiteral(" or "))),
            QString::fromLatin1(kLanguageKey), QStringLiteral("i18n.unknown"));
    }
    auto app = std::make_unique<FallbackTranslator>();
    // English needs its file too: it holds the plural forms ("1 serial", "2 serials").
    if (!app->load(QStringLiteral(":/i18n/floorbridge_%1.qm").arg(language))) {
        return makeError(
            QCoreApplication::translate("fb::Translations", "The %1 translation is missing from this build.")
                .arg(languageName(language)),
            QString::fromLatin1(kLanguageKey), QStringLiteral("i18n.missing"));
    }
    removeAll();
    m_app = std::move(app);
    QCoreApplication::installTranslator(m_app.get());
    // Qt's own dialogs (print, file) in the same language when qt6-translations-l10n is installed.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qt = std::move(qt);
        QCoreApplication::installTranslator(m_qt.get());
    }
    m_language = language;
    return Ok{};
}

} // namespace fb
