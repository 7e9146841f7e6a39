#include "app/services/PartRequestService.h"

#include "app/services/BrandTime.h"
#include "app/services/Events.h"

#include "app/services/ServicePayloads.h"
#include "app/storage/ComplaintStore.h"
#include "app/storage/Database.h"
#include "app/storage/DocumentNumbers.h"
#include "app/storage/DocumentStore.h"
#include "app/storage/PartRequestStore.h"
#include "app/storage/ServiceMasterStore.h"
#include "app/storage/SettingsStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace fb {

namespace {

constexpr int kMaxQuantity = 99;

} // namespace

PartRequestService::PartRequestService(Database &db, SettingsStore &settings, const Clock &clock, QString dataDir)
    : m_db(db)
    , m_settings(settings)
    , m_clock(clock, brandZoneSetting(settings))
    , m_actions(db, m_clock)
    , m_dataDir(std::move(dataDir))
{}

QList<Part> PartRequestService::parts() const
{
    return ServiceMasterStore(m_db).parts();
}

Status PartRequestService::validatePartSerial(const Part &part, const QString &serial, const QString &field)
{
    const QString pattern =
        part.serialPattern.isEmpty() ? QString::fromLatin1(kDefaultPartSerialPattern) : part.serialPattern;
    const QRegularExpression re(pattern);
    if (!re.isValid() || !re.match(serial).hasMatch())
        return makeError(tr("Part serial %1 is not a %2 serial number: it should match %3 (6–20 capital letters, "
                            "digits or '-' unless master data says otherwise).")
                             .arg(serial, part.code, pattern),
                         field, QStringLiteral("part_request.serial_format"));
    return Ok{};
}

Result<PartRequestLine> PartRequestService::checkLine(const std::optional<Part> &part, const PartLineDraft &d,
                                                      int index)
{
    const QString prefix = QStringLiteral("parts[%1].").arg(index);
    const QString code = d.partCode.trimmed().toUpper();
    if (!part)
        return makeError(code.isEmpty()
                             ? tr("Part %1: choose a part.").arg(index + 1)
                             : tr("Part %1 is not in master data: check the code, or pull master data.").arg(code),
                         prefix + QStringLiteral("part_code"), QStringLiteral("part_request.part_unknown"));
    if (d.quantity < 1 || d.quantity > kMaxQuantity)
        return makeError(tr("Quantity of %1 must be 1 to %2, not %3.").arg(code).arg(kMaxQuantity).arg(d.quantity),
                         prefix + QStringLiteral("quantity"), QStringLiteral("part_request.quantity"));
    PartRequestLine line{part->code, part->name, part->partClass, d.quantity, {}};
    for (const QString &s : d.partSerials) {
        const QString serial = s.trimmed().toUpper();
        if (!serial.isEmpty())
            line.partSerials << serial;
    }
    if (part->isClassA() && line.partSerials.size() != d.quantity)
        return makeError(line.partSerials.isEmpty()
                             ? tr("%1 (%2) is a class A part: scan or type its part serial number (one per part "
                                  "requested).")
                                   .arg(part->code, part->name)
                             : tr("%1 is a class A part: %2 requested needs %2 part serial numbers, %3 given.")
                                   .arg(part->code)
                                   .arg(d.quantity)
                                   .arg(line.partSerials.size()),
                         prefix + QStringLiteral("part_serials"), QStringLiteral("part_request.serial_required"));
    if (!part->isClassA() && !line.partSerials.isEmpty() && line.partSerials.size() != d.quantity)
        return makeError(tr("%1: give one part serial per part (%2), or none.").arg(part->code).arg(d.quantity),
                         prefix + QStringLiteral("part_serials"), QStringLiteral("part_request.serial_count"));
    for (const QString &serial : std::as_const(line.partSerials)) {
        if (Status s = validatePartSerial(*part, serial, prefix + QStringLiteral("part_serials")); !s)
            return s.error();
    }
    return line;
}

