#include "ui/scanner/KeyboardWedge.h"

#include "app/core/Clock.h"

#include <QApplication>
#include <QScopedValueRollback>

#include <algorithm>

namespace fb {

namespace {
constexpr char16_t kGs = 0x1D; // scanners type GS1's separator as Ctrl+]

// A modifier pressed on its own is part of how a character is typed, not a key of the code: a US-layout scanner wraps
// every upper-case letter in Shift down / Shift up, and some send Ctrl or AltGr around others.
bool isModifierKey(int key)
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Hyper_L:
    case Qt::Key_Hyper_R:
    case Qt::Key_Mode_switch:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
    case Qt::Key_ScrollLock:
        return true;
    default:
        return false;
    }
}

// The key's letter if it is one letter with an upper and a lower case; a null QChar otherwise.
QChar casedLetter(const QString &text)
{
    return text.size() == 1 && text.at(0).toUpper() != text.at(0).toLower() ? text.at(0) : QChar();
}
} // namespace

KeyboardWedge::KeyboardWedge(ScannerSettings::Wedge settings, const ScanDecoder &decoder, const Clock &clock,
                             QObject *parent)
    : ScanSource(QStringLiteral("wedge"), clock, parent)
    , m_settings(settings)
{
    setDecoder(decoder);
    m_holdTimer.setSingleShot(true);
    m_holdTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire early and hold a typed key twice as long
    m_holdTimer.setInterval(m_settings.maxInterKeyMs + 1);
    connect(&m_holdTimer, &QTimer::timeout, this, &KeyboardWedge::onHoldTimeout);
}

KeyboardWedge::~KeyboardWedge()
{
    if (m_installed && qApp)
        qApp->removeEventFilter(this);
}

void KeyboardWedge::start()
{
    if (!m_installed) {
        qApp->installEventFilter(this);
        m_installed = true;
    }
    setState(State::Connected, tr("Keyboard scanner ready: scan on any scanning page."));
}

void KeyboardWedge::stop()
{
    replayPending();
    if (m_installed) {
        qApp->removeEventFilter(this);
        m_installed = false;
    }
    setState(State::Disconnected, tr("Keyboard scanner off."));
}

void KeyboardWedge::setSettings(const ScannerSettings::Wedge &settings)
{
    replayPending();
    m_settings = settings;
    m_holdTimer.setInterval(m_settings.maxInterKeyMs + 1);
}

void KeyboardWedge::setActive(bool active)
{
    if (!active)
        replayPending();
    m_active = active;
}

bool KeyboardWedge::capturing(QWidget *receiver) const
{
    if (!m_active || (m_predicate && !m_predicate()))
        return false;
    // A supervisor typing in a dialog is never captured, however fast they type.
    if (QApplication::activeModalWidget())
        return false;
    const QWidget *window = receiver->window();
    if (m_scanWindow)
        return window == m_scanWindow;
    return window->windowType() != Qt::Dialog && window->windowType() != Qt::Popup;
}

bool KeyboardWedge::isBurstCharacter(const QKeyEvent *event) const
{
    if (event->isAutoRepeat() || event->text().size() != 1)
        return false;
    const QChar c = event->text().at(0);
    if (c == QChar(kGs))
        return true;
    // AltGr (GroupSwitch) types characters on many layouts, like Shift does.
    const Qt::KeyboardModifiers other =
        event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier | Qt::GroupSwitchModifier);
    return other == Qt::NoModifier && c.isPrint();
}

bool KeyboardWedge::isTerminator(const QKeyEvent *event) const
{
    switch (m_settings.terminator) {
    case ScannerSettings::WedgeTerminator::Enter:
        return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    case ScannerSettings::WedgeTerminator::Tab:
        return event->key() == Qt::Key_Tab;
    case ScannerSettings::WedgeTerminator::None:
        return false;
    }
    return false;
}

bool KeyboardWedge::burstEnded(qint64 now) const
{
    return now - m_lastKeyMs > m_settings.maxInterKeyMs;
}

