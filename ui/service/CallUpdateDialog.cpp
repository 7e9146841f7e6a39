#include "ui/service/CallUpdateDialog.h"

#include "app/services/MasterDataService.h"
#include "ui/service/ServiceDesk.h"
#include "ui/widgets/FormValidation.h"
#include "ui/widgets/Theme.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fb {

namespace {

QString saveKeyText()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
}

QDialogButtonBox *saveButtons(QDialog *dialog, const QString &saveText, const QString &name)
{
    auto *box = new QDialogButtonBox(dialog);
    QPushButton *save =
        box->addButton(QStringLiteral("%1  (%2)").arg(saveText, saveKeyText()), QDialogButtonBox::AcceptRole);
    save->setObjectName(name);
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    save->setAutoDefault(false);
    box->addButton(QDialogButtonBox::Cancel);
    return box;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("dialogErrorLabel"));
    l->setWordWrap(true);
    l->setStyleSheet(theme::errorText());
    return l;
}

// The line above the buttons: what the dialog still needs, or that it is ready and which key saves.
QLabel *readinessLabel(QDialog *dialog, FormValidation *validation)
{
    auto *l = new QLabel(dialog);
    l->setObjectName(QStringLiteral("dialogReadinessLabel"));
    l->setWordWrap(true);
    validation->setSummaryLabel(
        l, QCoreApplication::translate("fb::CallUpdateDialog", "Ready: %1 saves.").arg(saveKeyText()));
    return l;
}

} // namespace

CallUpdateDialog::CallUpdateDialog(ServiceDesk &desk, const Actor &actor, const Complaint &complaint, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_actor(actor)
    , m_complaint(complaint)
{
    m_validation = new FormValidation(this);
    setObjectName(QStringLiteral("callUpdateDialog"));
    setWindowTitle(tr("Call update — %1").arg(complaint.number));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("%1 · %2 · now <b>%3</b>").arg(complaint.number, complaint.serial, complaintStatusTitle(complaint.status)),
        this));
    auto *grid = new QGridLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("nextStatusComboBox"));
    m_status->setAccessibleName(tr("Next status"));
    m_status->addItem(tr("No change — a visit note"), QString());
    for (ComplaintStatus s : ComplaintService::allowedNext(complaint.status))
        m_status->addItem(complaintStatusTitle(s), complaintStatusName(s));
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    grid->addWidget(statusLabel, 0, 0);
    grid->addWidget(m_status, 0, 1);
    grid->addWidget(
        m_validation->addFieldAndLabel(QStringLiteral("status"), m_status, QStringLiteral("nextStatusMessage")), 0, 2);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("visitNotesEdit"));
    m_notes->setAccessibleName(tr("Visit notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What was found or done at the visit"));
    auto *notesLabel = new QLabel(tr("&Notes:"), this);
    notesLabel->setBuddy(m_notes);
    grid->addWidget(notesLabel, 1, 0, Qt::AlignTop);
    grid->addWidget(m_notes, 1, 1);
    grid->addWidget(
        m_validation->addFieldAndLabel(QStringLiteral("notes"), m_notes, QStringLiteral("visitNotesMessage")), 1, 2);
    layout->addLayout(grid);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    m_validation->setCheck([this] {
        QList<FormValidation::Problem> problems;
        if (Status s = ComplaintService::validateCallNotes(m_notes->toPlainText()); !s)
            problems.append({s.error().field, s.message(), false});
        return problems;
    });
    layout->addWidget(readinessLabel(this, m_validation));
    m_validation->revalidate();
    auto *buttons = saveButtons(this, tr("Save call update"), QStringLiteral("saveCallUpdateButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CallUpdateDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_notes->setFocus();
    resize(720, 320);
}

void CallUpdateDialog::save()
{
    m_error->clear();
    if (!m_validation->attemptSubmit())
        return;
    ComplaintChange change;
    const QString status = m_status->currentData().toString();
    if (!status.isEmpty())
        change.status = complaintStatusFromName(status);
    change.notes = m_notes->toPlainText();
    // The statuses offered follow from the one shown: if the new CRM moved it meanwhile, say so instead.
    change.expected = m_complaint.status;
    auto r = m_desk.complaints.update(m_actor, m_complaint.number, change);
    if (!r.ok()) {
        if (!m_validation->showRefusal(r.error()))
            m_error->setText(r.message());
        return;
    }
    m_result = r.value();
    accept();
}

EditCodesDialog::EditCodesDialog(ServiceDesk &desk, const Actor &actor, const Complaint &complaint, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_actor(actor)
    , m_complaint(complaint)
{
    m_validation = new FormValidation(this);
    setObjectName(QStringLiteral("editCodesDialog"));
    setWindowTitle(tr("Technician and customer codes — %1").arg(complaint.number));
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    m_technician = new QComboBox(this);
    m_technician->setObjectName(QStringLiteral("editTechnicianComboBox"));
    m_technician->setAccessibleName(tr("Technician code"));
    m_technician->addItem(tr("Keep %1").arg(complaint.technicianCode.isEmpty() ? tr("none") : complaint.technicianCode),
                          QString());
    for (const Technician &t : MasterDataService(desk.station.db()).technicians()) {
        if (t.active && t.code != complaint.technicianCode)
            m_technician->addItem(QStringLiteral("%1 — %2 (%3)").arg(t.code, t.name, t.city), t.code);
    }
    auto *techLabel = new QLabel(tr("&Technician:"), this);
    techLabel->setBuddy(m_technician);
    grid->addWidget(techLabel, 0, 0);
    grid->addWidget(m_technician, 0, 1);
    grid->addWidget(m_validation->addFieldAndLabel(QStringLiteral("technician_code"), m_technician,
                                                   QStringLiteral("editTechnicianMessage")),
                    0, 2);
    m_customerCode = new QLineEdit(complaint.customer.code, this);
    m_customerCode->setObjectName(QStringLiteral("editCustomerCodeLineEdit"));
    m_customerCode->setAccessibleName(tr("Customer code"));
    auto *custLabel = new QLabel(tr("&Customer code:"), this);
    custLabel->setBuddy(m_customerCode);
    grid->addWidget(custLabel, 1, 0);
    grid->addWidget(m_customerCode, 1, 1);
    grid->addWidget(m_validation->addFieldAndLabel(QStringLiteral("customer_code"), m_customerCode,
                                                   QStringLiteral("editCustomerCodeMessage")),
                    1, 2);
    layout->addLayout(grid);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    m_validation->setCheck([this] {
        // Empty keeps the registered code.
        QList<FormValidation::Problem> problems;
        if (!m_customerCode->text().trimmed().isEmpty()) {
            if (Status s = ComplaintService::validateCustomerCode(m_customerCode->text()); !s)
                problems.append({s.error().field, s.message(), false});
        }
        return problems;
    });
    layout->addWidget(readinessLabel(this, m_validation));
    m_validation->revalidate();
    auto *buttons = saveButtons(this, tr("Save codes"), QStringLiteral("saveCodesButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EditCodesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_technician->setFocus();
}

void EditCodesDialog::save()
{
    m_error->clear();
    if (!m_validation->attemptSubmit())
        return;
    const QString customer =
        m_customerCode->text().trimmed().toUpper() == m_complaint.customer.code ? QString() : m_customerCode->text();
    auto r = m_desk.complaints.setCodes(m_actor, m_complaint.number, m_technician->currentData().toString(), customer);
    if (!r.ok()) {
        if (!m_validation->showRefusal(r.error()))
            m_error->setText(r.message());
        return;
    }
    m_result = r.value();
    accept();
}

} // namespace fb
