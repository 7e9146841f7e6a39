#pragma once
// Return orders: defective parts and units sent back, linked to the complaint (and the part request they came out
// of). Class A parts need their part serial; a unit needs the complaint's unit serial. Goes to both CRMs.

#include "app/core/BrandCalendar.h"
#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/domain/ReturnOrder.h"
#include "app/domain/ServiceMasterData.h"
#include "app/services/ActionPipeline.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fb {

class Database;
class SettingsStore;

struct ReturnLineDraft
{
    ReturnKind kind = ReturnKind::Part;
    QString partCode; // parts only
    QString serial;   // part serial (class A: mandatory, format-checked) or the unit's serial
    int quantity = 1; // parts without serials may return more than one
};

class ReturnOrderService
{
    Q_DECLARE_TR_FUNCTIONS(fb::ReturnOrderService)

public:
    ReturnOrderService(Database &db, SettingsStore &settings, const Clock &clock);

    // Permission ReturnOrder. The complaint must exist and not be CANCELLED; a given part request must belong to it
    // and have been ISSUED, REPLACED or CONSUMED, and a returned part must be one of its parts. A serial can be
    // returned once. Error::field "part_request", "items[i].part_code", "items[i].serial", "items".
    Result<ReturnOrder> create(const Actor &actor, const QString &complaintNumber, const QString &partRequestNumber,
                               const QList<ReturnLineDraft> &lines, const QString &reason = {});
    Result<QList<ReturnOrder>> forComplaint(const Actor &actor, const QString &complaintNumber) const;

private:
    Database &m_db;
    SettingsStore &m_settings;
    BrandClock m_clock; // the injected clock on the brand's calendar
    ActionPipeline m_actions;
};

} // namespace fb
