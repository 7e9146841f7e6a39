#include "app/domain/Transport.h"

#include "app/domain/VehicleNumber.h"

#include <QCoreApplication>

namespace fb {

namespace {

constexpr int kLrMaxLength = 15;

// The messages' translation context (resources/translations/*.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::Transport)
};

} // namespace

QString transportModeCode(TransportMode mode)
{
    switch (mode) {
    case TransportMode::Road:
        return QStringLiteral("ROAD");
    case TransportMode::Rail:
        return QStringLiteral("RAIL");
    case TransportMode::Air:
        return QStringLiteral("AIR");
    case TransportMode::Ship:
        return QStringLiteral("SHIP");
    }
    return {};
}

Result<TransportMode> parseTransportMode(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    for (TransportMode m : {TransportMode::Road, TransportMode::Rail, TransportMode::Air, TransportMode::Ship}) {
        if (t == transportModeCode(m) || t == QString::number(int(m) + 1))
            return m;
    }
    return makeError(Tr::tr("Transport mode '%1' is not known — choose ROAD, RAIL, AIR or SHIP").arg(text.trimmed()),
                     QStringLiteral("transport_mode"), QStringLiteral("transport.mode"));
}

Result<QString> normaliseLrNumber(const QString &text)
{
    const QString field = QStringLiteral("lr_no");
    const QString lr = text.trimmed().toUpper();
    if (lr.isEmpty())
        return makeError(Tr::tr("LR number is empty — enter the lorry receipt / transport document number, e.g. "
                                "LR-9827345"),
                         field, QStringLiteral("lr.empty"));
    for (const QChar c : lr) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'/';
        if (!ok)
            return makeError(Tr::tr("LR number %1: '%2' is not allowed — use letters, digits, dash (-) and slash (/) "
                                    "only")
                                 .arg(lr, c),
                             field, QStringLiteral("lr.chars"));
    }
    if (lr.size() > kLrMaxLength)
        return makeError(Tr::tr("LR number %1 has %2 characters — at most 15 are allowed").arg(lr).arg(lr.size()),
                         field, QStringLiteral("lr.length"));
    return lr;
}

Status validateTransportModeRules(TransportMode mode, const QString &vehicleNo, const QString &lrNo)
{
    const bool needsVehicle = mode == TransportMode::Road || mode == TransportMode::Ship;
    const bool needsLr = mode != TransportMode::Road;
    const QString modeName = transportModeCode(mode);
    const bool hasVehicle = !vehicleNo.trimmed().isEmpty();
    const bool hasLr = !lrNo.trimmed().isEmpty();

    if (needsVehicle && !hasVehicle)
        return makeError(
            Tr::tr("Vehicle number is required for transport mode %1 — enter the registration number, e.g. "
                   "MH12AB1234")
                .arg(modeName),
            QStringLiteral("vehicle_no"), QStringLiteral("transport.vehicle_required"));
    if (hasVehicle) {
        const Result<VehicleNumber> vehicle = validateVehicleNumber(vehicleNo);
        if (!vehicle)
            return vehicle.error();
    }
    if (needsLr && !hasLr)
        return makeError(
            Tr::tr("LR number is required for transport mode %1 — enter the lorry receipt / railway receipt "
                   "/ airway bill / bill of lading number")
                .arg(modeName),
            QStringLiteral("lr_no"), QStringLiteral("transport.lr_required"));
    if (hasLr) {
        const Result<QString> lr = normaliseLrNumber(lrNo);
        if (!lr)
            return lr.error();
    }
    return Ok{};
}

} // namespace fb
