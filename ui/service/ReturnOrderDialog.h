#pragma once
// Return order for a complaint: the defective parts (from a part request that was issued, replaced or consumed)
// with their part serials — mandatory for class A — and/or the unit itself. Goes to both CRMs. The service's refusal
// appears beside the row it names.

#include "app/domain/Actor.h"
#include "app/services/ComplaintService.h"

#include <QDialog>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fb {

struct ServiceDesk;

class ReturnOrderDialog : public QDialog
{
    Q_OBJECT

public:
    ReturnOrderDialog(ServiceDesk &desk, const Actor &actor, const ComplaintDetails &details,
                      const QString &partRequestNumber = {}, QWidget *parent = nullptr);

    void addPartRow();
    void addUnitRow();
    void save();
    const ReturnOrder &result() const { return m_result; }
    QString rowMessage(int row) const;

private:
    struct Row
    {
        ReturnKind kind = ReturnKind::Part;
        QComboBox *part = nullptr; // parts only
        QLineEdit *serial = nullptr;
        QSpinBox *quantity = nullptr;
        QLabel *message = nullptr;
    };
    void fillParts(QComboBox *combo) const;
    void onRequestChanged();

    ServiceDesk &m_desk;
    Actor m_actor;
    ComplaintDetails m_details;
    QList<Row> m_rows;
    QComboBox *m_request = nullptr;
    QGridLayout *m_grid = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_requestMessage = nullptr;
    QLabel *m_error = nullptr;
    ReturnOrder m_result;
};

} // namespace fb
