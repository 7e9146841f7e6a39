#pragma once
// What a packer hears after a scan: a short rising beep for accepted, a low harsh buzz for refused — distinct, so a
// refusal is noticed without looking. Volume and mute are station settings (feedback.volume 0–100, feedback.mute).
// The sound itself goes through a SoundPlayer, so tests count sounds without audio hardware.

#include <QObject>

#include <memory>

namespace fb {

class SettingsStore;

enum class FeedbackSound { Accepted, Refused };

class SoundPlayer
{
public:
    virtual ~SoundPlayer() = default;
    // Loads the sounds now, so the first scan of the day is not silent while they load.
    virtual void preload() {}
    // `volume` 0.0–1.0.
    virtual void play(FeedbackSound sound, double volume) = 0;
};

// Qt Multimedia's QSoundEffect over :/sounds/ok.wav and :/sounds/error.wav when the build has it, else the desktop
// bell (once for accepted, three times for refused).
std::unique_ptr<SoundPlayer> makeSystemSoundPlayer();

class Feedback : public QObject
{
    Q_OBJECT

public:
    explicit Feedback(SettingsStore &settings, QObject *parent = nullptr);
    ~Feedback() override;

    void accepted() { play(FeedbackSound::Accepted); }
    void refused() { play(FeedbackSound::Refused); }
    void play(FeedbackSound sound);
    void preload();

    // Replaces the player (tests: a counting player). The system player is only built when first needed.
    void setPlayer(std::unique_ptr<SoundPlayer> player);

    int acceptedCount() const { return m_accepted; }
    int refusedCount() const { return m_refused; }

    static constexpr const char *kVolumeKey = "feedback.volume";
    static constexpr const char *kMuteKey = "feedback.mute";

signals:
    // Every sound requested, muted or not (`audible` false when feedback.mute is on or the volume is 0).
    void played(fb::FeedbackSound sound, bool audible);

private:
    SoundPlayer &player();
    SettingsStore &m_settings;
    std::unique_ptr<SoundPlayer> m_player;
    int m_accepted = 0;
    int m_refused = 0;
};

} // namespace fb
