#include "ui/widgets/Feedback.h"

#include "app/storage/SettingsStore.h"

#include <QApplication>
#include <QTimer>
#include <QUrl>

#ifdef FB_HAVE_MULTIMEDIA
#include <QSoundEffect>
#endif

namespace fb {

namespace {

#ifdef FB_HAVE_MULTIMEDIA
class SoundEffectPlayer final : public SoundPlayer
{
public:
    void preload() override { effects(); }

    void play(FeedbackSound sound, double volume) override
    {
        effects();
        QSoundEffect *effect = sound == FeedbackSound::Accepted ? m_ok.get() : m_error.get();
        // A refusal cuts an accepted beep short: the last scan's verdict is the one to hear.
        if (sound == FeedbackSound::Refused)
            m_ok->stop();
        effect->setVolume(float(volume));
        effect->play();
    }

private:
    void effects()
    {
        if (m_ok)
            return;
        m_ok = std::make_unique<QSoundEffect>();
        m_ok->setSource(QUrl(QStringLiteral("qrc:/sounds/ok.wav")));
        m_error = std::make_unique<QSoundEffect>();
        m_error->setSource(QUrl(QStringLiteral("qrc:/sounds/error.wav")));
    }

    std::unique_ptr<QSoundEffect> m_ok;
    std::unique_ptr<QSoundEffect> m_error;
};
#else
class BellPlayer final : public SoundPlayer
{
public:
    void play(FeedbackSound sound, double) override
    {
        QApplication::beep();
        if (sound == FeedbackSound::Refused) {
            QTimer::singleShot(180, qApp, [] { QApplication::beep(); });
            QTimer::singleShot(360, qApp, [] { QApplication::beep(); });
        }
    }
};
#endif

} // namespace

std::unique_ptr<SoundPlayer> makeSystemSoundPlayer()
{
#ifdef FB_HAVE_MULTIMEDIA
    return std::make_unique<SoundEffectPlayer>();
#else
    return std::make_unique<BellPlayer>();
#endif
}

Feedback::Feedback(SettingsStore &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

Feedback::~Feedback() = default;

void Feedback::setPlayer(std::unique_ptr<SoundPlayer> player)
{
    m_player = std::move(player);
}

SoundPlayer &Feedback::player()
{
    if (!m_player)
        m_player = makeSystemSoundPlayer();
    return *m_player;
}

void Feedback::preload()
{
    if (!m_settings.boolValue(QString::fromLatin1(kMuteKey), false))
        player().preload();
}

void Feedback::play(FeedbackSound sound)
{
    ++(sound == FeedbackSound::Accepted ? m_accepted : m_refused);
    const int volume = std::clamp(m_settings.intValue(QString::fromLatin1(kVolumeKey), 80), 0, 100);
    const bool audible = volume > 0 && !m_settings.boolValue(QString::fromLatin1(kMuteKey), false);
    if (audible)
        player().play(sound, volume / 100.0);
    emit played(sound, audible);
}

} // namespace fb
