#pragma once
// Register a complaint: the unit's serial first (scanned or typed, checked at once against the nomenclature and the
// serial register, showing the product and its models or the refusal), then the customer, call type and technician.
// ComplaintService's check of each field appears beside it once the field is left or a registration is tried, and a
// line names what is still needed (FormValidation). Enter moves to the next field; Ctrl+Enter (or Enter in the last
// field) registers. A supervisor may accept a never-dispatched unit with a reason.

#include "app/domain/Actor.h"
#include "app/domain/Complaint.h"
#include "app/services/ComplaintService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fb {

struct ServiceDesk;
class FormValidation;
class ResultBanner;

class RegisterComplaintForm : public QWidget
{
    Q_OBJECT

public:
    RegisterComplaintForm(ServiceDesk &desk, QWidget *parent = nullptr);

    void setActor(const Actor &actor);
    // Call types and technicians from master data (they may have been pulled since the form was built).
    void refreshMasterData();
    // A scanned unit serial: into the serial field, checked at once.
    void takeSerial(const QString &serial);
    void focusFirstField();
    void submit();

    // What is shown beside the field now.
    QString message(const QString &field) const;
    QString lastNumber() const { return m_lastNumber; }

signals:
    void registered(const fb::Complaint &complaint);
    void notify(const QString &text, bool isError);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void checkSerial();
    void clearSerialCheck();
    ComplaintDraft draft() const;
    void clearForm();
    void updateOverride();

    ServiceDesk &m_desk;
    Actor m_actor;
    FormValidation *m_validation = nullptr;
    QString m_checkedSerial;
    bool m_needsOverride = false;
    QString m_lastNumber;

    QLineEdit *m_serial = nullptr;
    QLabel *m_serialInfo = nullptr;
    QCheckBox *m_override = nullptr;
    QLineEdit *m_overrideReason = nullptr;
    QLabel *m_overrideLabel = nullptr;
    QComboBox *m_model = nullptr;
    QLineEdit *m_customerCode = nullptr;
    QLineEdit *m_customerName = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_state = nullptr;
    QLineEdit *m_pinCode = nullptr;
    QComboBox *m_callType = nullptr;
    QComboBox *m_technician = nullptr;
    QLineEdit *m_description = nullptr;
    QPushButton *m_register = nullptr;
    ResultBanner *m_banner = nullptr;
    QLabel *m_readiness = nullptr;
    QList<QWidget *> m_chain; // the fields in the order Enter walks them
};

} // namespace fb
