// Schema for Stage 3 dispatch orders (owned by the dispatch work).
#include "storage/Migrations.h"

namespace fb {

Migration migration002Dispatch()
{
    return {2, QStringLiteral("dispatch orders"), {}};
}

} // namespace fb
