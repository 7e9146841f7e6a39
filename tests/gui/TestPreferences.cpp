// Settings → floor preferences: text size applied app-wide (and from the setting at start-up), sound volume and mute
// saved where Feedback reads them, language switched and saved, label settings saved with a live preview, and every
// control has an accessible name.

#include "app/core/Clock.h"
#include "app/services/Station.h"
#include "app/storage/Database.h"
#include "ui/labels/LabelSettings.h"
#include "ui/preferences/Appearance.h"
#include "ui/preferences/PreferencesPanel.h"
#include "ui/preferences/Translations.h"
#include "ui/widgets/Feedback.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fb;

namespace {

class CountingPlayer final : public SoundPlayer
{
public:
    void play(FeedbackSound, double volume) override { volumes << volume; }
    QList<double> volumes;
};

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void fontScaleParsing_data();
    void fontScaleParsing();
    void fontScaleAppliesToEveryWidget();
    void soundSettingsReachFeedback();
    void languageIsSavedAndApplied();
    void labelSettingsSavedWithPreview();
    void everyControlHasAnAccessibleName();
    void onlyAnAdminChangesThemAndEachChangeIsAudited();

private:
    static Actor admin()
    {
        return {QStringLiteral("A001"), QStringLiteral("Asha"), Role::Admin, QStringLiteral("ST01")};
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    std::unique_ptr<Station> m_station;
    Translations m_translations;
};

void TestPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto s = Station::open(m_dir->path(), m_clock);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    m_station = std::move(s).value();
}

void TestPreferences::cleanup()
{
    Appearance::applyFontScale(1.0);
    QVERIFY(m_translations.apply(QStringLiteral("en")).ok());
    m_station.reset();
    m_dir.reset();
}

void TestPreferences::fontScaleParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("scale");
    QTest::newRow("unset") << QString() << 1.0;
    QTest::newRow("factor") << QStringLiteral("1.5") << 1.5;
    QTest::newRow("percent") << QStringLiteral("125%") << 1.25;
    QTest::newRow("too big") << QStringLiteral("9") << 1.0;
    QTest::newRow("too small") << QStringLiteral("0.2") << 1.0;
    QTest::newRow("words") << QStringLiteral("large") << 1.0;
}

void TestPreferences::fontScaleParsing()
{
    QFETCH(QString, text);
    QFETCH(double, scale);
    SettingsStore &settings = m_station->settings();
    if (text.isEmpty())
        QVERIFY(settings.remove(QStringLiteral("ui.font_scale")).ok());
    else
        QVERIFY(settings.setValue(QStringLiteral("ui.font_scale"), text).ok());
    QCOMPARE(Appearance::fontScale(settings), scale);
}

void TestPreferences::fontScaleAppliesToEveryWidget()
{
    Appearance::applyFontScale(1.0);
    const double base = QApplication::font().pointSizeF();
    QVERIFY(base > 0);
    QLabel plain(QStringLiteral("x"));
    QLabel bold(QStringLiteral("x"));
    QFont f = bold.font();
    f.setBold(true); // a page's emphasis keeps following the application's size
    bold.setFont(f);

    PreferencesPanel panel(m_station->db(), m_station->settings(), m_clock, &m_translations);
    panel.setActor(admin());
    auto *combo = panel.findChild<QComboBox *>(QStringLiteral("fontScaleCombo"));
    QVERIFY(combo);
    QSignalSpy notes(&panel, &PreferencesPanel::notify);
    const int index = combo->findData(1.5);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);

    QCOMPARE(m_station->settings().value(QStringLiteral("ui.font_scale")), QStringLiteral("1.5"));
    QCOMPARE(QApplication::font().pointSizeF(), base * 1.5);
    QTRY_COMPARE(plain.font().pointSizeF(), base * 1.5);
    QTRY_COMPARE(bold.font().pointSizeF(), base * 1.5);
    QVERIFY(bold.font().bold());
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().at(1).toBool(), false);

    // At start-up main() applies what the setting says; the base is the desktop's font, not the scaled one.
    Appearance::applyFontScale(Appearance::fontScale(m_station->settings()));
    QCOMPARE(QApplication::font().pointSizeF(), base * 1.5);
    Appearance::applyFontScale(2.0);
    QCOMPARE(QApplication::font().pointSizeF(), base * 2.0);
}

