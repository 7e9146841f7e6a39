#pragma once
// Stage 1: generate serial numbers <product_code><YYMMDD><NNNN> for today, register them as GENERATED and queue
// `serials.generated` to both CRMs in the same transaction. Running numbers come from this station's block
// (station k: k001…k999 per product per day, see storage/DocumentNumbers.h and docs/serials.md).

#include "app/core/BrandCalendar.h"
#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/services/ActionPipeline.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fb {

class Database;
class SettingsStore;

// What is left of today's block for one product on this station.
struct GenerationQuota
{
    QString productCode;
    QString productName;
    QDate day;
    int stationNumber = 1;
    int blockFirst = 1001;
    int blockLast = 1999;
    int nextNo = 1001;
    int remaining = 999;
};

struct GenerationRequest
{
    QString productCode;
    int quantity = 0;
};

struct GeneratedProduct
{
    QString productId; // master data products.id ("1")
    QString productCode;
    QString productName;
    QStringList serials; // in running-number order
    int firstNo = 0;
    int lastNo = 0;
    int remainingAfter = 0; // left of today's block for this product on this station
};

struct GenerationResult
{
    QDate day;
    QList<GeneratedProduct> products; // in request order
    int total = 0;
    QString eventId;     // the outbox event (both CRMs)
    QJsonObject payload; // the event data: seed 000's Stage 1 body {total_sr, products:[…]}
};

class SerialGenerationService
{
    Q_DECLARE_TR_FUNCTIONS(fb::SerialGenerationService)

public:
    SerialGenerationService(Database &db, SettingsStore &settings, const Clock &clock);

    // Today's block for a product. Refused for an unknown product code or a bad `station.number` setting.
    Result<GenerationQuota> remainingToday(const QString &productCode) const;

    // One product. Refusals (Error::code): auth.forbidden, serials.unknown_product, serials.quantity (< 1),
    // serials.block_exhausted ("Only N serial numbers are left for CGSTV32 today on this station (block 1001–1999)."),
    // station.number (bad setting). Nothing is written unless everything succeeds.
    Result<GenerationResult> generate(const Actor &actor, const QString &productCode, int quantity);
    // Several products in one batch: one `serials.generated` event with one products[] entry per request (the seed's
    // example: CGSTV32 ×2 and CGSTV36 ×3 → total_sr 5). A product may appear only once. All or nothing.
    Result<GenerationResult> generate(const Actor &actor, const QList<GenerationRequest> &requests);

private:
    Database &m_db;
    SettingsStore &m_settings;
    BrandClock m_clock; // the injected clock on the brand's calendar
    ActionPipeline m_actions;
};

} // namespace fb
