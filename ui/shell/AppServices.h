#pragma once
// What the pages may use: the station's core services and a few hooks main() wires to fb_sync
// (the UI never includes fb_sync and never talks HTTP or SQL itself).

#include "app/core/Clock.h"
#include "app/core/CredentialStore.h"
#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/services/Station.h"

#include <functional>

namespace fb {

class PullControl;
class ScanSource;
class SyncControl;
class ScannerHost;
class Translations;

struct AppServices
{
    Station *station = nullptr;
    const Clock *clock = nullptr;
    CredentialStore *credentials = nullptr;
    SyncControl *sync = nullptr;          // the running delivery (status signal, reload, wake); optional
    PullControl *pulls = nullptr;         // the running pull schedule (plan, Pull now, applied signal); optional
    ScanSource *serialScanner = nullptr;  // optional serial/HID scanner (the wedge is in the UI)
    Translations *translations = nullptr; // the language in use; Settings switches it (optional)
    ScannerHost *scanner = nullptr;       // the running scanner; Settings → Scanner switches it (optional)
};

} // namespace fb
