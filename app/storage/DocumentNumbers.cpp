#include "app/storage/DocumentNumbers.h"

#include "app/storage/Database.h"
#include "app/storage/SettingsStore.h"

#include <QCoreApplication>

namespace fb {

namespace {

QString dayKey(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

DocumentNumbers::DocumentNumbers(Database &db)
    : m_db(db)
{}

Result<int> DocumentNumbers::stationNumber(const SettingsStore &settings)
{
    const QString text = settings.value(QStringLiteral("station.number")).trimmed();
    if (text.isEmpty())
        return 1;
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < kMinStation || n > kMaxStation)
        return makeError(tr("The setting station.number is '%1': it must be a whole number from 1 to 9, different on "
                            "every station (station k numbers serials and documents k001–k999 each day). Fix it "
                            "with 'floorbridge-ctl config set station.number K'.")
                             .arg(text),
                         QStringLiteral("station.number"), QStringLiteral("station.number"));
    return n;
}

QString DocumentNumbers::format(const QString &prefix, QDate day, int number)
{
    return QStringLiteral("%1-%2-%3")
        .arg(prefix, day.toString(QStringLiteral("yyyy-MM-dd")))
        .arg(number, 4, 10, QLatin1Char('0'));
}

Result<NumberBlock> DocumentNumbers::block(const QString &table, const QString &keyColumn, const QString &key,
                                           QDate day, int stationNumber) const
{
    if (stationNumber < kMinStation || stationNumber > kMaxStation)
        return makeError(tr("Station number %1 is outside 1–9.").arg(stationNumber), QStringLiteral("station.number"),
                         QStringLiteral("station.number"));
    NumberBlock b;
    b.stationNumber = stationNumber;
    b.first = blockFirst(stationNumber);
    b.last = blockLast(stationNumber);
    b.next = b.first;
    // Table and column names are our own constants, never user input.
    auto q = m_db.exec(QStringLiteral("SELECT next_no FROM %1 WHERE %2 = ? AND day = ?").arg(table, keyColumn),
                       {key, dayKey(day)});
    if (!q.ok())
        return q.error();
    QSqlQuery row = std::move(q).value();
    if (row.next()) {
        const int stored = row.value(0).toInt();
        // A counter from another block means station.number was changed today: start this block from its first
        // number. The register's and the drafts' unique keys still refuse any number that was really used.
        if (stored >= b.first && stored <= b.last + 1)
            b.next = stored;
    }
    return b;
}

Result<QString> DocumentNumbers::next(const QString &prefix, QDate day, int stationNumber)
{
    auto b = block(QStringLiteral("doc_counters"), QStringLiteral("prefix"), prefix, day, stationNumber);
    if (!b.ok())
        return b.error();
    if (b->remaining() == 0)
        return makeError(tr("All %1 %2 numbers of this station for %3 are used (block %4–%5). Continue tomorrow or "
                            "from another station.")
                             .arg(kBlockSize)
                             .arg(prefix, day.toString(Qt::ISODate))
                             .arg(b->first)
                             .arg(b->last),
                         {}, QStringLiteral("numbers.exhausted"));
    const int number = b->next;
    auto q = m_db.exec(QStringLiteral("INSERT INTO doc_counters(prefix, day, next_no) VALUES(?, ?, ?) "
                                      "ON CONFLICT(prefix, day) DO UPDATE SET next_no = excluded.next_no"),
                       {prefix, dayKey(day), number + 1});
    if (!q.ok())
        return q.error();
    return format(prefix, day, number);
}

Result<int> DocumentNumbers::remaining(const QString &prefix, QDate day, int stationNumber) const
{
    auto b = block(QStringLiteral("doc_counters"), QStringLiteral("prefix"), prefix, day, stationNumber);
    if (!b.ok())
        return b.error();
    return b->remaining();
}

Result<NumberBlock> DocumentNumbers::serialBlock(const QString &productCode, QDate day, int stationNumber) const
{
    auto b = block(QStringLiteral("serial_counters"), QStringLiteral("product_code"), productCode, day, stationNumber);
    if (!b.ok())
        return b.error();
    // The register is the last word: if units of this block are registered beyond the counter (a counter lost to a
    // restored backup, a hand-edited file), continue after them. Serials sort as text and share the prefix, so this
    // is a range read on the primary key.
    const QString stem = productCode + day.toString(QStringLiteral("yyMMdd"));
    auto q = m_db.exec(QStringLiteral("SELECT MAX(running_no) FROM serials WHERE serial BETWEEN ? AND ? "
                                      "AND product_code = ?"),
                       {stem + QString::number(b->first), stem + QString::number(b->last), productCode});
    if (!q.ok())
        return q.error();
    QSqlQuery row = std::move(q).value();
    if (row.next() && !row.value(0).isNull()) {
        const int used = row.value(0).toInt();
        if (used >= b->next && used <= b->last)
            b.value().next = used + 1;
    }
    return b;
}

Result<int> DocumentNumbers::reserveSerialNumbers(const QString &productCode, QDate day, int stationNumber, int count)
{
    auto b = serialBlock(productCode, day, stationNumber);
    if (!b.ok())
        return b.error();
    const int left = b->remaining();
    if (count > left) {
        const QString message =
            left == 0 ? tr("No serial numbers are left for %1 today on this station (block %2–%3 is used up). "
                           "Generate more tomorrow, or on another station.")
                            .arg(productCode)
                            .arg(b->first)
                            .arg(b->last)
            : left == 1 ? tr("Only 1 serial number is left for %1 today on this station (block %2–%3).")
                              .arg(productCode)
                              .arg(b->first)
                              .arg(b->last)
                        : tr("Only %1 serial numbers are left for %2 today on this station (block %3–%4).")
                              .arg(left)
                              .arg(productCode)
                              .arg(b->first)
                              .arg(b->last);
        return makeError(message, QStringLiteral("quantity"), QStringLiteral("serials.block_exhausted"));
    }
    const int first = b->next;
    auto q = m_db.exec(QStringLiteral("INSERT INTO serial_counters(product_code, day, next_no) VALUES(?, ?, ?) "
                                      "ON CONFLICT(product_code, day) DO UPDATE SET next_no = excluded.next_no"),
                       {productCode, dayKey(day), first + count});
    if (!q.ok())
        return q.error();
    return first;
}

} // namespace fb
