#pragma once
// Part requests against a complaint and the part updates after approval. Rules (docs/service.md): parts come from
// master data; class A parts need one part serial per unit requested, each matching the part's serial pattern;
// a request goes to a supervisor for approval; issuing, replacing and consuming a part each need at least one
// document (PNG, JPEG or PDF, size-limited), stored by content hash.

#include "app/core/BrandCalendar.h"
#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/domain/PartRequest.h"
#include "app/domain/ServiceMasterData.h"
#include "app/services/ActionPipeline.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

class Database;
class SettingsStore;

struct PartLineDraft
{
    QString partCode;
    int quantity = 1;
    QStringList partSerials; // class A: exactly `quantity`, each matching the part's pattern; others: optional
};

// A document being attached: its bytes and the name it came under ("invoice.pdf").
struct DocumentInput
{
    QString fileName;
    QByteArray bytes;
};

class PartRequestService
{
    Q_DECLARE_TR_FUNCTIONS(fb::PartRequestService)

public:
    // `dataDir`: documents are kept under <dataDir>/documents/<sha256>.
    PartRequestService(Database &db, SettingsStore &settings, const Clock &clock, QString dataDir);

    // Permission RequestParts. The complaint must be OPEN, ASSIGNED, VISITED or AWAITING_PARTS; it moves to
    // AWAITING_PARTS. The request starts PENDING (waiting for a supervisor). Error::field "parts[i].part_code",
    // "parts[i].quantity", "parts[i].part_serials".
    Result<PartRequest> create(const Actor &actor, const QString &complaintNumber, const QList<PartLineDraft> &lines,
                               const QString &notes = {});

    // Permission RequestParts. issued: APPROVED → ISSUED; replaced: ISSUED → REPLACED; consumed: ISSUED or
    // REPLACED → CONSUMED. At least one document is required ("documents"); each is type- and size-checked.
    Result<PartRequest> update(const Actor &actor, const QString &number, PartAction action,
                               const QList<DocumentInput> &documents, const QString &notes = {});
    // Reads a file for update(); refuses a missing or unreadable file naming it.
    static Result<DocumentInput> readDocumentFile(const QString &path);
    // A document about to be attached, checked as update() will check it (type, size), for the form to refuse it at
    // once: its MIME type and SHA-256 (two attachments with one hash are one document).
    struct DocumentCheck
    {
        QString mimeType;
        QString sha256;
    };
    Result<DocumentCheck> checkDocument(const DocumentInput &document) const;

    Result<PartRequest> get(const Actor &actor, const QString &number) const;
    Result<QList<PartRequest>> forComplaint(const Actor &actor, const QString &complaintNumber) const;
    QList<Part> parts() const;

    // A stored document's bytes and metadata, for viewing (permission UpdateComplaint); get() and forComplaint() too.
    Result<std::pair<StoredDocument, QByteArray>> document(const Actor &actor, const QString &sha256) const;

    // The part-serial rule on its own (the form checks each serial as it is scanned).
    static Status validatePartSerial(const Part &part, const QString &serial, const QString &field);
    // One line of a request on its own, as create() checks it (and a form before sending): the part (nullopt: not in
    // master data), the quantity, the part serials (one per part for class A; format). Fields "parts[index].…".
    static Result<PartRequestLine> checkLine(const std::optional<Part> &part, const PartLineDraft &draft, int index);

private:
    Database &m_db;
    SettingsStore &m_settings;
    BrandClock m_clock; // the injected clock on the brand's calendar
    ActionPipeline m_actions;
    QString m_dataDir;
};

} // namespace fb
