#pragma once
// Settings → Scanner: the admin chooses this station's scanner (keyboard wedge, serial port, USB HID POS) and how it
// talks and decodes; Apply saves through ScannerSettingsService (admin only, all or nothing) and switches the running
// scanner at once. A state line follows the running scanner, and a test area shows its last scan or refusal.

#include "app/domain/Actor.h"
#include "app/scanner/ScanSource.h"
#include "app/scanner/ScannerSettings.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace fb {

class Clock;
class Database;
class ScannerHost;
class ScannerSettingsService;
class SettingsStore;
struct Scan;

class ScannerSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    // `host` may be null (settings are then only saved, for the next start).
    ScannerSettingsPanel(Database &db, SettingsStore &settings, const Clock &clock, ScannerHost *host,
                         QWidget *parent = nullptr);
    ~ScannerSettingsPanel() override;

    void setActor(const Actor &actor) { m_actor = actor; }
    // Re-reads the saved settings into the controls and lists the serial ports again.
    void reload();
    // Checks the form, saves it and switches the running scanner. False (with a message naming the field) when
    // nothing was saved.
    bool apply();
    // The form as ScannerSettings, or the first field that cannot be read, named.
    Result<ScannerSettings> formSettings() const;

signals:
    // For the status line: what was saved, or why not.
    void notify(const QString &text, bool isError);

private:
    void onSourceChosen();
    void onTerminatorChosen();
    void onHidDeviceChosen(int index);
    void onSourceChanged(ScanSource *source);
    void onStateChanged(ScanSource::State state, const QString &message);
    void onScanned(const Scan &scan);
    void onScanRejected(const QString &reason, const QByteArray &raw);
    void refreshSerialPorts();
    void refreshHidDevices();
    void showError(const Error &error);
    void updateTestFieldCapture(bool focused);
    bool eventFilter(QObject *watched, QEvent *event) override;

    std::unique_ptr<ScannerSettingsService> m_service;
    QPointer<ScannerHost> m_host;
    QPointer<ScanSource> m_source;
    Actor m_actor;
    ScannerSettings m_loaded;           // what reload() found: hidden sections keep it when they cannot be read
    QHash<QString, QWidget *> m_fields; // setting key → the control to focus when it is at fault

    QComboBox *m_sourceCombo = nullptr;
    QStackedWidget *m_pages = nullptr;
    // serial
    QComboBox *m_port = nullptr;
    QPushButton *m_refreshPorts = nullptr;
    QComboBox *m_baud = nullptr;
    QComboBox *m_dataBits = nullptr;
    QComboBox *m_parity = nullptr;
    QComboBox *m_stopBits = nullptr;
    QComboBox *m_flow = nullptr;
    QComboBox *m_serialTerminator = nullptr;
    QSpinBox *m_gap = nullptr;
    QSpinBox *m_serialReconnect = nullptr;
    // wedge
    QSpinBox *m_interKey = nullptr;
    QSpinBox *m_minLength = nullptr;
    QComboBox *m_wedgeTerminator = nullptr;
    // HID POS
    QLineEdit *m_vendorId = nullptr;
    QLineEdit *m_productId = nullptr;
    QComboBox *m_hidDevices = nullptr;
    QPushButton *m_refreshHid = nullptr;
    QSpinBox *m_hidReconnect = nullptr;
    // decoding
    QLineEdit *m_prefix = nullptr;
    QLineEdit *m_suffix = nullptr;
    QCheckBox *m_aim = nullptr;
    QCheckBox *m_gs1 = nullptr;

    QPushButton *m_apply = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_state = nullptr;
    QLineEdit *m_testField = nullptr;
    QLabel *m_lastScan = nullptr;
};

} // namespace fb