void TestPreferences::soundSettingsReachFeedback()
{
    PreferencesPanel panel(m_station->db(), m_station->settings(), m_clock, &m_translations);
    panel.setActor(admin());
    auto *volume = panel.findChild<QSlider *>(QStringLiteral("volumeSlider"));
    auto *mute = panel.findChild<QCheckBox *>(QStringLiteral("muteCheck"));
    QVERIFY(volume && mute);
    QCOMPARE(volume->value(), 80); // Feedback's default

    Feedback feedback(m_station->settings());
    auto player = std::make_unique<CountingPlayer>();
    CountingPlayer *counted = player.get();
    feedback.setPlayer(std::move(player));
    QSignalSpy played(&feedback, &Feedback::played);

    volume->setValue(40);
    QCOMPARE(m_station->settings().value(QStringLiteral("feedback.volume")), QStringLiteral("40"));
    feedback.accepted();
    QCOMPARE(counted->volumes.size(), 1);
    QCOMPARE(counted->volumes.last(), 0.4);

    mute->setChecked(true);
    QCOMPARE(m_station->settings().value(QStringLiteral("feedback.mute")), QStringLiteral("true"));
    feedback.refused();
    QCOMPARE(played.size(), 2);
    QCOMPARE(played.last().at(1).toBool(), false); // requested, not audible
    QCOMPARE(counted->volumes.size(), 1);

    // The try-out buttons play through the panel's own Feedback, so they obey the same settings.
    mute->setChecked(false);
    auto *tryRefused = panel.findChild<QAbstractButton *>(QStringLiteral("testRefusedSoundButton"));
    QVERIFY(tryRefused);
    auto *panelFeedback = panel.findChild<Feedback *>();
    QVERIFY(panelFeedback);
    auto panelPlayer = std::make_unique<CountingPlayer>();
    CountingPlayer *panelCounted = panelPlayer.get();
    panelFeedback->setPlayer(std::move(panelPlayer));
    QTest::mouseClick(tryRefused, Qt::LeftButton);
    QCOMPARE(panelCounted->volumes.size(), 1);
    QCOMPARE(panelFeedback->refusedCount(), 1);
}

void TestPreferences::languageIsSavedAndApplied()
{
    PreferencesPanel panel(m_station->db(), m_station->settings(), m_clock, &m_translations);
    panel.setActor(admin());
    auto *combo = panel.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("en"));
    const int hi = combo->findData(QStringLiteral("hi"));
    QVERIFY(hi >= 0);
    combo->setCurrentIndex(hi);
    emit combo->activated(hi);
    QCOMPARE(m_station->settings().value(QStringLiteral("ui.language")), QStringLiteral("hi"));
    QCOMPARE(m_translations.language(), QStringLiteral("hi"));
    QCOMPARE(QCoreApplication::translate("fb::LoginWidget", "Log in"), QStringLiteral("लॉग इन करें"));
    // A panel built now is in Hindi.
    PreferencesPanel hindi(m_station->db(), m_station->settings(), m_clock, &m_translations);
    auto *mute = hindi.findChild<QCheckBox *>(QStringLiteral("muteCheck"));
    QVERIFY(mute);
    QVERIFY2(mute->text().contains(QStringLiteral("बंद")), qPrintable(mute->text()));
    QCOMPARE(hindi.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentData().toString(),
             QStringLiteral("hi"));
}

