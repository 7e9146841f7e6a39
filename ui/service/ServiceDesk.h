#pragma once
// The service desk's core services, built once per page from the station and shared by its widgets and dialogs.
// The widgets only call these and show what they answer.

#include "app/services/ApprovalService.h"
#include "app/services/ComplaintService.h"
#include "app/services/PartRequestService.h"
#include "app/services/ReturnOrderService.h"
#include "app/services/ServiceDashboard.h"
#include "ui/shell/AppServices.h"

#include <functional>

namespace fb {

struct ServiceDesk
{
    explicit ServiceDesk(AppServices &services)
        : complaints(services.station->db(), services.station->settings(), *services.clock)
        , parts(services.station->db(), services.station->settings(), *services.clock, services.station->dataDir())
        , approvals(services.station->db(), *services.clock)
        , returns(services.station->db(), services.station->settings(), *services.clock)
        , dashboard(services.station->db(), *services.clock)
        , station(*services.station)
        , clock(*services.clock)
    {}

    ComplaintService complaints;
    PartRequestService parts;
    ApprovalService approvals;
    ReturnOrderService returns;
    ServiceDashboard dashboard;
    Station &station;
    const Clock &clock;
};

} // namespace fb
