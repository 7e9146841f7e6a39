#pragma once
// What the window and the core services may ask of the running delivery (fb_sync's SyncEngine implements it; main()
// hands it over), so fb_ui and fb_core never include fb_sync.

#include "app/core/Crm.h"

#include <QObject>
#include <QString>

namespace fb {

class SyncControl : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The station settings (pauses, URLs, sync.*) or a CRM's credentials changed: re-read them now instead of at the
    // next periodic check.
    virtual void reloadNow() = 0;
    // Why nothing can be sent to `crm` (no token, no address, another process delivers); empty when it can.
    virtual QString blockedReason(Crm crm) const = 0;

public slots:
    // Call after committing an action that enqueued events or made a row due: delivery starts at once.
    virtual void wake() = 0;

signals:
    // Backlog, failures, pause or block of `crm` changed (at most ~10 times a second).
    void crmStatusChanged(fb::Crm crm);
};

} // namespace fb
