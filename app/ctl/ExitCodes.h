#pragma once
// floorbridge-ctl's exit codes, which scripts rely on, and the one place an error becomes one: every verb that fails
// with an fb::Error exits with exitCodeFor(error), chosen by the error's code, so a refusal exits alike in every verb.

#include "app/core/Result.h"

#include <QString>

namespace fb::ctl {

enum Exit : int {
    ExitOk = 0,
    ExitRefused = 1,  // the input or a business rule refused it: the message says why
    ExitUsage = 2,    // wrong command line: the usage says what is expected
    ExitStation = 3,  // the data folder or its database cannot be used (db.*)
    ExitAuth = 4,     // login failed (code or PIN wrong, whatever its form; locked; disabled) or not permitted (auth.*)
    ExitExternal = 5, // a CRM is not set up or cannot be reached: no address, no token, keychain, network, its answer
    ExitMismatch = 6, // reconcile: the run worked and found mismatches (the list says which)
};

// The exit code for `error`, by its code: the longest prefix in ExitCodes.cpp's table that matches; ExitRefused for
// any other code and for none.
int exitCodeFor(const Error &error);

// The table for `floorbridge-ctl --help` (README.md's command-line section says the same).
QString exitCodesHelp();

} // namespace fb::ctl
