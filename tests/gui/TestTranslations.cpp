// English and Hindi: the compiled translations are in the build, switching changes what the login screen and the
// navigation say, plural forms work, and every .ts entry is translated or explicitly marked as shown in English.

#include "TestData.h"
#include "app/core/Clock.h"
#include "app/services/OperatorService.h"
#include "app/services/Station.h"
#include "ui/preferences/Appearance.h"
#include "ui/preferences/Translations.h"
#include "ui/shell/LoginWidget.h"
#include "ui/shell/Page.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFontMetrics>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace fb;
using fb::test::sourcePath;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or one per numerus form
    bool unfinished = false;
    bool gone = false; // vanished / obsolete: no longer in the sources
    QString comment;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message") {
            out << m;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            m = TsMessage{};
            m.context = context;
        } else if (xml.name() == u"source") {
            m.source = xml.readElementText();
        } else if (xml.name() == u"translatorcomment") {
            m.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QStringView type = xml.attributes().value(QStringLiteral("type"));
            m.unfinished = type == u"unfinished";
            m.gone = type == u"vanished" || type == u"obsolete";
            QString text;
            QStringList forms;
            while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == u"translation")) {
                if (xml.isStartElement() && xml.name() == u"numerusform")
                    forms << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            m.translations = forms.isEmpty() ? (text.trimmed().isEmpty() ? QStringList() : QStringList{text}) : forms;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void hindiChangesTheLoginScreen();
    void navigationTitlesThroughTheFallbackContext();
    void englishPluralForms();
    void unknownLanguageKeepsTheCurrentOne();
    void settingChoosesTheLanguage();
    void everyEntryTranslatedOrMarked_data();
    void everyEntryTranslatedOrMarked();
    void everyHindiCharacterHasAGlyph();
    void cleanup();

private:
    Translations m_translations;
};

void TestTranslations::cleanup()
{
    QVERIFY(m_translations.apply(QStringLiteral("en")).ok());
}

void TestTranslations::hindiChangesTheLoginScreen()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto station = Station::open(dir.path(), clock);
    QVERIFY2(station.ok(), qPrintable(station.message()));
    OperatorService operators(station.value()->db(), station.value()->settings(), clock);
    QVERIFY(operators.createFirstAdmin(QStringLiteral("A001"), QStringLiteral("Asha"), QStringLiteral("1234")).ok());

    {
        LoginWidget english(operators);
        auto *button = english.findChild<QPushButton *>(QStringLiteral("loginButton"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Log in"));
    }
    const Status applied = m_translations.apply(QStringLiteral("hi"));
    QVERIFY2(applied.ok(), qPrintable(applied.message()));
    QCOMPARE(m_translations.language(), QStringLiteral("hi"));
    LoginWidget hindi(operators);
    auto *button = hindi.findChild<QPushButton *>(QStringLiteral("loginButton"));
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("लॉग इन करें"));
}

void TestTranslations::navigationTitlesThroughTheFallbackContext()
{
    QVERIFY(m_translations.apply(QStringLiteral("hi")).ok());
    // The titles come from a free function; lupdate files them under "fb", the code asks under "fb::Pages".
    const QList<PageSpec> pages = standardPages();
    QStringList titles;
    for (const PageSpec &p : pages)
        titles << p.title;
    QVERIFY2(titles.contains(QStringLiteral("इनवर्ड")), qPrintable(titles.join(u", ")));
    QVERIFY2(titles.contains(QStringLiteral("डिस्पैच")), qPrintable(titles.join(u", ")));
    QCOMPARE(QCoreApplication::translate("fb::Role", "Supervisor"), QStringLiteral("पर्यवेक्षक"));
    QCOMPARE(QCoreApplication::translate("fb::SyncHealth", "New CRM"), QStringLiteral("नया CRM"));
    // A private implementation class's strings, asked for under the public class.
    QCOMPARE(QCoreApplication::translate("fb::InwardService", "an earlier dispatch"), QStringLiteral("एक पिछला डिस्पैच"));
}

void TestTranslations::englishPluralForms()
{
    QVERIFY(m_translations.apply(QStringLiteral("en")).ok());
    QCOMPARE(QCoreApplication::translate("fb::InwardPage", "Total: %n unit(s)", nullptr, 1),
             QStringLiteral("Total: 1 unit"));
    QCOMPARE(QCoreApplication::translate("fb::InwardPage", "Total: %n unit(s)", nullptr, 3),
             QStringLiteral("Total: 3 units"));
}

