#include "app/scanner/HidPosDevice.h"

#include <hidapi.h>

#include <QCoreApplication>

namespace fb {

namespace {

QString wide(const wchar_t *text)
{
    return text ? QString::fromWCharArray(text) : QString();
}

constexpr int kReportBytes = 256; // larger than any scanner report (64 bytes for HID POS scanners)

class HidapiHandle final : public HidPosHandle
{
public:
    explicit HidapiHandle(hid_device *device)
        : m_device(device)
    {}
    ~HidapiHandle() override { hid_close(m_device); }

    QByteArray read(bool *ok, QString *error) override
    {
        unsigned char buffer[kReportBytes];
        const int n = hid_read_timeout(m_device, buffer, sizeof buffer, 0);
        if (n < 0) {
            *ok = false;
            *error = wide(hid_error(m_device));
            return {};
        }
        *ok = true;
        return QByteArray(reinterpret_cast<const char *>(buffer), n);
    }

private:
    hid_device *m_device;
};

class HidapiBackend final : public HidPosBackend
{
public:
    HidapiBackend() { m_initialised = hid_init() == 0; }

    QList<HidPosDeviceInfo> enumerate(quint16 vendorId, quint16 productId) override
    {
        QList<HidPosDeviceInfo> found;
        if (!m_initialised)
            return found;
        hid_device_info *list = hid_enumerate(vendorId, productId);
        for (hid_device_info *d = list; d; d = d->next) {
            HidPosDeviceInfo info;
            info.path = QString::fromLocal8Bit(d->path);
            info.vendorId = d->vendor_id;
            info.productId = d->product_id;
            info.usagePage = d->usage_page;
            info.usage = d->usage;
            info.interfaceNumber = d->interface_number;
            info.product = wide(d->product_string);
            info.serialNumber = wide(d->serial_number);
            found.append(info);
        }
        hid_free_enumeration(list);
        return found;
    }

    std::unique_ptr<HidPosHandle> open(const QString &path, QString *error) override
    {
        if (!m_initialised) {
            *error = QCoreApplication::translate("fb::HidPosDevice", "The HID library could not start.");
            return nullptr;
        }
        hid_device *device = hid_open_path(path.toLocal8Bit().constData());
        if (!device) {
            *error = wide(hid_error(nullptr));
            return nullptr;
        }
        hid_set_nonblocking(device, 1);
        return std::make_unique<HidapiHandle>(device);
    }

private:
    bool m_initialised = false;
};

} // namespace

std::unique_ptr<HidPosBackend> makeHidapiBackend()
{
    return std::make_unique<HidapiBackend>();
}

} // namespace fb
