#pragma once
// Part request for a complaint: parts from master data with their class, a quantity and — for class A parts — one
// part serial per part. Each row's problem (PartRequestService::checkLine) shows beside it once the row is left or a
// send is tried, with a line naming the rows still incomplete; the service's refusal appears beside the row it names.
// The request then waits for a supervisor's approval.

#include "app/domain/Actor.h"
#include "app/domain/PartRequest.h"
#include "app/domain/ServiceMasterData.h"
#include "app/services/PartRequestService.h"

#include <QDialog>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fb {

class FormValidation;
struct ServiceDesk;

class PartRequestDialog : public QDialog
{
    Q_OBJECT

public:
    PartRequestDialog(ServiceDesk &desk, const Actor &actor, const QString &complaintNumber, QWidget *parent = nullptr);

    int rowCount() const { return int(m_rows.size()); }
    void addRow();
    void save();
    const PartRequest &result() const { return m_result; }
    QString rowMessage(int row) const;

private:
    struct Row
    {
        QComboBox *part = nullptr;
        QSpinBox *quantity = nullptr;
        QLineEdit *serials = nullptr;
        QLabel *message = nullptr;
    };
    QList<PartLineDraft> draftLines(QList<int> *rowOfLine) const;
    QStringList serialsOf(const Row &row) const;

    ServiceDesk &m_desk;
    Actor m_actor;
    QString m_complaintNumber;
    QList<Part> m_parts;
    QList<Row> m_rows;
    QGridLayout *m_grid = nullptr;
    QLineEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
    FormValidation *m_validation = nullptr;
    PartRequest m_result;
};

} // namespace fb