void TestTranslations::unknownLanguageKeepsTheCurrentOne()
{
    QVERIFY(m_translations.apply(QStringLiteral("hi")).ok());
    const Status refused = m_translations.apply(QStringLiteral("fr"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("i18n.unknown"));
    QCOMPARE(m_translations.language(), QStringLiteral("hi"));
    QCOMPARE(QCoreApplication::translate("fb::LoginWidget", "Log in"), QStringLiteral("लॉग इन करें"));
    QVERIFY(m_translations.apply(QStringLiteral("en")).ok());
    QCOMPARE(QCoreApplication::translate("fb::LoginWidget", "Log in"), QStringLiteral("Log in"));
}

void TestTranslations::settingChoosesTheLanguage()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto station = Station::open(dir.path(), clock);
    QVERIFY2(station.ok(), qPrintable(station.message()));
    SettingsStore &settings = station.value()->settings();
    QCOMPARE(Translations::fromSettings(settings), QStringLiteral("en"));
    QVERIFY(settings.setValue(QStringLiteral("ui.language"), QStringLiteral("HI")).ok());
    QCOMPARE(Translations::fromSettings(settings), QStringLiteral("hi"));
    QVERIFY(settings.setValue(QStringLiteral("ui.language"), QStringLiteral("klingon")).ok());
    QCOMPARE(Translations::fromSettings(settings), QStringLiteral("en"));
}

void TestTranslations::everyEntryTranslatedOrMarked_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(sourcePath(QStringLiteral("resources/translations")));
    QTest::newRow("hi") << dir.filePath(QStringLiteral("floorbridge_hi.ts"));
    QTest::newRow("en") << dir.filePath(QStringLiteral("floorbridge_en.ts"));
}

void TestTranslations::everyEntryTranslatedOrMarked()
{
    QFETCH(QString, path);
    QString error;
    const QList<TsMessage> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    int translated = 0;
    QStringList problems;
    for (const TsMessage &m : messages) {
        if (m.gone)
            continue;
        const bool done = !m.unfinished && !m.translations.isEmpty() &&
                          std::all_of(m.translations.cbegin(), m.translations.cend(),
                                      [](const QString &t) { return !t.trimmed().isEmpty(); });
        if (done) {
            ++translated;
            // A translation keeps every placeholder of its source, or the numbers end up in the wrong place.
            QSet<QString> want = placeholders(m.source);
            for (const QString &t : m.translations) {
                QSet<QString> got = placeholders(t);
                if (got != want &&
                    !(want.contains(QStringLiteral("%n")) && got == (want - QSet<QString>{QStringLiteral("%n")})))
                    problems << QStringLiteral("%1: '%2' → '%3' changes the placeholders").arg(m.context, m.source, t);
            }
        } else if (!m.comment.startsWith(QStringLiteral("english:"))) {
            problems << QStringLiteral("%1: '%2' is neither translated nor marked 'english:'").arg(m.context, m.source);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    qInfo("%s: %d of %lld entries translated", qPrintable(QFileInfo(path).fileName()), translated,
          static_cast<long long>(messages.size()));
    if (path.endsWith(QStringLiteral("_hi.ts")))
        QVERIFY2(translated >= 200, "the Hindi translation lost most of its entries");
}

void TestTranslations::everyHindiCharacterHasAGlyph()
{
    // Without a Devanagari font every Hindi label is a row of empty boxes (install-deps.sh and the .deb bring
    // fonts-noto-core). Checked against the font the window uses, at both text sizes, with its fallbacks.
    QString error;
    const QList<TsMessage> messages =
        readTs(sourcePath(QStringLiteral("resources/translations/floorbridge_hi.ts")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<char32_t> characters;
    for (const TsMessage &m : messages) {
        for (const QString &t : m.translations) {
            for (char32_t c : t.toUcs4()) {
                if (!QChar::isSpace(c) && QChar::category(c) != QChar::Other_Control &&
                    QChar::category(c) != QChar::Other_Format)
                    characters << c;
            }
        }
    }
    QVERIFY2(characters.size() > 60, "the Hindi translation has hardly any characters");
    QVERIFY(m_translations.apply(QStringLiteral("hi")).ok());
    const QFont original = QApplication::font();
    for (const double scale : {1.0, 1.5}) { // default and large text
        Appearance::applyFontScale(scale);
        QWidget window; // a widget's font is the one every label, button and message of the window inherits
        const QFontMetrics metrics(window.font());
        QStringList missing;
        for (char32_t c : std::as_const(characters)) {
            if (!metrics.inFontUcs4(c))
                missing << QStringLiteral("U+%1 '%2'")
                               .arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'))
                               .arg(QString::fromUcs4(&c, 1));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("font '%1' at scale %2 has no glyph for %3 of %4 Hindi "
                                                              "characters, e.g. %5 — install fonts-noto-core")
                                                   .arg(window.font().family())
                                                   .arg(scale)
                                                   .arg(missing.size())
                                                   .arg(characters.size())
                                                   .arg(missing.mid(0, 8).join(QStringLiteral(", ")))));
    }
    QApplication::setFont(original);
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
