#include "app/storage/InwardStore.h"

#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace fb {

namespace {

const QString kDraftColumns = QStringLiteral(
    "d.id, d.warehouse_code, d.state, d.request_id, d.created_at, d.submitted_at, d.operator_code, d.station_id, "
    "(SELECT COUNT(*) FROM inward_lines l WHERE l.draft_id = d.id)");

InwardDraftInfo draftFrom(const QSqlQuery &q)
{
    InwardDraftInfo d;
    d.id = q.value(0).toLongLong();
    d.warehouseCode = q.value(1).toString();
    d.state = draftStateFromName(q.value(2).toString()).value_or(DraftState::Open);
    d.requestId = q.value(3).toString();
    d.createdAt = q.value(4).toString();
    d.submittedAt = q.value(5).toString();
    d.operatorCode = q.value(6).toString();
    d.stationId = q.value(7).toString();
    d.lineCount = q.value(8).toInt();
    return d;
}

InwardLine lineFrom(const QSqlQuery &q)
{
    InwardLine l;
    l.serial = q.value(0).toString();
    l.productCode = q.value(1).toString();
    l.seq = q.value(2).toInt();
    l.scannedAt = q.value(3).toString();
    l.source = q.value(4).toString();
    l.warning = q.value(5).toString();
    return l;
}

// A null QString binds as SQL NULL: the NOT NULL text columns get "" instead.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

const QString kLineColumns = QStringLiteral("serial, product_code, seq, scanned_at, source, warning");

} // namespace

// The statements every scan runs, prepared once on this connection.
struct InwardStore::Prepared
{
    explicit Prepared(QSqlDatabase &db)
        : header(db)
        , holdings(db)
        , facts(db)
        , maxSeq(db)
        , insertLine(db)
        , insertRefusal(db)
    {}
    QSqlQuery header;
    QSqlQuery holdings;
    QSqlQuery facts;
    QSqlQuery maxSeq;
    QSqlQuery insertLine;
    QSqlQuery insertRefusal;
    bool ready = false;
};

InwardStore::InwardStore(Database &db)
    : m_db(db)
    , m_prepared(std::make_unique<Prepared>(db.handle()))
{}

InwardStore::~InwardStore() = default;

namespace {

Status prepareAll(Database &db, std::initializer_list<std::pair<QSqlQuery *, QString>> statements)
{
    for (const auto &[query, sql] : statements) {
        if (!query->prepare(sql))
            return makeError(db.describe(QStringLiteral("Query"), query->lastError()), {},
                             QStringLiteral("db.prepare"));
    }
    return Ok{};
}

Status run(Database &db, QSqlQuery &q, const QVariantList &bindings)
{
    for (int i = 0; i < bindings.size(); ++i)
        q.bindValue(i, bindings.at(i));
    if (!q.exec()) {
        const QSqlError err = q.lastError();
        q.finish();
        return makeError(db.describe(QCoreApplication::translate("fb::Database", "Cannot save"), err), {},
                         QStringLiteral("db.exec"));
    }
    return Ok{};
}

} // namespace

Status InwardStore::ensurePrepared()
{
    if (m_prepared->ready)
        return Ok{};
    Prepared &p = *m_prepared;
    if (Status s =
            prepareAll(m_db, {{&p.header, QStringLiteral("SELECT id, warehouse_code, state, request_id, "
                                                         "created_at, submitted_at, operator_code, station_id, 0 "
                                                         "FROM inward_drafts WHERE id = ?")},
                              {&p.holdings, QStringLiteral("SELECT l.draft_id, d.warehouse_code, "
                                                           "d.operator_code, l.seq FROM inward_lines l JOIN "
                                                           "inward_drafts d ON d.id = l.draft_id WHERE "
                                                           "l.serial = ? AND d.state = 'OPEN'")},
                              {&p.facts, QStringLiteral("SELECT state, warehouse_code, party_code, ref, "
                                                        "updated_at FROM serials WHERE serial = ?")},
                              {&p.maxSeq, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM inward_lines "
                                                         "WHERE draft_id = ?")},
                              {&p.insertLine, QStringLiteral("INSERT INTO inward_lines(draft_id, serial, "
                                                             "product_code, seq, scanned_at, source, warning) "
                                                             "VALUES(?, ?, ?, ?, ?, ?, ?)")},
                              {&p.insertRefusal, QStringLiteral("INSERT INTO inward_refusals(draft_id, raw, "
                                                                "reason, at, code) VALUES(?, ?, ?, ?, ?)")}});
        !s)
        return s;
    p.ready = true;
    return Ok{};
}

Result<std::optional<InwardDraftInfo>> InwardStore::findOpen(const QString &stationId, const QString &warehouseCode,
                                                             const QString &operatorCode) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM inward_drafts d WHERE d.state = 'OPEN' AND d.station_id = ? "
                                      "AND d.warehouse_code = ? AND d.operator_code = ? ORDER BY d.id LIMIT 1")
                           .arg(kDraftColumns),
                       {stationId, warehouseCode, operatorCode});
    if (!q.ok())
        return q.error();
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return std::optional<InwardDraftInfo>{};
    return std::optional<InwardDraftInfo>(draftFrom(row));
}

Result<std::optional<InwardDraftInfo>> InwardStore::draft(qint64 draftId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM inward_drafts d WHERE d.id = ?").arg(kDraftColumns), {draftId});
    if (!q.ok())
        return q.error();
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return std::optional<InwardDraftInfo>{};
    return std::optional<InwardDraftInfo>(draftFrom(row));
}

