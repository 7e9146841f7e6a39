#include "ui/preferences/PreferencesPanel.h"

#include "app/storage/SettingsStore.h"
#include "ui/labels/LabelRenderer.h"
#include "ui/preferences/Appearance.h"
#include "ui/preferences/Translations.h"
#include "ui/widgets/Feedback.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace fb {

namespace {
const QList<double> kScales{1.0, 1.25, 1.5, 1.75, 2.0};
} // namespace

PreferencesPanel::PreferencesPanel(Database &db, SettingsStore &settings, const Clock &clock,
                                   Translations *translations, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_service(db, settings, clock)
    , m_translations(translations)
    , m_feedback(new Feedback(settings, this))
{
    setObjectName(QStringLiteral("preferencesPanel"));
    auto *outer = new QVBoxLayout(this);

    auto *display = new QGroupBox(tr("Language and text"), this);
    auto *displayForm = new QFormLayout(display);
    m_language = new QComboBox(display);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    for (const QString &code : Translations::languages())
        m_language->addItem(Translations::languageName(code), code);
    displayForm->addRow(tr("&Language"), m_language);
    m_fontScale = new QComboBox(display);
    m_fontScale->setObjectName(QStringLiteral("fontScaleCombo"));
    m_fontScale->setAccessibleName(tr("Text size"));
    for (double s : kScales)
        m_fontScale->addItem(tr("%1 %").arg(qRound(s * 100)), s);
    displayForm->addRow(tr("&Text size"), m_fontScale);
    outer->addWidget(display);

    auto *sound = new QGroupBox(tr("Scan sounds"), this);
    auto *soundForm = new QFormLayout(sound);
    auto *volumeRow = new QHBoxLayout;
    m_volume = new QSlider(Qt::Horizontal, sound);
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setAccessibleName(tr("Sound volume"));
    m_volume->setRange(0, 100);
    m_volume->setSingleStep(5);
    m_volume->setPageStep(20);
    m_volumeValue = new QLabel(sound);
    m_volumeValue->setObjectName(QStringLiteral("volumeValue"));
    m_volumeValue->setMinimumWidth(m_volumeValue->fontMetrics().horizontalAdvance(QStringLiteral("100 %")));
    volumeRow->addWidget(m_volume, 1);
    volumeRow->addWidget(m_volumeValue);
    auto *volumeLabel = new QLabel(tr("&Volume"), sound); // a row of a layout gets no buddy, so "&" would show
    volumeLabel->setBuddy(m_volume);
    soundForm->addRow(volumeLabel, volumeRow);
    m_mute = new QCheckBox(tr("&Mute scan sounds"), sound);
    m_mute->setObjectName(QStringLiteral("muteCheck"));
    m_mute->setAccessibleName(tr("Mute scan sounds"));
    soundForm->addRow(QString(), m_mute);
    auto *tryRow = new QHBoxLayout;
    m_testAccepted = new QPushButton(tr("Play &accepted sound"), sound);
    m_testAccepted->setObjectName(QStringLiteral("testAcceptedSoundButton"));
    m_testAccepted->setAccessibleName(tr("Play the accepted-scan sound"));
    m_testRefused = new QPushButton(tr("Play &refused sound"), sound);
    m_testRefused->setObjectName(QStringLiteral("testRefusedSoundButton"));
    m_testRefused->setAccessibleName(tr("Play the refused-scan sound"));
    tryRow->addWidget(m_testAccepted);
    tryRow->addWidget(m_testRefused);
    tryRow->addStretch();
    soundForm->addRow(QString(), tryRow);
    outer->addWidget(sound);

    auto *labels = new QGroupBox(tr("Serial labels"), this);
    auto *labelRow = new QHBoxLayout(labels);
    auto *labelForm = new QFormLayout;
    m_labelWidth = new QDoubleSpinBox(labels);
    m_labelWidth->setObjectName(QStringLiteral("labelWidthSpin"));
    m_labelWidth->setAccessibleName(tr("Label width in millimetres"));
    m_labelHeight = new QDoubleSpinBox(labels);
    m_labelHeight->setObjectName(QStringLiteral("labelHeightSpin"));
    m_labelHeight->setAccessibleName(tr("Label height in millimetres"));
    for (QDoubleSpinBox *spin : {m_labelWidth, m_labelHeight}) {
        spin->setRange(10, 300);
        spin->setDecimals(1);
        spin->setSuffix(tr(" mm"));
    }
    labelForm->addRow(tr("&Width"), m_labelWidth);
    labelForm->addRow(tr("&Height"), m_labelHeight);
    m_symbology = new QComboBox(labels);
    m_symbology->setObjectName(QStringLiteral("labelSymbologyCombo"));
    m_symbology->setAccessibleName(tr("Barcode type"));
    m_symbology->addItem(tr("Code 128"), int(LabelSettings::Symbology::Code128));
    m_symbology->addItem(tr("QR Code"), int(LabelSettings::Symbology::QrCode));
    m_symbology->addItem(tr("Data Matrix"), int(LabelSettings::Symbology::DataMatrix));
    labelForm->addRow(tr("&Barcode"), m_symbology);
    m_layout = new QComboBox(labels);
    m_layout->setObjectName(QStringLiteral("labelLayoutCombo"));
    m_layout->setAccessibleName(tr("Label layout"));
    m_layout->addItem(tr("Automatic"), int(LabelSettings::Layout::Auto));
    m_layout->addItem(tr("Barcode above text"), int(LabelSettings::Layout::Stacked));
    m_layout->addItem(tr("Code beside text"), int(LabelSettings::Layout::Side));
    labelForm->addRow(tr("La&yout"), m_layout);
    labelRow->addLayout(labelForm);
    m_preview = new QLabel(labels);
    m_preview->setObjectName(QStringLiteral("labelPreview"));
    m_preview->setAccessibleName(tr("Label preview"));
    m_preview->setFrameShape(QFrame::Box);
    m_preview->setAlignment(Qt::AlignCenter);
    labelRow->addWidget(m_preview, 1);
    outer->addWidget(labels);
    outer->addStretch();

    reload();
    connect(m_language, &QComboBox::activated, this, &PreferencesPanel::onLanguageChosen);
    connect(m_fontScale, &QComboBox::activated, this, &PreferencesPanel::onFontScaleChosen);
    connect(m_volume, &QSlider::valueChanged, this, &PreferencesPanel::onSoundChanged);
    connect(m_mute, &QCheckBox::toggled, this, &PreferencesPanel::onSoundChanged);
    connect(m_testAccepted, &QPushButton::clicked, m_feedback, &Feedback::accepted);
    connect(m_testRefused, &QPushButton::clicked, m_feedback, &Feedback::refused);
    for (QDoubleSpinBox *spin : {m_labelWidth, m_labelHeight})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &PreferencesPanel::onLabelChanged);
    connect(m_symbology, &QComboBox::activated, this, &PreferencesPanel::onLabelChanged);
    connect(m_layout, &QComboBox::activated, this, &PreferencesPanel::onLabelChanged);
}

