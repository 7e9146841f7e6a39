// The main window's pages in navigation order. Each feature replaces its placeholder with its page here.
#include "ui/approvals/ApprovalsPage.h"
#include "ui/dispatch/DispatchPage.h"
#include "ui/generate/GeneratePage.h"
#include "ui/inward/InwardPage.h"
#include "ui/preferences/PreferencesPage.h"
#include "ui/service/ServicePage.h"
#include "ui/shell/Page.h"
#include "ui/shell/PlaceholderPage.h"
#include "ui/sync/SyncPage.h"

#include <QCoreApplication>

namespace fb {

namespace {

// The navigation titles' translation context (there is no Pages class).
struct Pages
{
    Q_DECLARE_TR_FUNCTIONS(fb::Pages)
};

[[maybe_unused]] PageSpec placeholder(const QString &id, const QString &title, const QKeySequence &key,
                                      std::optional<Permission> perm)
{
    return {id, title, key, perm, [title](AppServices &, QWidget *parent) -> Page * {
                return new PlaceholderPage(title, Pages::tr("This page is not available in this build yet."), parent);
            }};
}

} // namespace

QList<PageSpec> standardPages()
{
    return {
        {QStringLiteral("generate"), Pages::tr("Serial generation"), QKeySequence(Qt::Key_F2),
         Permission::GenerateSerials,
         [](AppServices &s, QWidget *parent) -> Page * { return new GeneratePage(s, parent); }},
        {QStringLiteral("inward"), Pages::tr("Inward"), QKeySequence(Qt::Key_F3), Permission::Inward,
         [](AppServices &s, QWidget *parent) -> Page * { return new InwardPage(s, parent); }},
        {QStringLiteral("dispatch"), Pages::tr("Dispatch"), QKeySequence(Qt::Key_F4), Permission::Dispatch,
         [](AppServices &s, QWidget *parent) -> Page * { return new DispatchPage(s, parent); }},
        {QStringLiteral("service"), Pages::tr("Service"), QKeySequence(Qt::Key_F5), Permission::RegisterComplaint,
         [](AppServices &s, QWidget *parent) -> Page * { return new ServicePage(s, parent); }},
        {QStringLiteral("approvals"), Pages::tr("Approvals"), QKeySequence(Qt::Key_F6), Permission::ApproveSpares,
         [](AppServices &s, QWidget *parent) -> Page * { return new ApprovalsPage(s, parent); }},
        // Every role may look at delivery; the actions on it need ManageSync (checked by SyncAdminService).
        {QStringLiteral("sync"), Pages::tr("Sync"), QKeySequence(Qt::Key_F7), std::nullopt,
         [](AppServices &s, QWidget *parent) -> Page * { return new SyncPage(s, parent); }},
        {QStringLiteral("settings"), Pages::tr("Settings"), QKeySequence(Qt::Key_F8), Permission::ManageSettings,
         [](AppServices &s, QWidget *parent) -> Page * { return new PreferencesPage(s, parent); }},
    };
}

} // namespace fb