Result<std::optional<InwardDraftInfo>> InwardStore::draftHeader(qint64 draftId)
{
    if (Status p = ensurePrepared(); !p)
        return p.error();
    QSqlQuery &q = m_prepared->header;
    if (Status s = run(m_db, q, {draftId}); !s)
        return s.error();
    std::optional<InwardDraftInfo> out;
    if (q.next())
        out = draftFrom(q);
    q.finish();
    return out;
}

Result<QList<InwardDraftInfo>> InwardStore::openDrafts(const QString &stationId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM inward_drafts d WHERE d.state = 'OPEN' AND d.station_id = ? "
                                      "ORDER BY d.id")
                           .arg(kDraftColumns),
                       {stationId});
    if (!q.ok())
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QList<InwardDraftInfo> out;
    while (rows.next())
        out.append(draftFrom(rows));
    return out;
}

Result<qint64> InwardStore::createDraft(const QString &warehouseCode, const QString &createdAt,
                                        const QString &operatorCode, const QString &stationId)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO inward_drafts(warehouse_code, state, created_at, operator_code, "
                                      "station_id) VALUES(?, 'OPEN', ?, ?, ?)"),
                       {warehouseCode, createdAt, operatorCode, stationId});
    if (!q.ok())
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Status InwardStore::close(qint64 draftId, DraftState to, const QString &requestId, const QString &at)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE inward_drafts SET state = ?, request_id = ?, submitted_at = ? "
                       "WHERE id = ? AND state = 'OPEN'"),
        {draftStateName(to), requestId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : requestId, at, draftId});
    if (!q.ok())
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return makeError(QCoreApplication::translate("fb::InwardStore",
                                                     "This inward draft is no longer open: it was submitted or "
                                                     "abandoned in another window."),
                         {}, QStringLiteral("inward.draft_closed"));
    return Ok{};
}

Result<QList<InwardLine>> InwardStore::lines(qint64 draftId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM inward_lines WHERE draft_id = ? ORDER BY seq").arg(kLineColumns),
                       {draftId});
    if (!q.ok())
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QList<InwardLine> out;
    while (rows.next())
        out.append(lineFrom(rows));
    return out;
}

Result<QList<InwardRefusal>> InwardStore::refusals(qint64 draftId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, raw, code, reason, at FROM inward_refusals WHERE draft_id = ? "
                                      "ORDER BY id"),
                       {draftId});
    if (!q.ok())
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QList<InwardRefusal> out;
    while (rows.next())
        out.append(InwardRefusal{rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toString(),
                                 rows.value(3).toString(), rows.value(4).toString()});
    return out;
}

Result<QList<DraftHolding>> InwardStore::openHoldings(const QString &serial)
{
    if (Status p = ensurePrepared(); !p)
        return p.error();
    QSqlQuery &q = m_prepared->holdings;
    if (Status s = run(m_db, q, {serial}); !s)
        return s.error();
    QList<DraftHolding> out;
    while (q.next())
        out.append(
            DraftHolding{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    q.finish();
    return out;
}

Result<std::optional<RegisterFacts>> InwardStore::registerFacts(const QString &serial)
{
    if (Status p = ensurePrepared(); !p)
        return p.error();
    QSqlQuery &q = m_prepared->facts;
    if (Status s = run(m_db, q, {serial}); !s)
        return s.error();
    std::optional<RegisterFacts> out;
    if (q.next())
        out = RegisterFacts{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString()};
    q.finish();
    return out;
}

Result<InwardLine> InwardStore::appendLine(qint64 draftId, InwardLine line)
{
    if (Status p = ensurePrepared(); !p)
        return p.error();
    QSqlQuery &max = m_prepared->maxSeq;
    if (Status s = run(m_db, max, {draftId}); !s)
        return s.error();
    line.seq = max.next() ? max.value(0).toInt() + 1 : 1;
    max.finish();
    QSqlQuery &ins = m_prepared->insertLine;
    if (Status s = run(
            m_db, ins,
            {draftId, line.serial, line.productCode, line.seq, line.scannedAt, text(line.source), text(line.warning)});
        !s)
        return s.error();
    ins.finish();
    return line;
}

Result<qint64> InwardStore::appendRefusal(qint64 draftId, const InwardRefusal &refusal)
{
    if (Status p = ensurePrepared(); !p)
        return p.error();
    QSqlQuery &ins = m_prepared->insertRefusal;
    if (Status s = run(m_db, ins, {draftId, text(refusal.raw), text(refusal.message), refusal.at, text(refusal.code)});
        !s)
        return s.error();
    const qint64 id = ins.lastInsertId().toLongLong();
    ins.finish();
    return id;
}

Result<std::optional<InwardLine>> InwardStore::lastLine(qint64 draftId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM inward_lines WHERE draft_id = ? ORDER BY seq DESC LIMIT 1").arg(kLineColumns),
        {draftId});
    if (!q.ok())
        return q.error();
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return std::optional<InwardLine>{};
    return std::optional<InwardLine>(lineFrom(row));
}

Result<bool> InwardStore::removeLine(qint64 draftId, const QString &serial)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM inward_lines WHERE draft_id = ? AND serial = ?"), {draftId, serial});
    if (!q.ok())
        return q.error();
    return q.value().numRowsAffected() == 1;
}

QHash<QString, QString> InwardStore::operatorNames() const
{
    QHash<QString, QString> out;
    auto q = m_db.exec(QStringLiteral("SELECT code, name FROM operators"));
    if (!q.ok())
        return out;
    QSqlQuery rows = std::move(q).value();
    while (rows.next())
        out.insert(rows.value(0).toString(), rows.value(1).toString());
    return out;
}

} // namespace fb
