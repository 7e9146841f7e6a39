#pragma once
// Every floorbridge-ctl verb, one file each (app/ctl/Verb*.cpp). A new verb adds its factory here and to verbs().

#include "app/ctl/Context.h"

#include <QList>
#include <QString>

#include <functional>

namespace fb::ctl {

struct Verb
{
    QString name;    // "config", "status", "outbox"
    QString summary; // one line for --help
    QString usage;   // the verb's own help
    std::function<int(Context &)> run;
};

Verb approveVerb();
Verb complaintVerb();
Verb configVerb();
Verb credentialsVerb();
Verb demoVerb();
Verb dispatchVerb();
Verb generateVerb();
Verb inwardVerb();
Verb lookupVerb();
Verb operatorVerb();
Verb outboxVerb();
Verb partRequestVerb();
Verb pullVerb();
Verb reconcileVerb();
Verb returnOrderVerb();
Verb statusVerb();
Verb syncVerb();
Verb validateVerb();

// All of them, in name order (as --help lists them).
const QList<Verb> &verbs();

} // namespace fb::ctl
