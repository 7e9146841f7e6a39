#include "ui/service/RegisterComplaintForm.h"

#include "app/services/MasterDataService.h"
#include "ui/service/ServiceDesk.h"
#include "ui/widgets/FormValidation.h"
#include "ui/widgets/ResultBanner.h"
#include "ui/widgets/Theme.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fb {

RegisterComplaintForm::RegisterComplaintForm(ServiceDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    m_validation = new FormValidation(this);
    m_validation->setCheck([this] {
        QList<FormValidation::Problem> problems;
        for (const Error &e : m_desk.complaints.check(m_actor, draft()))
            problems.append({e.field, e.message, false});
        return problems;
    });
    buildUi();
}

void RegisterComplaintForm::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 3);
    int row = 0;
    auto addRow = [&](const QString &labelText, QWidget *input, const QString &field, const QString &name,
                      const QString &accessible) {
        input->setObjectName(name);
        input->setAccessibleName(accessible);
        auto *label = new QLabel(labelText, this);
        label->setBuddy(input);
        grid->addWidget(label, row, 0);
        grid->addWidget(input, row, 1);
        QString base = name;
        for (const char *suffix : {"LineEdit", "ComboBox", "CheckBox"})
            base.remove(QString::fromLatin1(suffix));
        grid->addWidget(m_validation->addFieldAndLabel(field, input, base + QStringLiteral("Message")), row, 2);
        input->installEventFilter(this);
        m_chain.append(input);
        ++row;
        return label;
    };

    m_serial = new QLineEdit(this);
    m_serial->setPlaceholderText(tr("Scan the unit, or type its serial and press Enter"));
    m_serial->setFont(theme::scaled(m_serial->font(), theme::kLargeScale));
    addRow(tr("Unit &serial:"), m_serial, QStringLiteral("serial"), QStringLiteral("serialLineEdit"),
           tr("Unit serial number"));
    m_serialInfo = new QLabel(this);
    m_serialInfo->setObjectName(QStringLiteral("serialInfoLabel"));
    m_serialInfo->setAccessibleName(tr("Product of the serial"));
    m_serialInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_serialInfo, row++, 1, 1, 2);

    m_override = new QCheckBox(tr("Accept this unit anyway (supervisor override)"), this);
    addRow(QString(), m_override, QStringLiteral("override"), QStringLiteral("serialOverrideCheckBox"),
           tr("Supervisor override of the serial check"));
    m_overrideReason = new QLineEdit(this);
    m_overrideReason->setPlaceholderText(tr("Why this unit is accepted (recorded in the audit log)"));
    m_overrideLabel = addRow(tr("Override &reason:"), m_overrideReason, QStringLiteral("override_reason"),
                             QStringLiteral("overrideReasonLineEdit"), tr("Override reason"));

    m_model = new QComboBox(this);
    m_model->setPlaceholderText(tr("Scan the serial first"));
    m_model->setEnabled(false);
    addRow(tr("&Model:"), m_model, QStringLiteral("model"), QStringLiteral("modelComboBox"), tr("Model"));

    m_customerCode = new QLineEdit(this);
    m_customerCode->setPlaceholderText(tr("CUST-001"));
    addRow(tr("Customer &code:"), m_customerCode, QStringLiteral("customer_code"),
           QStringLiteral("customerCodeLineEdit"), tr("Customer code"));
    m_customerName = new QLineEdit(this);
    addRow(tr("Customer &name:"), m_customerName, QStringLiteral("customer_name"),
           QStringLiteral("customerNameLineEdit"), tr("Customer name"));
    m_phone = new QLineEdit(this);
    m_phone->setPlaceholderText(tr("Mobile number, e.g. 98220 12345"));
    addRow(tr("&Phone:"), m_phone, QStringLiteral("phone"), QStringLiteral("phoneLineEdit"), tr("Customer phone"));
    m_city = new QLineEdit(this);
    addRow(tr("C&ity:"), m_city, QStringLiteral("city"), QStringLiteral("cityLineEdit"), tr("Customer city"));
    m_state = new QLineEdit(this);
    m_state->setPlaceholderText(tr("MH, Maharashtra or 27"));
    addRow(tr("S&tate:"), m_state, QStringLiteral("state"), QStringLiteral("stateLineEdit"), tr("Customer state"));
    m_pinCode = new QLineEdit(this);
    m_pinCode->setPlaceholderText(tr("6 digits"));
    m_pinCode->setMaxLength(7);
    addRow(tr("PIN c&ode:"), m_pinCode, QStringLiteral("pin_code"), QStringLiteral("pinCodeLineEdit"),
           tr("Customer PIN code"));
    m_callType = new QComboBox(this);
    m_callType->setPlaceholderText(tr("Choose the call type (type its first letter)"));
    addRow(tr("Call t&ype:"), m_callType, QStringLiteral("call_type"), QStringLiteral("callTypeComboBox"),
           tr("Call type"));
    m_technician = new QComboBox(this);
    addRow(tr("T&echnician:"), m_technician, QStringLiteral("technician_code"), QStringLiteral("technicianComboBox"),
           tr("Technician"));
    m_description = new QLineEdit(this);
    m_description->setPlaceholderText(tr("What the customer reports (Enter registers)"));
    addRow(tr("&Fault:"), m_description, QStringLiteral("description"), QStringLiteral("descriptionLineEdit"),
           tr("Fault reported"));
    outer->addLayout(grid);

    m_readiness = new QLabel(this);
    m_readiness->setObjectName(QStringLiteral("registerReadinessLabel"));
    m_readiness->setAccessibleName(tr("What the complaint still needs"));
    m_readiness->setWordWrap(true);
    outer->addWidget(m_readiness);
    auto *buttons = new QHBoxLayout;
    m_banner = new ResultBanner(this);
    m_banner->setObjectName(QStringLiteral("registerResultBanner"));
    buttons->addWidget(m_banner, 1);
    auto *registerAction = new QAction(tr("Register complaint"), this);
    registerAction->setObjectName(QStringLiteral("registerComplaintAction"));
    registerAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    registerAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(registerAction, &QAction::triggered, this, &RegisterComplaintForm::submit);
    addAction(registerAction);
    m_register = new QPushButton(
        tr("Register complaint  (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)),
        this);
    m_register->setObjectName(QStringLiteral("registerComplaintButton"));
    m_register->setAccessibleName(tr("Register complaint"));
    m_register->setFont(theme::bold(m_register->font()));
    connect(m_register, &QPushButton::clicked, this, &RegisterComplaintForm::submit);
    buttons->addWidget(m_register);
    outer->addLayout(buttons);
    outer->addStretch(1);

    connect(m_serial, &QLineEdit::editingFinished, this, &RegisterComplaintForm::checkSerial);
    connect(m_serial, &QLineEdit::textEdited, this, [this] {
        if (m_serial->text().trimmed().toUpper() != m_checkedSerial)
            clearSerialCheck();
    });
    connect(m_override, &QCheckBox::toggled, this, [this] {
        updateOverride();
        m_validation->revalidate(); // the reason is now asked for, or not
    });
    m_validation->setSummaryLabel(m_readiness,
                                  tr("Ready to register: %1 registers the complaint.")
                                      .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    updateOverride();
}

QString RegisterComplaintForm::message(const QString &field) const
{
    return m_validation->shownMessage(field);
}

void RegisterComplaintForm::setActor(const Actor &actor)
{
    m_actor = actor;
    if (m_actor.operatorCode.isEmpty()) {
        clearForm();
        m_banner->clearResult();
    }
    updateOverride();
    m_validation->revalidate();
}

void RegisterComplaintForm::refreshMasterData()
{
    const QString callType = m_callType->currentData().toString();
    m_callType->clear();
    for (const CallType &t : m_desk.complaints.callTypes())
        m_callType->addItem(t.name, t.code);
    m_callType->setCurrentIndex(m_callType->findData(callType));

    const QString technician = m_technician->currentData().toString();
    m_technician->clear();
    m_technician->addItem(tr("(none yet — the complaint stays open)"), QString());
    for (const Technician &t : MasterDataService(m_desk.station.db()).technicians()) {
        if (t.active)
            m_technician->addItem(QStringLiteral("%1 — %2 (%3)").arg(t.code, t.name, t.city), t.code);
    }
    m_technician->setCurrentIndex(qMax(0, m_technician->findData(technician)));
}

void RegisterComplaintForm::focusFirstField()
{
    m_serial->setFocus(Qt::OtherFocusReason);
    m_serial->selectAll();
}

void RegisterComplaintForm::takeSerial(const QString &serial)
{
    m_serial->setText(serial.trimmed());
    checkSerial();
    m_validation->touch(QStringLiteral("serial")); // scanned: done with, whatever has the focus
    // Straight on to the next thing to fill in.
    if (m_override->isVisible())
        m_override->setFocus(Qt::OtherFocusReason);
    else if (m_model->isEnabled())
        m_model->setFocus(Qt::OtherFocusReason);
    else
        m_customerCode->setFocus(Qt::OtherFocusReason);
}

void RegisterComplaintForm::clearSerialCheck()
{
    m_checkedSerial.clear();
    m_needsOverride = false;
    m_serialInfo->clear();
    m_model->clear();
    m_model->setEnabled(false);
    m_model->setPlaceholderText(tr("Scan the serial first"));
    updateOverride();
}

void RegisterComplaintForm::checkSerial()
{
    const QString text = m_serial->text().trimmed().toUpper();
    if (text.isEmpty()) {
        clearSerialCheck();
        m_validation->revalidate();
        return;
    }
    if (text == m_checkedSerial)
        return;
    clearSerialCheck();
    m_checkedSerial = text;
    auto check = m_desk.complaints.checkSerial(m_actor, text);
    if (!check.ok()) {
        m_validation->revalidate(); // the refusal, beside the serial once it is left
        return;
    }
    m_serial->setText(check->serial);
    m_checkedSerial = check->serial;
    m_serialInfo->setText(
        tr("%1 — %2 · models: %3 · register: %4")
            .arg(check->productCode, check->productName.isEmpty() ? tr("unnamed product") : check->productName,
                 check->models.isEmpty() ? tr("none in master data") : check->models.join(QStringLiteral(", ")),
                 check->registerState.isEmpty() ? tr("never seen") : check->registerState));
    for (const QString &model : check->models)
        m_model->addItem(model, model);
    if (check->models.size() == 1) {
        m_model->setCurrentIndex(0);
        m_model->setEnabled(false); // derived from the serial's product: nothing to choose
    } else {
        m_model->setPlaceholderText(tr("Choose the model (type its first letters)"));
        m_model->setCurrentIndex(-1);
        m_model->setEnabled(check->models.size() > 1);
    }
    m_needsOverride = check->needsOverride;
    updateOverride();
    m_validation->revalidate();
}

void RegisterComplaintForm::updateOverride()
{
    const bool offer = m_needsOverride && roleAllows(m_actor.role, Permission::OverrideSerialCheck);
    m_override->setVisible(offer);
    if (!offer)
        m_override->setChecked(false);
    const bool reason = offer && m_override->isChecked();
    m_overrideReason->setVisible(reason);
    m_overrideLabel->setVisible(reason);
}

ComplaintDraft RegisterComplaintForm::draft() const
{
    ComplaintDraft d;
    d.serial = m_serial->text();
    d.model = m_model->currentIndex() >= 0 ? m_model->currentData().toString() : QString();
    d.customerCode = m_customerCode->text();
    d.customerName = m_customerName->text();
    d.phone = m_phone->text();
    d.city = m_city->text();
    d.state = m_state->text();
    d.pinCode = m_pinCode->text();
    d.callType = m_callType->currentIndex() >= 0 ? m_callType->currentData().toString() : QString();
    d.technicianCode = m_technician->currentData().toString();
    d.description = m_description->text();
    if (m_override->isVisible() && m_override->isChecked())
        d.serialOverrideReason = m_overrideReason->text();
    return d;
}

void RegisterComplaintForm::submit()
{
    checkSerial();
    // Every field's message shows now; the focus goes to the first one in error; nothing is written.
    if (!m_validation->attemptSubmit()) {
        const QString what = m_validation->whatIsWrong();
        m_banner->showRefused(tr("Not registered: %1").arg(what));
        emit notify(what, true);
        return;
    }
    auto result = m_desk.complaints.registerComplaint(m_actor, draft());
    if (!result.ok()) {
        if (!m_validation->showRefusal(result.error()))
            m_register->setFocus(Qt::OtherFocusReason);
        m_banner->showRefused(tr("Not registered: %1").arg(result.message()));
        emit notify(result.message(), true);
        return;
    }
    const Complaint c = result.value();
    m_lastNumber = c.number;
    const QString text =
        tr("Complaint %1 registered — %2, %3 (%4).").arg(c.number, c.serial, c.model, complaintStatusTitle(c.status));
    m_banner->showAccepted(text);
    emit notify(text, false);
    emit registered(c);
    clearForm();
    focusFirstField();
}

void RegisterComplaintForm::clearForm()
{
    for (QLineEdit *e : {m_serial, m_overrideReason, m_customerCode, m_customerName, m_phone, m_city, m_state,
                         m_pinCode, m_description})
        e->clear();
    m_callType->setCurrentIndex(-1);
    m_technician->setCurrentIndex(0);
    m_override->setChecked(false);
    clearSerialCheck();
    m_validation->reset();
}

bool RegisterComplaintForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (!enter || (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return QWidget::eventFilter(watched, event);
    auto *combo = qobject_cast<QComboBox *>(watched);
    if (combo && combo->view() && combo->view()->isVisible())
        return QWidget::eventFilter(watched, event); // Enter picks the item in an open list
    if (watched == m_serial) {
        checkSerial();
    } else if (watched == m_description) {
        submit();
        return true;
    } else if (watched == m_override) {
        m_override->toggle(); // and on to the reason it now asks for
    }
    // Enter moves on to the next field the operator can fill.
    const auto *w = qobject_cast<QWidget *>(watched);
    for (qsizetype i = m_chain.indexOf(w) + 1; i < m_chain.size(); ++i) {
        QWidget *next = m_chain.at(i);
        if (next->isVisible() && next->isEnabled()) {
            next->setFocus(Qt::TabFocusReason);
            if (auto *edit = qobject_cast<QLineEdit *>(next))
                edit->selectAll();
            return true;
        }
    }
    return true;
}

} // namespace fb
