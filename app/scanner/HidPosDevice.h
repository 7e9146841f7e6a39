#pragma once
// The seam between HidPosScanner and hidapi: which HID devices are plugged in, and reading one. The real backend
// talks to hidapi (hidraw); tests give the scanner a fake one that replays recorded reports.

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace fb {

struct HidPosDeviceInfo
{
    QString path; // hidapi's path ("/dev/hidraw3"), unique per interface
    quint16 vendorId = 0;
    quint16 productId = 0;
    quint16 usagePage = 0; // 0x8C for a HID POS barcode scanner interface
    quint16 usage = 0;
    int interfaceNumber = -1;
    QString product;
    QString serialNumber;
};

class HidPosHandle
{
public:
    virtual ~HidPosHandle() = default;
    // One input report without waiting: its bytes, empty when none is waiting. On failure (unplugged) `ok` is false
    // and `error` says what happened.
    virtual QByteArray read(bool *ok, QString *error) = 0;
};

class HidPosBackend
{
public:
    virtual ~HidPosBackend() = default;
    // Devices with this vendor/product id; 0 matches any.
    virtual QList<HidPosDeviceInfo> enumerate(quint16 vendorId, quint16 productId) = 0;
    // Null with `error` set when the device cannot be opened (permissions, gone).
    virtual std::unique_ptr<HidPosHandle> open(const QString &path, QString *error) = 0;
};

// hidapi (hidraw backend). hid_init() on first use; hid_exit() is left to process exit.
std::unique_ptr<HidPosBackend> makeHidapiBackend();

} // namespace fb
