#pragma once
// The one interface every scanner sits behind (serial port, keyboard wedge, later HID POS): the scan flow connects
// to scanned() and never cares which kind of scanner the station has.

#include "app/scanner/Scan.h"
#include "app/scanner/ScanDecoder.h"

#include <QObject>

namespace fb {

class Clock;

class ScanSource : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Error };
    Q_ENUM(State)

    // `sourceName` is what lands in Scan::source ("serial", "wedge", "hid"). The clock must outlive the source.
    ScanSource(QString sourceName, const Clock &clock, QObject *parent = nullptr);
    ~ScanSource() override;

    virtual void start() = 0;
    virtual void stop() = 0;
    virtual State state() const { return m_state; }
    // Why the source is in its state, in words a packer can act on ("Scanner on /dev/ttyUSB0 unplugged — …").
    QString stateMessage() const { return m_stateMessage; }
    QString sourceName() const { return m_sourceName; }

    void setDecoder(const ScanDecoder &decoder) { m_decoder = decoder; }
    const ScanDecoder &decoder() const { return m_decoder; }

signals:
    void scanned(const fb::Scan &scan);
    // A code arrived but could not be used (bad GTIN check digit, unknown GS1 AI, …); `reason` says why.
    void scanRejected(const QString &reason, const QByteArray &raw);
    void stateChanged(fb::ScanSource::State state, const QString &message);

protected:
    void setState(State state, const QString &message);
    // Decodes one framed code and emits scanned() or scanRejected().
    void deliver(const QByteArray &raw);
    const Clock &clock() const { return m_clock; }

private:
    QString m_sourceName;
    const Clock &m_clock;
    ScanDecoder m_decoder;
    State m_state = State::Disconnected;
    QString m_stateMessage;
};

} // namespace fb
