#include "app/services/SerialGenerationService.h"

#include "app/services/BrandTime.h"
#include "app/services/Events.h"

#include "app/domain/SerialNumber.h"
#include "app/storage/Database.h"
#include "app/storage/DocumentNumbers.h"
#include "app/storage/MasterDataStore.h"
#include "app/storage/SerialRegister.h"
#include "app/storage/SettingsStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace fb {

namespace {

Error unknownProduct(const QString &code)
{
    return makeError(code.isEmpty() ? SerialGenerationService::tr("Choose a product.")
                                    : SerialGenerationService::tr(
                                          "There is no product %1 in the master data. Choose one from the list, or "
                                          "pull master data if it was added in the CRM today.")
                                          .arg(code),
                     QStringLiteral("product"), QStringLiteral("serials.unknown_product"));
}

} // namespace

SerialGenerationService::SerialGenerationService(Database &db, SettingsStore &settings, const Clock &clock)
    : m_db(db)
    , m_settings(settings)
    , m_clock(clock, brandZoneSetting(settings))
    , m_actions(db, m_clock)
{}

Result<GenerationQuota> SerialGenerationService::remainingToday(const QString &productCode) const
{
    const QString code = productCode.trimmed().toUpper();
    MasterDataStore master(m_db);
    const auto product = master.productByCode(code);
    if (!product)
        return unknownProduct(code);
    auto station = DocumentNumbers::stationNumber(m_settings);
    if (!station.ok())
        return station.error();
    const QDate day = m_clock.now().date();
    auto block = DocumentNumbers(m_db).serialBlock(code, day, *station);
    if (!block.ok())
        return block.error();
    return GenerationQuota{code,         product->name, day,         *station,
                           block->first, block->last,   block->next, block->remaining()};
}

Result<GenerationResult> SerialGenerationService::generate(const Actor &actor, const QString &productCode, int quantity)
{
    return generate(actor, QList<GenerationRequest>{{productCode, quantity}});
}

Result<GenerationResult> SerialGenerationService::generate(const Actor &actor, const QList<GenerationRequest> &requests)
{
    GenerationResult result;
    Status written = m_actions.run(actor, Permission::GenerateSerials, [&](ActionContext &ctx) -> Status {
        if (requests.isEmpty())
            return makeError(tr("Choose a product and how many serial numbers to generate."), QStringLiteral("product"),
                             QStringLiteral("serials.unknown_product"));
        auto station = DocumentNumbers::stationNumber(m_settings);
        if (!station.ok())
            return station.error();

        MasterDataStore master(m_db);
        QList<GeneratedProduct> products;
        QSet<QString> seen;
        for (const GenerationRequest &r : requests) {
            const QString code = r.productCode.trimmed().toUpper();
            const auto product = master.productByCode(code);
            if (!product)
                return unknownProduct(code);
            if (seen.contains(code))
                return makeError(tr("%1 is listed twice: give its whole quantity on one line.").arg(code),
                                 QStringLiteral("product"), QStringLiteral("serials.duplicate_product"));
            seen.insert(code);
            if (r.quantity < 1)
                return makeError(tr("Enter how many %1 serial numbers to generate (1 or more).").arg(code),
                                 QStringLiteral("quantity"), QStringLiteral("serials.quantity"));
            GeneratedProduct g;
            g.productId = product->id;
            g.productCode = code;
            g.productName = product->name;
            products.append(g);
        }

        const QDateTime now = ctx.now();
        const QDate day = now.date();
        result.day = day;
        DocumentNumbers numbers(m_db);
        SerialRegister reg(m_db);
        QJsonArray productsJson;
        result.total = 0;
        for (qsizetype i = 0; i < products.size(); ++i) {
            GeneratedProduct &g = products[i];
            const int quantity = requests.at(i).quantity;
            auto first = numbers.reserveSerialNumbers(g.productCode, day, *station, quantity);
            if (!first.ok())
                return first.error();
            g.firstNo = *first;
            g.lastNo = *first + quantity - 1;
            g.remainingAfter = DocumentNumbers::blockLast(*station) - g.lastNo;
            g.serials.clear();
            QJsonArray list;
            for (int n = g.firstNo; n <= g.lastNo; ++n) {
                const QString serial = formatSerial(g.productCode, day, n);
                SerialChange change;
                change.serial = serial;
                change.kind = QStringLiteral("generated");
                change.to = SerialState::Generated;
                change.productCode = g.productCode;
                change.madeOn = day;
                change.runningNo = n;
                if (Status s = reg.apply(actor, now, change); !s)
                    return s;
                g.serials.append(serial);
                list.append(serial);
            }
            result.total += quantity;
            // Seed 000, Stage 1, field for field.
            productsJson.append(QJsonObject{{QStringLiteral("product_id"), g.productId},
                                            {QStringLiteral("product_code"), g.productCode},
                                            {QStringLiteral("serial_list"), list}});
        }
        result.payload =
            QJsonObject{{QStringLiteral("total_sr"), result.total}, {QStringLiteral("products"), productsJson}};
        auto eventId = ctx.queue(events::serialsGenerated(result.payload));
        if (!eventId.ok())
            return eventId.error();
        result.eventId = *eventId;
        result.products = products;
        QStringList summary;
        for (const GeneratedProduct &g : products)
            summary << QStringLiteral("%1 %2–%3").arg(g.productCode, g.serials.first(), g.serials.last());
        return ctx.audit(QStringLiteral("serials.generate"), summary.join(QStringLiteral(", ")),
                         QStringLiteral("total %1, event %2").arg(result.total).arg(result.eventId));
    });
    if (!written)
        return written.error();
    return result;
}

} // namespace fb
