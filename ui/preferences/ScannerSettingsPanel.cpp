#include "ui/preferences/ScannerSettingsPanel.h"

#include "app/scanner/HidPosDevice.h"
#include "app/scanner/HidPosScanner.h"
#include "app/scanner/Scan.h"
#include "app/services/ScannerSettingsService.h"
#include "ui/scanner/KeyboardWedge.h"
#include "ui/scanner/ScannerHost.h"
#include "ui/widgets/Theme.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSerialPortInfo>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fb {

namespace {

using Source = ScannerSettings::Source;

void setRange(QSpinBox *spin, ScannerSettings::Range range)
{
    spin->setRange(range.min, range.max);
}

// Shows one source's fields; the stack takes that page's height, so a short page leaves no gap above Decoding.
void showPage(QStackedWidget *pages, int index)
{
    for (int i = 0; i < pages->count(); ++i) {
        const bool current = i == index;
        pages->widget(i)->setSizePolicy(current ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                        current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    pages->setCurrentIndex(index);
    pages->adjustSize();
}

void selectData(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}

// The bytes as the scanner sent them, control characters written the way the prefix/suffix settings take them.
QString escaped(const QByteArray &raw)
{
    QString out;
    for (const char c : raw) {
        const auto byte = uchar(c);
        if (c == '\\')
            out += QStringLiteral("\\\\");
        else if (byte < 0x20 || byte == 0x7F)
            out += QStringLiteral("\\x%1").arg(uint(byte), 2, 16, QLatin1Char('0'));
        else
            out += QChar::fromLatin1(c);
    }
    return out;
}

} // namespace

ScannerSettingsPanel::ScannerSettingsPanel(Database &db, SettingsStore &settings, const Clock &clock, ScannerHost *host,
                                           QWidget *parent)
    : QWidget(parent)
    , m_service(std::make_unique<ScannerSettingsService>(db, settings, clock))
    , m_host(host)
{
    setObjectName(QStringLiteral("scannerSettingsPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("Scanner"), this);
    box->setObjectName(QStringLiteral("scannerGroup"));
    auto *layout = new QVBoxLayout(box);
    outer->addWidget(box);

    auto *top = new QFormLayout;
    m_sourceCombo = new QComboBox(box);
    m_sourceCombo->setObjectName(QStringLiteral("scannerSourceCombo"));
    m_sourceCombo->setAccessibleName(tr("Scanner type"));
    // In ScannerSettings::Source order: the stacked pages below follow it.
    m_sourceCombo->addItem(tr("Serial port (RS-232 or USB serial)"), int(Source::Serial));
    m_sourceCombo->addItem(tr("Keyboard wedge (the scanner types its codes)"), int(Source::Wedge));
    m_sourceCombo->addItem(tr("USB HID POS"), int(Source::Hid));
    top->addRow(tr("&Source"), m_sourceCombo);
    layout->addLayout(top);
    m_fields.insert(QStringLiteral("scanner.source"), m_sourceCombo);

    m_pages = new QStackedWidget(box);
    m_pages->setObjectName(QStringLiteral("scannerSourcePages"));
    layout->addWidget(m_pages);

    // Serial port.
    auto *serialPage = new QWidget(m_pages);
    serialPage->setObjectName(QStringLiteral("serialScannerPage"));
    auto *serialForm = new QFormLayout(serialPage);
    serialForm->setContentsMargins(0, 0, 0, 0);
    auto *portRow = new QHBoxLayout;
    m_port = new QComboBox(serialPage);
    m_port->setObjectName(QStringLiteral("serialPortCombo"));
    m_port->setAccessibleName(tr("Serial port"));
    m_port->setEditable(true);
    m_port->setInsertPolicy(QComboBox::NoInsert);
    m_port->setMinimumContentsLength(24);
    m_port->setToolTip(tr("A port from the list, or any path, e.g. /dev/serial/by-id/… for a name that survives "
                          "replugging."));
    m_port->lineEdit()->setPlaceholderText(tr("e.g. /dev/ttyUSB0"));
    m_refreshPorts = new QPushButton(tr("R&efresh ports"), serialPage);
    m_refreshPorts->setObjectName(QStringLiteral("refreshSerialPortsButton"));
    m_refreshPorts->setAccessibleName(tr("Look for serial ports again"));
    portRow->addWidget(m_port, 1);
    portRow->addWidget(m_refreshPorts);
    auto *portLabel = new QLabel(tr("&Port"), serialPage);
    portLabel->setBuddy(m_port);
    serialForm->addRow(portLabel, portRow);
    m_baud = new QComboBox(serialPage);
    m_baud->setObjectName(QStringLiteral("serialBaudCombo"));
    m_baud->setAccessibleName(tr("Baud rate"));
    m_baud->setEditable(true);
    m_baud->setInsertPolicy(QComboBox::NoInsert);
    for (int rate : {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200})
        m_baud->addItem(QString::number(rate));
    m_baud->setValidator(new QIntValidator(ScannerSettings::kBaud.min, ScannerSettings::kBaud.max, m_baud));
    serialForm->addRow(tr("&Baud rate"), m_baud);
    m_dataBits = new QComboBox(serialPage);
    m_dataBits->setObjectName(QStringLiteral("serialDataBitsCombo"));
    m_dataBits->setAccessibleName(tr("Data bits"));
    for (auto bits : {QSerialPort::Data8, QSerialPort::Data7, QSerialPort::Data6, QSerialPort::Data5})
        m_dataBits->addItem(QString::number(int(bits)), int(bits));
    serialForm->addRow(tr("&Data bits"), m_dataBits);
    m_parity = new QComboBox(serialPage);
    m_parity->setObjectName(QStringLiteral("serialParityCombo"));
    m_parity->setAccessibleName(tr("Parity"));
    m_parity->addItem(tr("None"), int(QSerialPort::NoParity));
    m_parity->addItem(tr("Even"), int(QSerialPort::EvenParity));
    m_parity->addItem(tr("Odd"), int(QSerialPort::OddParity));
    m_parity->addItem(tr("Space"), int(QSerialPort::SpaceParity));
    m_parity->addItem(tr("Mark"), int(QSerialPort::MarkParity));
    serialForm->addRow(tr("Pa&rity"), m_parity);
    m_stopBits = new QComboBox(serialPage);
    m_stopBits->setObjectName(QStringLiteral("serialStopBitsCombo"));
    m_stopBits->setAccessibleName(tr("Stop bits"));
    m_stopBits->addItem(tr("1"), int(QSerialPort::OneStop));
    m_stopBits->addItem(tr("1.5"), int(QSerialPort::OneAndHalfStop));
    m_stopBits->addItem(tr("2"), int(QSerialPort::TwoStop));
    serialForm->addRow(tr("St&op bits"), m_stopBits);
    m_flow = new QComboBox(serialPage);
    m_flow->setObjectName(QStringLiteral("serialFlowCombo"));
    m_flow->setAccessibleName(tr("Flow control"));
    m_flow->addItem(tr("None"), int(QSerialPort::NoFlowControl));
    m_flow->addItem(tr("Hardware (RTS/CTS)"), int(QSerialPort::HardwareControl));
    m_flow->addItem(tr("Software (XON/XOFF)"), int(QSerialPort::SoftwareControl));
    serialForm->addRow(tr("&Flow control"), m_flow);
    m_serialTerminator = new QComboBox(serialPage);
    m_serialTerminator->setObjectName(QStringLiteral("serialTerminatorCombo"));
    m_serialTerminator->setAccessibleName(tr("Serial code terminator"));
    m_serialTerminator->addItem(tr("CR (carriage return)"), int(ScannerSettings::SerialTerminator::Cr));
    m_serialTerminator->addItem(tr("LF (line feed)"), int(ScannerSettings::SerialTerminator::Lf));
    m_serialTerminator->addItem(tr("CR LF"), int(ScannerSettings::SerialTerminator::CrLf));
    m_serialTerminator->addItem(tr("None: a code ends when the line goes quiet"),
                                int(ScannerSettings::SerialTerminator::None));
    serialForm->addRow(tr("&Terminator"), m_serialTerminator);
    m_gap = new QSpinBox(serialPage);
    m_gap->setObjectName(QStringLiteral("serialGapSpin"));
    m_gap->setAccessibleName(tr("Inter-byte gap in milliseconds"));
    setRange(m_gap, ScannerSettings::kGapMs);
    m_gap->setToolTip(tr("Without a terminator, a code ends when no byte arrives for this long."));
    serialForm->addRow(tr("Inter-byte &gap"), m_gap);
    m_serialReconnect = new QSpinBox(serialPage);
    m_serialReconnect->setObjectName(QStringLiteral("serialReconnectSpin"));
    m_serialReconnect->setAccessibleName(tr("Serial reconnect interval in milliseconds"));
    setRange(m_serialReconnect, ScannerSettings::kReconnectMs);
    m_serialReconnect->setSingleStep(250);
    serialForm->addRow(tr("Reco&nnect every"), m_serialReconnect);
    m_pages->addWidget(serialPage);
    m_fields.insert(QStringLiteral("scanner.serial.port"), m_port);
    m_fields.insert(QStringLiteral("scanner.serial.baud"), m_baud);
    m_fields.insert(QStringLiteral("scanner.serial.gap_ms"), m_gap);
    m_fields.insert(QStringLiteral("scanner.serial.reconnect_ms"), m_serialReconnect);

    // Keyboard wedge.
    auto *wedgePage = new QWidget(m_pages);
    wedgePage->setObjectName(QStringLiteral("wedgeScannerPage"));
    auto *wedgeForm = new QFormLayout(wedgePage);
    wedgeForm->setContentsMargins(0, 0, 0, 0);
    m_interKey = new QSpinBox(wedgePage);
    m_interKey->setObjectName(QStringLiteral("wedgeInterKeySpin"));
    m_interKey->setAccessibleName(tr("Maximum time between a scanner's keys in milliseconds"));
    setRange(m_interKey, ScannerSettings::kInterKeyMs);
    m_interKey->setToolTip(tr("Keys closer together than this are a scanner; people type slower. Raise it (50–80) "
                              "if scans land in fields as text."));
    wedgeForm->addRow(tr("Max time between &keys"), m_interKey);
    m_minLength = new QSpinBox(wedgePage);
    m_minLength->setObjectName(QStringLiteral("wedgeMinLengthSpin"));
    m_minLength->setAccessibleName(tr("Minimum code length"));
    setRange(m_minLength, ScannerSettings::kMinLength);
    m_minLength->setToolTip(tr("Shorter bursts are typing, however fast. Raise it if fast typists get scans."));
    wedgeForm->addRow(tr("Minimum len&gth"), m_minLength);
    m_wedgeTerminator = new QComboBox(wedgePage);
    m_wedgeTerminator->setObjectName(QStringLiteral("wedgeTerminatorCombo"));
    m_wedgeTerminator->setAccessibleName(tr("Key that ends a scan"));
    m_wedgeTerminator->addItem(tr("Enter"), int(ScannerSettings::WedgeTerminator::Enter));
    m_wedgeTerminator->addItem(tr("Tab"), int(ScannerSettings::WedgeTerminator::Tab));
    m_wedgeTerminator->addItem(tr("None: a scan ends when the keys stop"), int(ScannerSettings::WedgeTerminator::None));
    wedgeForm->addRow(tr("&Terminator"), m_wedgeTerminator);
    m_pages->addWidget(wedgePage);
    m_fields.insert(QStringLiteral("scanner.wedge.max_interkey_ms"), m_interKey);
    m_fields.insert(QStringLiteral("scanner.wedge.min_length"), m_minLength);

    // USB HID POS.
    auto *hidPage = new QWidget(m_pages);
    hidPage->setObjectName(QStringLiteral("hidScannerPage"));
    auto *hidForm = new QFormLayout(hidPage);
    hidForm->setContentsMargins(0, 0, 0, 0);
    auto *deviceRow = new QHBoxLayout;
    m_hidDevices = new QComboBox(hidPage);
    m_hidDevices->setObjectName(QStringLiteral("hidDeviceCombo"));
    m_hidDevices->setAccessibleName(tr("Plugged-in USB HID devices"));
    m_refreshHid = new QPushButton(tr("R&efresh devices"), hidPage);
    m_refreshHid->setObjectName(QStringLiteral("refreshHidDevicesButton"));
    m_refreshHid->setAccessibleName(tr("Look for USB HID devices again"));
    deviceRow->addWidget(m_hidDevices, 1);
    deviceRow->addWidget(m_refreshHid);
    auto *deviceLabel = new QLabel(tr("Plugged-in &devices"), hidPage);
    deviceLabel->setBuddy(m_hidDevices);
    hidForm->addRow(deviceLabel, deviceRow);
    m_vendorId = new QLineEdit(hidPage);
    m_vendorId->setObjectName(QStringLiteral("hidVendorIdEdit"));
    m_vendorId->setAccessibleName(tr("USB vendor id in hex"));
    m_vendorId->setPlaceholderText(tr("any (e.g. 0c2e)"));
    m_vendorId->setMaxLength(8);
    hidForm->addRow(tr("&Vendor id"), m_vendorId);
    m_productId = new QLineEdit(hidPage);
    m_productId->setObjectName(QStringLiteral("hidProductIdEdit"));
    m_productId->setAccessibleName(tr("USB product id in hex"));
    m_productId->setPlaceholderText(tr("any (e.g. 0b61)"));
    m_productId->setMaxLength(8);
    hidForm->addRow(tr("&Product id"), m_productId);
    m_hidReconnect = new QSpinBox(hidPage);
    m_hidReconnect->setObjectName(QStringLiteral("hidReconnectSpin"));
    m_hidReconnect->setAccessibleName(tr("HID reconnect interval in milliseconds"));
    setRange(m_hidReconnect, ScannerSettings::kReconnectMs);
    m_hidReconnect->setSingleStep(250);
    hidForm->addRow(tr("Reco&nnect every"), m_hidReconnect);
    m_pages->addWidget(hidPage);
    m_fields.insert(QStringLiteral("scanner.hid.vendor_id"), m_vendorId);
    m_fields.insert(QStringLiteral("scanner.hid.product_id"), m_productId);
    m_fields.insert(QStringLiteral("scanner.hid.reconnect_ms"), m_hidReconnect);

    for (QSpinBox *spin : {m_gap, m_serialReconnect, m_interKey, m_hidReconnect})
        spin->setSuffix(tr(" ms"));

    // Decoding, the same for every source.
    auto *decoding = new QGroupBox(tr("Decoding"), box);
    auto *decodingForm = new QFormLayout(decoding);
    m_prefix = new QLineEdit(decoding);
    m_prefix->setObjectName(QStringLiteral("scannerPrefixEdit"));
    m_prefix->setAccessibleName(tr("Prefix the scanner sends"));
    m_suffix = new QLineEdit(decoding);
    m_suffix->setObjectName(QStringLiteral("scannerSuffixEdit"));
    m_suffix->setAccessibleName(tr("Suffix the scanner sends"));
    for (QLineEdit *edit : {m_prefix, m_suffix}) {
        edit->setPlaceholderText(tr("none (e.g. \\x02)"));
        edit->setToolTip(tr("Stripped when a code starts (ends) with it. Control characters as \\x02, \\r, \\n, "
                            "\\t; a backslash as \\\\."));
    }
    decodingForm->addRow(tr("Prefi&x"), m_prefix);
    decodingForm->addRow(tr("S&uffix"), m_suffix);
    m_aim = new QCheckBox(tr("Strip A&IM symbology identifiers (]C1, ]d2, ]Q3 …)"), decoding);
    m_aim->setObjectName(QStringLiteral("scannerAimCheck"));
    m_aim->setAccessibleName(tr("Strip AIM symbology identifiers"));
    decodingForm->addRow(QString(), m_aim);
    m_gs1 = new QCheckBox(tr("Read GS&1 element strings (AI 21 is the serial)"), decoding);
    m_gs1->setObjectName(QStringLiteral("scannerGs1Check"));
    m_gs1->setAccessibleName(tr("Read GS1 element strings"));
    decodingForm->addRow(QString(), m_gs1);
    layout->addWidget(decoding);
    m_fields.insert(QStringLiteral("scanner.prefix"), m_prefix);
    m_fields.insert(QStringLiteral("scanner.suffix"), m_suffix);

    auto *applyRow = new QHBoxLayout;
    m_apply = new QPushButton(tr("Apply scanner settings (Ctrl+S)"), box);
    m_apply->setObjectName(QStringLiteral("applyScannerButton"));
    m_apply->setAccessibleName(tr("Save the scanner settings and switch the scanner now"));
    m_apply->setToolTip(tr("Save and switch the scanner now (Ctrl+S)"));
    applyRow->addWidget(m_apply);
    applyRow->addStretch();
    layout->addLayout(applyRow);
    m_error = new QLabel(box);
    m_error->setObjectName(QStringLiteral("scannerErrorLabel"));
    m_error->setAccessibleName(tr("Scanner settings problem"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(theme::errorText());
    m_error->hide();
    layout->addWidget(m_error);

    // What the running scanner is doing, and its last scan, to check the settings with a real scanner.
    auto *test = new QGroupBox(tr("Running scanner"), box);
    auto *testForm = new QFormLayout(test);
    m_state = new QLabel(tr("No scanner is running."), test);
    m_state->setObjectName(QStringLiteral("scannerStateLabel"));
    m_state->setAccessibleName(tr("Scanner state"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testForm->addRow(tr("State"), m_state);
    m_testField = new QLineEdit(test);
    m_testField->setObjectName(QStringLiteral("testScanEdit"));
    m_testField->setAccessibleName(tr("Test scan field"));
    m_testField->setPlaceholderText(tr("Scan a code here (a keyboard wedge is listened to while this has focus)"));
    testForm->addRow(tr("Test s&can"), m_testField);
    m_lastScan = new QLabel(tr("No scan yet."), test);
    m_lastScan->setObjectName(QStringLiteral("lastScanLabel"));
    m_lastScan->setAccessibleName(tr("Last scan"));
    m_lastScan->setWordWrap(true);
    m_lastScan->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testForm->addRow(tr("Last scan"), m_lastScan);
    layout->addWidget(test);
    m_testField->installEventFilter(this);

    reload();
    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, &ScannerSettingsPanel::onSourceChosen);
    connect(m_serialTerminator, &QComboBox::currentIndexChanged, this, &ScannerSettingsPanel::onTerminatorChosen);
    connect(m_refreshPorts, &QPushButton::clicked, this, &ScannerSettingsPanel::refreshSerialPorts);
    connect(m_refreshHid, &QPushButton::clicked, this, &ScannerSettingsPanel::refreshHidDevices);
    connect(m_hidDevices, &QComboBox::activated, this, &ScannerSettingsPanel::onHidDeviceChosen);
    connect(m_apply, &QPushButton::clicked, this, &ScannerSettingsPanel::apply);
    // Ctrl+S from any field of the section; an action on the panel, so the shortcut lives only while it is shown.
    auto *applyAction = new QAction(this);
    applyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    applyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(applyAction);
    connect(applyAction, &QAction::triggered, m_apply, &QPushButton::click);
    if (m_host) {
        connect(m_host, &ScannerHost::sourceChanged, this, &ScannerSettingsPanel::onSourceChanged);
        if (ScanSource *running = m_host->source())
            onSourceChanged(running);
    }
}

ScannerSettingsPanel::~ScannerSettingsPanel() = default;

void ScannerSettingsPanel::reload()
{
    QStringList problems;
    m_loaded = m_service->load(&problems);
    const ScannerSettings &s = m_loaded;
    {
        const QSignalBlocker block(m_sourceCombo);
        selectData(m_sourceCombo, int(s.source));
    }
    showPage(m_pages, int(s.source));
    refreshSerialPorts();
    m_port->setEditText(s.serial.port);
    m_baud->setEditText(QString::number(s.serial.baud));
    selectData(m_dataBits, int(s.serial.dataBits));
    selectData(m_parity, int(s.serial.parity));
    selectData(m_stopBits, int(s.serial.stopBits));
    selectData(m_flow, int(s.serial.flow));
    selectData(m_serialTerminator, int(s.serial.terminator));
    m_gap->setValue(s.serial.gapMs);
    m_serialReconnect->setValue(s.serial.reconnectMs);
    m_interKey->setValue(s.wedge.maxInterKeyMs);
    m_minLength->setValue(s.wedge.minLength);
    selectData(m_wedgeTerminator, int(s.wedge.terminator));
    m_vendorId->setText(s.hid.vendorId ? ScannerSettings::usbIdText(s.hid.vendorId) : QString());
    m_productId->setText(s.hid.productId ? ScannerSettings::usbIdText(s.hid.productId) : QString());
    m_hidReconnect->setValue(s.hid.reconnectMs);
    m_prefix->setText(s.prefix);
    m_suffix->setText(s.suffix);
    m_aim->setChecked(s.aim);
    m_gs1->setChecked(s.gs1);
    onTerminatorChosen();
    if (s.source == Source::Hid)
        refreshHidDevices();
    // A value set with floorbridge-ctl that the station cannot use: say which, the form shows the default.
    m_error->setText(problems.join(u'\n'));
    m_error->setVisible(!problems.isEmpty());
}

Result<ScannerSettings> ScannerSettingsPanel::formSettings() const
{
    ScannerSettings s = m_loaded;
    s.source = Source(m_sourceCombo->currentData().toInt());
    s.serial.port = m_port->currentText().trimmed();
    bool ok = false;
    const QString baudText = m_baud->currentText().trimmed();
    s.serial.baud = baudText.toInt(&ok);
    if (!ok)
        return makeError(tr("Baud rate '%1' is not a number: choose one from the list or type the rate the scanner "
                            "is set to (e.g. 9600).")
                             .arg(baudText),
                         QStringLiteral("scanner.serial.baud"));
    s.serial.dataBits = QSerialPort::DataBits(m_dataBits->currentData().toInt());
    s.serial.parity = QSerialPort::Parity(m_parity->currentData().toInt());
    s.serial.stopBits = QSerialPort::StopBits(m_stopBits->currentData().toInt());
    s.serial.flow = QSerialPort::FlowControl(m_flow->currentData().toInt());
    s.serial.terminator = ScannerSettings::SerialTerminator(m_serialTerminator->currentData().toInt());
    s.wedge.terminator = ScannerSettings::WedgeTerminator(m_wedgeTerminator->currentData().toInt());

    // A number typed but not finished (focus still in the box): its text, not the last accepted value, is what the
    // admin sees, so it must not be saved as something else.
    const struct
    {
        QSpinBox *spin;
        QString label;
        const char *key;
        int *target;
    } numbers[] = {
        {m_gap, tr("Inter-byte gap"), "scanner.serial.gap_ms", &s.serial.gapMs},
        {m_serialReconnect, tr("Serial reconnect interval"), "scanner.serial.reconnect_ms", &s.serial.reconnectMs},
        {m_interKey, tr("Max time between keys"), "scanner.wedge.max_interkey_ms", &s.wedge.maxInterKeyMs},
        {m_minLength, tr("Minimum length"), "scanner.wedge.min_length", &s.wedge.minLength},
        {m_hidReconnect, tr("HID reconnect interval"), "scanner.hid.reconnect_ms", &s.hid.reconnectMs},
    };
    for (const auto &n : numbers) {
        if (!n.spin->hasAcceptableInput())
            return makeError(tr("%1 '%2' is not a number from %3 to %4%5.")
                                 .arg(n.label, n.spin->cleanText())
                                 .arg(n.spin->minimum())
                                 .arg(n.spin->maximum())
                                 .arg(n.spin->suffix()),
                             QString::fromLatin1(n.key), QStringLiteral("scanner.out_of_range"));
        *n.target = n.spin->value();
    }

    // The USB ids only matter (and are only visible) when HID POS is chosen; otherwise unreadable text keeps what
    // was saved.
    const bool hid = s.source == Source::Hid;
    auto vendor =
        ScannerSettings::parseUsbId(m_vendorId->text(), tr("Vendor id"), QStringLiteral("scanner.hid.vendor_id"));
    if (!vendor && hid)
        return vendor.error();
    if (vendor)
        s.hid.vendorId = *vendor;
    auto product =
        ScannerSettings::parseUsbId(m_productId->text(), tr("Product id"), QStringLiteral("scanner.hid.product_id"));
    if (!product && hid)
        return product.error();
    if (product)
        s.hid.productId = *product;

    s.prefix = m_prefix->text();
    s.suffix = m_suffix->text();
    s.aim = m_aim->isChecked();
    s.gs1 = m_gs1->isChecked();
    return s;
}

bool ScannerSettingsPanel::apply()
{
    m_error->clear();
    m_error->hide();
    Result<ScannerSettings> form = formSettings();
    if (!form) {
        showError(form.error());
        return false;
    }
    if (Status saved = m_service->save(m_actor, *form); !saved) {
        showError(saved.error());
        return false;
    }
    m_loaded = *form;
    m_lastScan->setStyleSheet(QString());
    m_lastScan->setText(tr("No scan yet: scan a code to check the new settings."));
    if (m_host) {
        if (Status switched = m_host->apply(*form); !switched) {
            showError(makeError(
                tr("The settings are saved, but the scanner could not be switched: %1").arg(switched.message())));
            return true;
        }
    }
    emit notify(tr("Scanner settings saved: the station now uses %1.").arg(m_sourceCombo->currentText()), false);
    return true;
}

void ScannerSettingsPanel::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->show();
    emit notify(error.message, true);
    if (QWidget *field = m_fields.value(error.field); field && field->isVisibleTo(this))
        field->setFocus(Qt::OtherFocusReason);
}

void ScannerSettingsPanel::onSourceChosen()
{
    const auto source = Source(m_sourceCombo->currentData().toInt());
    showPage(m_pages, int(source));
    if (source == Source::Hid && m_hidDevices->count() == 0)
        refreshHidDevices();
}

void ScannerSettingsPanel::onTerminatorChosen()
{
    m_gap->setEnabled(ScannerSettings::SerialTerminator(m_serialTerminator->currentData().toInt()) ==
                      ScannerSettings::SerialTerminator::None);
}

void ScannerSettingsPanel::refreshSerialPorts()
{
    const QString typed = m_port->currentText();
    const QSignalBlocker block(m_port);
    m_port->clear();
    const QList<QSerialPortInfo> ports = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : ports) {
        m_port->addItem(info.systemLocation());
        QStringList about;
        for (const QString &part : {info.description(), info.manufacturer(), info.serialNumber()}) {
            if (!part.isEmpty())
                about << part;
        }
        m_port->setItemData(m_port->count() - 1, about.join(QStringLiteral(" · ")), Qt::ToolTipRole);
    }
    m_port->setEditText(typed);
}

void ScannerSettingsPanel::refreshHidDevices()
{
    m_hidDevices->clear();
    m_hidDevices->addItem(tr("Choose one to fill in its ids…"));
    QList<HidPosDeviceInfo> devices = makeHidapiBackend()->enumerate(0, 0);
    // One line per device (not per interface), HID POS scanners first.
    std::stable_sort(devices.begin(), devices.end(), [](const HidPosDeviceInfo &a, const HidPosDeviceInfo &b) {
        return (a.usagePage == HidPosScanner::kPosUsagePage) > (b.usagePage == HidPosScanner::kPosUsagePage);
    });
    QList<quint32> seen;
    for (const HidPosDeviceInfo &d : std::as_const(devices)) {
        const quint32 id = (quint32(d.vendorId) << 16) | d.productId;
        if (seen.contains(id))
            continue;
        seen << id;
        const QString ids = QStringLiteral("%1:%2").arg(ScannerSettings::usbIdText(d.vendorId),
                                                        ScannerSettings::usbIdText(d.productId));
        const QString kind =
            d.usagePage == HidPosScanner::kPosUsagePage ? tr("HID POS scanner") : tr("other HID device");
        m_hidDevices->addItem(tr("%1 %2 (%3)").arg(ids, d.product, kind), id);
    }
    if (m_hidDevices->count() == 1)
        m_hidDevices->setItemText(0, tr("No USB HID device found (type the ids, or plug the scanner in and refresh)"));
}

void ScannerSettingsPanel::onHidDeviceChosen(int index)
{
    const QVariant id = m_hidDevices->itemData(index);
    if (!id.isValid())
        return;
    const quint32 ids = id.toUInt();
    m_vendorId->setText(ScannerSettings::usbIdText(quint16(ids >> 16)));
    m_productId->setText(ScannerSettings::usbIdText(quint16(ids & 0xFFFF)));
}

void ScannerSettingsPanel::onSourceChanged(ScanSource *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (!source) {
        m_state->setText(tr("No scanner is running."));
        return;
    }
    connect(source, &ScanSource::stateChanged, this, &ScannerSettingsPanel::onStateChanged);
    connect(source, &ScanSource::scanned, this, &ScannerSettingsPanel::onScanned);
    connect(source, &ScanSource::scanRejected, this, &ScannerSettingsPanel::onScanRejected);
    onStateChanged(source->state(), source->stateMessage());
    updateTestFieldCapture(m_testField->hasFocus());
}

void ScannerSettingsPanel::onStateChanged(ScanSource::State state, const QString &message)
{
    QString word;
    switch (state) {
    case ScanSource::State::Connected:
        word = tr("Connected");
        break;
    case ScanSource::State::Connecting:
        word = tr("Connecting");
        break;
    case ScanSource::State::Disconnected:
        word = tr("Not connected");
        break;
    case ScanSource::State::Error:
        word = tr("Error");
        break;
    }
    m_state->setText(message.isEmpty() ? word : tr("%1 — %2").arg(word, message));
    m_state->setStyleSheet(state == ScanSource::State::Error       ? theme::errorText()
                           : state == ScanSource::State::Connected ? theme::textStyle(theme::kOk)
                                                                   : QString());
}

void ScannerSettingsPanel::onScanned(const Scan &scan)
{
    QStringList details;
    if (!scan.symbology.isEmpty())
        details << scan.symbology;
    if (!scan.gtin.isEmpty())
        details << tr("GTIN %1").arg(scan.gtin);
    details << tr("as sent: %1").arg(escaped(scan.raw));
    m_lastScan->setStyleSheet(theme::textStyle(theme::kOk));
    m_lastScan->setText(tr("%1 (%2) at %3")
                            .arg(scan.text, details.join(QStringLiteral(", ")),
                                 scan.at.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
}

void ScannerSettingsPanel::onScanRejected(const QString &reason, const QByteArray &raw)
{
    m_lastScan->setStyleSheet(theme::errorText());
    m_lastScan->setText(tr("Refused: %1 (as sent: %2)").arg(reason, escaped(raw)));
}

void ScannerSettingsPanel::updateTestFieldCapture(bool focused)
{
    // The Settings page is not a scanning page, so the shell keeps the wedge off here; the test field turns it on
    // while it has focus. A scan whose keys land in the field as text means the timing settings do not fit.
    auto *wedge = qobject_cast<KeyboardWedge *>(m_source.data());
    if (!wedge || !isVisible())
        return;
    wedge->setActive(focused);
}

bool ScannerSettingsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_testField && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        updateTestFieldCapture(event->type() == QEvent::FocusIn);
    return QWidget::eventFilter(watched, event);
}

} // namespace fb
