// A serial's (or document's) audit entries without scanning the whole log: the lookup dialog lists a serial's label
// prints and reprints beside its movements, and the log only grows.
#include "app/storage/Migrations.h"

namespace fb {

Migration migration006AuditSubject()
{
    return {
        6,
        QStringLiteral("audit log: index by subject"),
        {
            QStringLiteral("CREATE INDEX audit_log_subject ON audit_log(subject, id)"),
        },
    };
}

} // namespace fb
