#include "app/domain/PartRequest.h"

#include "app/domain/EnumNames.h"

#include <QCoreApplication>

namespace fb {

namespace {
constexpr EnumName<PartRequestStatus> kStatusNames[] = {
    {PartRequestStatus::Pending, u"PENDING"},   {PartRequestStatus::Approved, u"APPROVED"},
    {PartRequestStatus::Rejected, u"REJECTED"}, {PartRequestStatus::Issued, u"ISSUED"},
    {PartRequestStatus::Replaced, u"REPLACED"}, {PartRequestStatus::Consumed, u"CONSUMED"},
};

constexpr EnumName<PartAction> kActionNames[] = {
    {PartAction::Issued, u"issued"},
    {PartAction::Replaced, u"replaced"},
    {PartAction::Consumed, u"consumed"},
};

constexpr EnumName<SpareDecision> kDecisionNames[] = {
    {SpareDecision::Approve, u"APPROVED"},
    {SpareDecision::Reject, u"REJECTED"},
};
} // namespace

QString partRequestStatusName(PartRequestStatus status)
{
    return nameOf(kStatusNames, status);
}

QString partRequestStatusTitle(PartRequestStatus status)
{
    switch (status) {
    case PartRequestStatus::Pending:
        return QCoreApplication::translate("fb::Service", "Waiting for approval");
    case PartRequestStatus::Approved:
        return QCoreApplication::translate("fb::Service", "Approved");
    case PartRequestStatus::Rejected:
        return QCoreApplication::translate("fb::Service", "Rejected");
    case PartRequestStatus::Issued:
        return QCoreApplication::translate("fb::Service", "Issued");
    case PartRequestStatus::Replaced:
        return QCoreApplication::translate("fb::Service", "Replaced");
    case PartRequestStatus::Consumed:
        return QCoreApplication::translate("fb::Service", "Consumed");
    }
    return {};
}

std::optional<PartRequestStatus> partRequestStatusFromName(const QString &name)
{
    return valueOf(kStatusNames, name, {.trim = true, .textCase = NameMatch::Case::Upper});
}

bool isOpen(PartRequestStatus status)
{
    return status != PartRequestStatus::Rejected && status != PartRequestStatus::Consumed;
}

QString partActionName(PartAction action)
{
    return nameOf(kActionNames, action);
}

std::optional<PartAction> partActionFromName(const QString &name)
{
    return valueOf(kActionNames, name, {.trim = true, .textCase = NameMatch::Case::Lower});
}

QString spareDecisionName(SpareDecision decision)
{
    return nameOf(kDecisionNames, decision);
}

} // namespace fb