Result<PartRequest> PartRequestService::create(const Actor &actor, const QString &complaintNumber,
                                               const QList<PartLineDraft> &lines, const QString &notes)
{
    PartRequest r;
    Status written = m_actions.run(actor, Permission::RequestParts, [&](ActionContext &ctx) -> Status {
        const QString number = complaintNumber.trimmed().toUpper();
        auto found = ComplaintStore(m_db).complaint(number);
        if (!found.ok())
            return found.error();
        if (!found.value())
            return makeError(tr("No complaint %1 on this station: check the number.").arg(number),
                             QStringLiteral("complaint"), QStringLiteral("complaint.unknown"));
        Complaint complaint = *found.value();
        const ComplaintStatus from = complaint.status;
        if (from != ComplaintStatus::Open && from != ComplaintStatus::Assigned && from != ComplaintStatus::Visited &&
            from != ComplaintStatus::AwaitingParts)
            return makeError(
                tr("Complaint %1 is %2: parts can only be requested while it is open, assigned, visited or "
                   "awaiting parts.")
                    .arg(complaint.number, complaintStatusTitle(from)),
                QStringLiteral("complaint"), QStringLiteral("part_request.complaint_status"));
        if (lines.isEmpty())
            return makeError(tr("Add at least one part to the request."), QStringLiteral("parts"),
                             QStringLiteral("part_request.no_parts"));

        QSet<QString> seenSerials;
        QStringList allSerials;
        for (int i = 0; i < lines.size(); ++i) {
            const PartLineDraft &d = lines.at(i);
            auto line = checkLine(ServiceMasterStore(m_db).part(d.partCode.trimmed().toUpper()), d, i);
            if (!line.ok())
                return line.error();
            for (const QString &serial : std::as_const(line->partSerials)) {
                if (seenSerials.contains(serial))
                    return makeError(tr("Part serial %1 is given twice: each part has its own serial.").arg(serial),
                                     QStringLiteral("parts[%1].part_serials").arg(i),
                                     QStringLiteral("part_request.serial_duplicate"));
                seenSerials.insert(serial);
                allSerials << serial;
            }
            r.lines.append(line.value());
        }
        auto used = PartRequestStore(m_db).partSerialsInUse(allSerials);
        if (!used.ok())
            return used.error();
        if (!used->isEmpty())
            return makeError(tr("Part serial %1 is already on another part request: a part can be requested once.")
                                 .arg(used->join(QStringLiteral(", "))),
                             QStringLiteral("parts"), QStringLiteral("part_request.serial_in_use"));

        auto station = DocumentNumbers::stationNumber(m_settings);
        if (!station.ok())
            return station.error();
        const QDateTime now = ctx.now();
        r.complaintNumber = complaint.number;
        r.status = PartRequestStatus::Pending;
        r.notes = notes.trimmed();
        r.createdAt = now.toString(Qt::ISODate);
        r.updatedAt = r.createdAt;
        r.operatorCode = actor.operatorCode;
        r.stationId = actor.stationId;
        auto prNumber = DocumentNumbers(m_db).next(QStringLiteral("PR"), now.date(), *station);
        if (!prNumber.ok())
            return prNumber.error();
        r.number = prNumber.value();
        if (Status s = PartRequestStore(m_db).insertPartRequest(r); !s)
            return s;
        if (from != ComplaintStatus::AwaitingParts) {
            complaint.status = ComplaintStatus::AwaitingParts;
            complaint.updatedAt = r.createdAt;
            const QString remarks = tr("Part request %1").arg(r.number);
            auto moved =
                ComplaintStore(m_db).updateComplaintStatus(complaint.number, from, complaint.status, r.createdAt);
            if (!moved.ok())
                return moved.error();
            if (!moved.value())
                return makeError(tr("Complaint %1 changed while the part request was being saved (it is no longer "
                                    "%2): reload it and try again.")
                                     .arg(complaint.number, complaintStatusTitle(from)),
                                 QStringLiteral("complaint"), QStringLiteral("complaint.conflict"));
            if (Status s = ComplaintStore(m_db).insertCallUpdate(
                    CallUpdate{0, complaint.number, complaintStatusName(from), complaintStatusName(complaint.status),
                               remarks, QStringLiteral("local"), r.createdAt, actor.operatorCode, actor.stationId});
                !s)
                return s;
            if (Status s = statusOf(ctx.queue(events::complaintUpdated(complaint, QStringLiteral("CALL_UPDATE"),
                                                                       complaintStatusName(from), remarks, now)));
                !s)
                return s;
        }
        if (Status s = ctx.audit(QStringLiteral("part_request.create"), r.number,
                                 QStringLiteral("complaint %1, %2 line(s)").arg(complaint.number).arg(r.lines.size()));
            !s)
            return s;
        // Ordering key: the complaint, so the CRMs see the request after the complaint and before its decision.
        return statusOf(ctx.queue(events::partRequestCreated(r, complaint, now)));
    });
    if (!written)
        return written.error();
    return r;
}

