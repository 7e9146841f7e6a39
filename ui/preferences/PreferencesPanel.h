#pragma once
// Settings for working on the floor: language, text size, scan sounds (volume, mute, try them) and the serial label
// (size, barcode, layout, with a preview). Changes are saved to the station settings and take effect at once; saving is
// an admin action, checked by StationSettingsService (a refused change puts the control back to the saved value).

#include "app/domain/Actor.h"
#include "app/services/StationSettingsService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;

namespace fb {

class Clock;
class Database;
class Feedback;
class SettingsStore;
class Translations;

class PreferencesPanel : public QWidget
{
    Q_OBJECT

public:
    // `translations` may be null (the language is then only saved, for the next start).
    PreferencesPanel(Database &db, SettingsStore &settings, const Clock &clock, Translations *translations,
                     QWidget *parent = nullptr);

    // Who changes the settings: the service refuses everyone but admins.
    void setActor(const Actor &actor) { m_actor = actor; }

    // Re-reads the settings into the controls (another process may have changed them).
    void reload();

signals:
    // For the status line: what was saved, or why not.
    void notify(const QString &text, bool isError);

private:
    void onLanguageChosen();
    void onFontScaleChosen();
    void onSoundChanged();
    void onLabelChanged();
    void updatePreview();
    bool saved(const Status &status); // notifies a refusal and puts the controls back to what is saved

    SettingsStore &m_settings;
    StationSettingsService m_service;
    Actor m_actor;
    Translations *m_translations;
    Feedback *m_feedback = nullptr;
    bool m_loading = false;
    QComboBox *m_language = nullptr;
    QComboBox *m_fontScale = nullptr;
    QSlider *m_volume = nullptr;
    QLabel *m_volumeValue = nullptr;
    QCheckBox *m_mute = nullptr;
    QPushButton *m_testAccepted = nullptr;
    QPushButton *m_testRefused = nullptr;
    QDoubleSpinBox *m_labelWidth = nullptr;
    QDoubleSpinBox *m_labelHeight = nullptr;
    QComboBox *m_symbology = nullptr;
    QComboBox *m_layout = nullptr;
    QLabel *m_preview = nullptr;
};

} // namespace fb
