#pragma once
// Track a complaint: its number AND the unit's serial. Both must match; anything else shows the refusal and
// nothing more (not even whether the number exists).

#include "app/domain/Actor.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace fb {

struct ServiceDesk;
class ResultBanner;

class TrackComplaintView : public QWidget
{
    Q_OBJECT

public:
    TrackComplaintView(ServiceDesk &desk, QWidget *parent = nullptr);
    void setActor(const Actor &actor);
    void track();
    void takeSerial(const QString &serial);
    void focusFirstField();

private:
    ServiceDesk &m_desk;
    Actor m_actor;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_serial = nullptr;
    ResultBanner *m_banner = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace fb
