#pragma once
// A page of the main window. Pages show what core services answer; they hold no business rules.

#include "app/domain/Actor.h"

#include <QKeySequence>
#include <QWidget>

#include <functional>
#include <optional>

namespace fb {

struct AppServices;
struct Scan;

class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    // The operator changed (login, lock and another operator logging in).
    virtual void setActor(const Actor &actor) { m_actor = actor; }
    // Scanning pages receive scans from every source while they are current.
    virtual bool isScanningPage() const { return false; }
    virtual void onScan(const Scan &scan) { Q_UNUSED(scan); }
    // A code the scanner read but could not decode (bad GS1 check digit, …): `reason` is for the packer.
    virtual void onScanRejected(const QString &reason, const QByteArray &raw)
    {
        Q_UNUSED(reason);
        Q_UNUSED(raw);
    }
    // Called when the page becomes current: put the focus where the user's next keystroke belongs.
    virtual void onShown() {}

    const Actor &actor() const { return m_actor; }

signals:
    // A message for the status line: neutral, success or an error the user should read.
    void notify(const QString &text, bool isError);

protected:
    Actor m_actor;
};

struct PageSpec
{
    QString id;                           // "inward"
    QString title;                        // translated
    QKeySequence shortcut;                // F-keys, so gloved hands never need the mouse
    std::optional<Permission> permission; // hidden from operators who may not use it (the services refuse anyway)
    std::function<Page *(AppServices &, QWidget *parent)> create;
};

// The pages of the main window, in navigation order.
QList<PageSpec> standardPages();

} // namespace fb