void TestPreferences::labelSettingsSavedWithPreview()
{
    PreferencesPanel panel(m_station->db(), m_station->settings(), m_clock, &m_translations);
    panel.setActor(admin());
    auto *width = panel.findChild<QDoubleSpinBox *>(QStringLiteral("labelWidthSpin"));
    auto *symbology = panel.findChild<QComboBox *>(QStringLiteral("labelSymbologyCombo"));
    auto *preview = panel.findChild<QLabel *>(QStringLiteral("labelPreview"));
    QVERIFY(width && symbology && preview);
    QVERIFY(!preview->pixmap().isNull());
    const int before = preview->pixmap().width();

    width->setValue(100);
    QCOMPARE(LabelSettings::load(m_station->settings()).widthMm, 100.0);
    QVERIFY(preview->pixmap().width() != before || preview->pixmap().height() != 0);
    const int qr = symbology->findData(int(LabelSettings::Symbology::QrCode));
    symbology->setCurrentIndex(qr);
    emit symbology->activated(qr);
    QCOMPARE(LabelSettings::load(m_station->settings()).symbology, LabelSettings::Symbology::QrCode);

    // Too small for Code 128: the preview says why instead of showing a label that will not scan.
    const int code128 = symbology->findData(int(LabelSettings::Symbology::Code128));
    symbology->setCurrentIndex(code128);
    emit symbology->activated(code128);
    width->setValue(15);
    QVERIFY(preview->pixmap().isNull());
    QVERIFY2(preview->text().contains(QStringLiteral("too small")), qPrintable(preview->text()));
}

void TestPreferences::everyControlHasAnAccessibleName()
{
    PreferencesPanel panel(m_station->db(), m_station->settings(), m_clock, &m_translations);
    panel.setActor(admin());
    QStringList missing;
    for (QWidget *w : panel.findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                             qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QSlider *>(w) ||
                             qobject_cast<QLineEdit *>(w);
        if (!control || qobject_cast<QLineEdit *>(w->parentWidget()) ||
            qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
            continue; // the line edit inside a spin box or combo box is named through its owner
        if (w->accessibleName().isEmpty())
            missing << w->objectName() + QStringLiteral(" (") + QString::fromLatin1(w->metaObject()->className()) +
                           u')';
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
}

void TestPreferences::onlyAnAdminChangesThemAndEachChangeIsAudited()
{
    // The page is hidden from other roles; the service refuses them anyway, and the control shows what is saved.
    PreferencesPanel panel(m_station->db(), m_station->settings(), m_clock, &m_translations);
    panel.setActor({QStringLiteral("S001"), QStringLiteral("Sunil"), Role::Supervisor, QStringLiteral("ST01")});
    auto *combo = panel.findChild<QComboBox *>(QStringLiteral("fontScaleCombo"));
    auto *volume = panel.findChild<QSlider *>(QStringLiteral("volumeSlider"));
    QVERIFY(combo && volume);
    QSignalSpy notes(&panel, &PreferencesPanel::notify);
    const int big = combo->findData(2.0);
    combo->setCurrentIndex(big);
    emit combo->activated(big);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().at(1).toBool(), true);
    QVERIFY2(notes.first().at(0).toString().contains(QStringLiteral("Admin")),
             qPrintable(notes.first().at(0).toString()));
    QVERIFY(m_station->settings().value(QStringLiteral("ui.font_scale")).isEmpty());
    QCOMPARE(combo->currentData().toDouble(), 1.0); // back to what is saved
    volume->setValue(10);
    QVERIFY(m_station->settings().value(QStringLiteral("feedback.volume")).isEmpty());
    QCOMPARE(volume->value(), 80);
    QSqlQuery audit(m_station->db().handle());
    QVERIFY(audit.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'settings.change'")) &&
            audit.next());
    QCOMPARE(audit.value(0).toInt(), 0);

    panel.setActor(admin());
    combo->setCurrentIndex(big);
    emit combo->activated(big);
    QCOMPARE(m_station->settings().value(QStringLiteral("ui.font_scale")), QStringLiteral("2"));
    QVERIFY(audit.exec(QStringLiteral("SELECT operator_code, subject, details FROM audit_log WHERE action = "
                                      "'settings.change'")) &&
            audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("A001"));
    QCOMPARE(audit.value(1).toString(), QStringLiteral("ui.font_scale"));
    QCOMPARE(audit.value(2).toString(), QStringLiteral("2"));
}

QTEST_MAIN(TestPreferences)
#include "TestPreferences.moc"