Result<DocumentInput> PartRequestService::readDocumentFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(tr("Document %1 does not exist: check the path.").arg(QDir::toNativeSeparators(path)),
                         QStringLiteral("documents"), QStringLiteral("document.missing"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("Cannot read document %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()),
                         QStringLiteral("documents"), QStringLiteral("document.read"));
    // Read one byte past any sane limit so an oversized file is refused by size, without loading all of it.
    return DocumentInput{QFileInfo(path).fileName(), file.read(64LL * 1024 * 1024 + 1)};
}

Result<PartRequest> PartRequestService::update(const Actor &actor, const QString &number, PartAction action,
                                               const QList<DocumentInput> &documents, const QString &notes)
{
    PartRequest r;
    Status written = m_actions.run(actor, Permission::RequestParts, [&](ActionContext &ctx) -> Status {
        const QString n = number.trimmed().toUpper();
        auto found = PartRequestStore(m_db).partRequest(n);
        if (!found.ok())
            return found.error();
        if (!found.value())
            return makeError(tr("No part request %1 on this station: check the number.").arg(n),
                             QStringLiteral("part_request"), QStringLiteral("part_request.unknown"));
        r = *found.value();
        using S = PartRequestStatus;
        QList<S> allowedFrom;
        S to = S::Issued;
        switch (action) {
        case PartAction::Issued:
            allowedFrom = {S::Approved};
            to = S::Issued;
            break;
        case PartAction::Replaced:
            allowedFrom = {S::Issued};
            to = S::Replaced;
            break;
        case PartAction::Consumed:
            allowedFrom = {S::Issued, S::Replaced};
            to = S::Consumed;
            break;
        }
        if (!allowedFrom.contains(r.status)) {
            QString hint;
            if (r.status == S::Pending)
                hint = tr("it is still waiting for a supervisor's approval");
            else if (r.status == S::Rejected)
                hint = tr("it was rejected");
            else if (r.status == S::Consumed)
                hint = tr("its parts are already consumed");
            else if (action == PartAction::Replaced || action == PartAction::Consumed)
                hint = tr("the part must be issued first");
            else
                hint = tr("it is already issued");
            return makeError(tr("Part request %1 is %2 and cannot be marked %3: %4.")
                                 .arg(r.number, partRequestStatusTitle(r.status), partActionName(action), hint),
                             QStringLiteral("action"), QStringLiteral("part_request.transition"));
        }
        if (documents.isEmpty())
            return makeError(tr("Attach at least one document (a photo or PDF: challan, job sheet, the fitted part) to "
                                "mark part request %1 %2.")
                                 .arg(r.number, partActionName(action)),
                             QStringLiteral("documents"), QStringLiteral("part_request.document_required"));
        DocumentStore docs(m_db, m_settings, m_dataDir);
        for (int i = 0; i < documents.size(); ++i) {
            if (Status s =
                    docs.check(documents.at(i).fileName, documents.at(i).bytes, QStringLiteral("documents[%1]").arg(i));
                !s)
                return s.error();
        }
        auto complaint = ComplaintStore(m_db).complaint(r.complaintNumber);
        if (!complaint.ok())
            return complaint.error();

        const QDateTime now = ctx.now();
        const QString at = now.toString(Qt::ISODate);
        // Checked by the write itself: if the request changed since it was read, nothing is written.
        auto moved = PartRequestStore(m_db).updatePartRequestStatus(r.number, r.status, to, at);
        if (!moved.ok())
            return moved.error();
        if (!moved.value())
            return makeError(tr("Part request %1 changed while it was being marked %2 (it is no longer %3): reload "
                                "it and try again.")
                                 .arg(r.number, partActionName(action), partRequestStatusTitle(r.status)),
                             QStringLiteral("part_request"), QStringLiteral("part_request.conflict"));
        r.status = to;
        r.updatedAt = at;
        const QString remarks = notes.trimmed();
        QList<StoredDocument> stored;
        for (int i = 0; i < documents.size(); ++i) {
            auto doc =
                docs.store(documents.at(i).fileName, documents.at(i).bytes, at, QStringLiteral("documents[%1]").arg(i));
            if (!doc.ok())
                return doc.error();
            StoredDocument d = doc.value();
            d.fileName = QFileInfo(documents.at(i).fileName).fileName(); // as attached this time
            stored.append(d);
            PartDocument link;
            link.partRequestNumber = r.number;
            link.action = partActionName(action);
            link.document = d;
            link.at = at;
            link.operatorCode = actor.operatorCode;
            link.stationId = actor.stationId;
            if (Status s = PartRequestStore(m_db).linkDocument(link); !s)
                return s;
            r.documents.append(link);
        }
        QStringList hashes;
        for (const StoredDocument &d : stored)
            hashes << d.sha256.left(12);
        if (Status s = ctx.audit(QStringLiteral("part_request.%1").arg(partActionName(action)), r.number,
                                 QStringLiteral("documents %1").arg(hashes.join(u',')));
            !s)
            return s;
        return statusOf(ctx.queue(events::partRequestUpdated(r, action, stored, remarks, now)));
    });
    if (!written)
        return written.error();
    return r;
}

Result<PartRequest> PartRequestService::get(const Actor &actor, const QString &number) const
{
    if (Status s = require(actor, Permission::UpdateComplaint); !s)
        return s.error();
    const QString n = number.trimmed().toUpper();
    auto found = PartRequestStore(m_db).partRequest(n);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return makeError(tr("No part request %1 on this station: check the number.").arg(n),
                         QStringLiteral("part_request"), QStringLiteral("part_request.unknown"));
    return *found.value();
}

Result<QList<PartRequest>> PartRequestService::forComplaint(const Actor &actor, const QString &complaintNumber) const
{
    if (Status s = require(actor, Permission::UpdateComplaint); !s)
        return s.error();
    return PartRequestStore(m_db).partRequestsFor(complaintNumber.trimmed().toUpper());
}

Result<std::pair<StoredDocument, QByteArray>> PartRequestService::document(const Actor &actor,
                                                                           const QString &sha256) const
{
    if (Status s = require(actor, Permission::UpdateComplaint); !s)
        return s.error();
    auto meta = DocumentStore(m_db, m_settings, m_dataDir).document(sha256.trimmed().toLower());
    if (!meta.ok())
        return meta.error();
    if (!meta.value())
        return makeError(tr("No document %1 on this station.").arg(sha256), QStringLiteral("sha256"),
                         QStringLiteral("document.unknown"));
    auto bytes = DocumentStore(m_db, m_settings, m_dataDir).read(meta.value()->sha256);
    if (!bytes.ok())
        return bytes.error();
    return std::make_pair(*meta.value(), bytes.value());
}

Result<PartRequestService::DocumentCheck> PartRequestService::checkDocument(const DocumentInput &document) const
{
    if (Status s = DocumentStore(m_db, m_settings, m_dataDir).check(document.fileName, document.bytes); !s)
        return s.error();
    return DocumentCheck{DocumentStore::sniffMime(document.bytes), DocumentStore::sha256Hex(document.bytes)};
}

} // namespace fb