bool KeyboardWedge::eventFilter(QObject *watched, QEvent *event)
{
    const bool press = event->type() == QEvent::KeyPress;
    if ((!press && event->type() != QEvent::ShortcutOverride) || m_replaying || !watched->isWidgetType())
        return false;
    auto *receiver = static_cast<QWidget *>(watched);
    // QApplication offers a key its focus widget ignored to the parents, through this filter again: judge it once.
    if (QWidget *focus = QApplication::focusWidget(); focus && receiver != focus)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    // Shift, Ctrl, Caps Lock and the like on their own neither join nor end a burst, nor count in its timing; the
    // widget may have them (they type nothing). Releases of any key pass untouched: only presses are judged.
    if (isModifierKey(key->key()))
        return false;
    if (!press) {
        // A key that may be a shortcut (Ctrl+S, Alt+W, F3, Delete) is offered to the shortcut map before it is
        // pressed, and one that is a shortcut is never pressed at all. The keys held before it go to their field
        // first, as its press would let them go, so that the shortcut's action sees them.
        if (!m_pending.isEmpty() && !isBurstCharacter(key) && !isTerminator(key)) {
            if (capturing(receiver))
                endBurst();
            else
                replayPending();
        }
        return false;
    }
    if (!capturing(receiver)) {
        replayPending();
        return false;
    }

    const qint64 now = clock().monotonicMs();
    if (isBurstCharacter(key)) {
        // Every character is held until the next one shows whether this is a burst: the first key of a scan must
        // not leak into the field, and a person's key comes out (in order) once the gap says it was typed.
        if (!m_pending.isEmpty() && burstEnded(now))
            endBurst();
        m_pending.append(HeldKey{receiver, key->key(), key->modifiers(), key->text()});
        m_lastKeyMs = now;
        m_holdTimer.start();
        return true;
    }
    if (isTerminator(key) && !m_pending.isEmpty() && !burstEnded(now) && m_pending.size() >= m_settings.minLength) {
        finishScan();
        return true;
    }
    if (!m_pending.isEmpty())
        endBurst();
    return false;
}

void KeyboardWedge::flushPending()
{
    if (m_pending.isEmpty())
        return;
    if (burstEnded(clock().monotonicMs()))
        endBurst();
    else
        m_holdTimer.start();
}

void KeyboardWedge::onHoldTimeout()
{
    flushPending();
}

void KeyboardWedge::endBurst()
{
    const bool scanWithoutTerminator =
        m_settings.terminator == ScannerSettings::WedgeTerminator::None && m_pending.size() >= m_settings.minLength;
    if (scanWithoutTerminator)
        finishScan();
    else
        replayPending();
}

void KeyboardWedge::replayPending()
{
    m_holdTimer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<HeldKey> keys = std::exchange(m_pending, {});
    QScopedValueRollback guard(m_replaying, true);
    for (const HeldKey &held : keys) {
        QWidget *target = held.receiver ? held.receiver.data() : QApplication::focusWidget();
        if (!target)
            continue;
        QKeyEvent press(QEvent::KeyPress, held.key, held.modifiers, held.text);
        // The release went through when it happened; widgets act on the press.
        QCoreApplication::sendEvent(target, &press);
    }
}

QString KeyboardWedge::burstText() const
{
    // Caps Lock inverts the letters a scanner types: it sends Shift+C for 'C' and a plain c for 'c', which arrive as
    // 'c' and 'C' while Caps Lock is on. A letter typed with Shift that arrives in lower case can only be Caps Lock's
    // doing, so once a burst shows one, every letter in it is given the case its Shift says. Without that sign the
    // text stays as it came: an upper-case letter without Shift is also what synthetic input and input methods send,
    // so it alone proves nothing (a code with no upper-case letters scanned under Caps Lock therefore keeps Caps
    // Lock's case; our serials are upper case).
    const auto shifted = [](const HeldKey &held) { return held.modifiers.testFlag(Qt::ShiftModifier); };
    const bool capsLock = std::any_of(m_pending.cbegin(), m_pending.cend(), [&](const HeldKey &held) {
        const QChar letter = casedLetter(held.text);
        return !letter.isNull() && letter.isLower() && shifted(held);
    });
    QString text;
    for (const HeldKey &held : m_pending) {
        const QChar letter = casedLetter(held.text);
        if (capsLock && !letter.isNull())
            text += shifted(held) ? letter.toUpper() : letter.toLower();
        else
            text += held.text;
    }
    return text;
}

void KeyboardWedge::finishScan()
{
    m_holdTimer.stop();
    const QString text = burstText();
    m_pending.clear();
    deliver(text.toUtf8());
}

} // namespace fb
