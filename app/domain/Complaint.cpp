#include "app/domain/Complaint.h"

#include "app/domain/EnumNames.h"

#include <QCoreApplication>

namespace fb {

namespace {
constexpr EnumName<ComplaintStatus> kStatusNames[] = {
    {ComplaintStatus::Open, u"OPEN"},           {ComplaintStatus::Assigned, u"ASSIGNED"},
    {ComplaintStatus::Visited, u"VISITED"},     {ComplaintStatus::AwaitingParts, u"AWAITING_PARTS"},
    {ComplaintStatus::Resolved, u"RESOLVED"},   {ComplaintStatus::Closed, u"CLOSED"},
    {ComplaintStatus::Cancelled, u"CANCELLED"},
};
} // namespace

QString complaintStatusName(ComplaintStatus status)
{
    return nameOf(kStatusNames, status);
}

QString complaintStatusTitle(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Open:
        return QCoreApplication::translate("fb::Service", "Open");
    case ComplaintStatus::Assigned:
        return QCoreApplication::translate("fb::Service", "Assigned");
    case ComplaintStatus::Visited:
        return QCoreApplication::translate("fb::Service", "Visited");
    case ComplaintStatus::AwaitingParts:
        return QCoreApplication::translate("fb::Service", "Awaiting parts");
    case ComplaintStatus::Resolved:
        return QCoreApplication::translate("fb::Service", "Resolved");
    case ComplaintStatus::Closed:
        return QCoreApplication::translate("fb::Service", "Closed");
    case ComplaintStatus::Cancelled:
        return QCoreApplication::translate("fb::Service", "Cancelled");
    }
    return {};
}

const QList<ComplaintStatus> &allComplaintStatuses()
{
    static const QList<ComplaintStatus> all = valuesOf(kStatusNames);
    return all;
}

std::optional<ComplaintStatus> complaintStatusFromName(const QString &name)
{
    return valueOf(kStatusNames, name, {.trim = true, .textCase = NameMatch::Case::Upper, .underscores = true});
}

bool isTerminal(ComplaintStatus status)
{
    return status == ComplaintStatus::Closed || status == ComplaintStatus::Cancelled;
}

} // namespace fb
