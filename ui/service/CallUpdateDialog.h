#pragma once
// Call update: visit notes (always) and, optionally, the next status — only the statuses the workflow allows from
// the current one are offered; the service still refuses what its rules forbid (closing with a part request open).
// Messages show beside the fields once a field is left or a save is tried (FormValidation).

#include "app/domain/Actor.h"
#include "app/domain/Complaint.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace fb {

class FormValidation;
struct ServiceDesk;

class CallUpdateDialog : public QDialog
{
    Q_OBJECT

public:
    CallUpdateDialog(ServiceDesk &desk, const Actor &actor, const Complaint &complaint, QWidget *parent = nullptr);
    const Complaint &result() const { return m_result; }
    void save();

private:
    ServiceDesk &m_desk;
    Actor m_actor;
    Complaint m_complaint;
    Complaint m_result;
    FormValidation *m_validation = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
};

// Technician and customer codes after registration (supervisors and admins; the service checks).
class EditCodesDialog : public QDialog
{
    Q_OBJECT

public:
    EditCodesDialog(ServiceDesk &desk, const Actor &actor, const Complaint &complaint, QWidget *parent = nullptr);
    const Complaint &result() const { return m_result; }
    void save();

private:
    ServiceDesk &m_desk;
    Actor m_actor;
    Complaint m_complaint;
    Complaint m_result;
    FormValidation *m_validation = nullptr;
    QComboBox *m_technician = nullptr;
    QLineEdit *m_customerCode = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace fb
