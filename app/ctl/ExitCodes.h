#pragma once
// floorbridge-ctl's exit codes: what scripts can rely on.

namespace fb::ctl {

enum Exit : int {
    ExitOk = 0,
    ExitRefused = 1,  // the input was refused (validation, a business rule): the message says why
    ExitUsage = 2,    // wrong command line
    ExitStation = 3,  // the data folder / database cannot be used
    ExitAuth = 4,     // login failed or the operator may not do this
    ExitExternal = 5, // keychain or CRM unreachable
    ExitMismatch = 6, // reconcile: the run worked and found mismatches (the list says which)
};

} // namespace fb::ctl