void PreferencesPanel::reload()
{
    m_loading = true;
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translations::fromSettings(m_settings))));
    const double scale = Appearance::fontScale(m_settings);
    int best = 0;
    for (int i = 0; i < kScales.size(); ++i) {
        if (std::abs(kScales[i] - scale) < std::abs(kScales[best] - scale))
            best = i;
    }
    m_fontScale->setCurrentIndex(best);
    m_volume->setValue(std::clamp(m_settings.intValue(QString::fromLatin1(Feedback::kVolumeKey), 80), 0, 100));
    m_volumeValue->setText(tr("%1 %").arg(m_volume->value()));
    m_mute->setChecked(m_settings.boolValue(QString::fromLatin1(Feedback::kMuteKey), false));
    const LabelSettings label = LabelSettings::load(m_settings);
    m_labelWidth->setValue(label.widthMm);
    m_labelHeight->setValue(label.heightMm);
    m_symbology->setCurrentIndex(m_symbology->findData(int(label.symbology)));
    m_layout->setCurrentIndex(m_layout->findData(int(label.layout)));
    m_loading = false;
    updatePreview();
}

void PreferencesPanel::onLanguageChosen()
{
    const QString code = m_language->currentData().toString();
    if (!saved(m_service.set(m_actor, QString::fromLatin1(Translations::kLanguageKey), code)))
        return;
    if (m_translations) {
        if (Status s = m_translations->apply(code); !s) {
            emit notify(s.message(), true);
            return;
        }
    }
    emit notify(tr("Language set to %1. Pages opened from now on use it; restart Floorbridge to change all of them.")
                    .arg(Translations::languageName(code)),
                false);
}

void PreferencesPanel::onFontScaleChosen()
{
    const double scale = m_fontScale->currentData().toDouble();
    if (!saved(m_service.set(m_actor, QString::fromLatin1(Appearance::kFontScaleKey), QString::number(scale))))
        return;
    Appearance::applyFontScale(scale);
    emit notify(tr("Text size set to %1 %.").arg(qRound(scale * 100)), false);
}

void PreferencesPanel::onSoundChanged()
{
    m_volumeValue->setText(tr("%1 %").arg(m_volume->value()));
    if (m_loading)
        return;
    const int volume = m_volume->value();
    const bool mute = m_mute->isChecked();
    saved(m_service.change(
        m_actor, QStringLiteral("sounds"),
        QStringLiteral("volume %1%2").arg(volume).arg(mute ? QStringLiteral(", muted") : QString()),
        [&](SettingsStore &store) -> Status {
            if (Status s = store.setValue(QString::fromLatin1(Feedback::kVolumeKey), QString::number(volume)); !s)
                return s;
            return store.setValue(QString::fromLatin1(Feedback::kMuteKey),
                                  mute ? QStringLiteral("true") : QStringLiteral("false"));
        }));
}

void PreferencesPanel::onLabelChanged()
{
    if (m_loading)
        return;
    LabelSettings label;
    label.widthMm = m_labelWidth->value();
    label.heightMm = m_labelHeight->value();
    label.symbology = LabelSettings::Symbology(m_symbology->currentData().toInt());
    label.layout = LabelSettings::Layout(m_layout->currentData().toInt());
    const QString details = QStringLiteral("%1 x %2 mm, symbology %3, layout %4")
                                .arg(label.widthMm)
                                .arg(label.heightMm)
                                .arg(int(label.symbology))
                                .arg(int(label.layout));
    if (!saved(m_service.change(m_actor, QStringLiteral("label"), details,
                                [&](SettingsStore &store) { return label.save(store); })))
        return;
    updatePreview();
}

bool PreferencesPanel::saved(const Status &status)
{
    if (status)
        return true;
    emit notify(status.message(), true);
    reload();
    return false;
}

void PreferencesPanel::updatePreview()
{
    const LabelData sample{QStringLiteral("CGSTV322509251001"), QStringLiteral("CGSTV32"),
                           tr("32-inch HD Smart LED TV"), QDate(2025, 9, 25)};
    auto image = LabelRenderer(LabelSettings::load(m_settings)).renderImage(sample, 203);
    if (!image) {
        m_preview->setPixmap({});
        m_preview->setText(image.message());
        m_preview->setWordWrap(true);
        return;
    }
    m_preview->setText({});
    m_preview->setPixmap(
        QPixmap::fromImage(image->scaledToWidth(std::min(360, image->width() * 2), Qt::SmoothTransformation)));
}

} // namespace fb
