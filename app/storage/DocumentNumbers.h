#pragma once
// Numbers that must never be reused, across restarts and across stations, without a network round trip: each station
// owns a block of 999 numbers per day. Station k (setting `station.number`, 1–9) uses k001…k999, so station 1's first
// inward of 2025-09-25 is INV-2025-09-25-1001 and its first CGSTV32 unit that day is CGSTV322509251001.
// Document numbers (INV-…, DO-…) come from doc_counters, serial running numbers from serial_counters.
// See docs/serials.md for why (and how the new CRM could hand out blocks later).

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace fb {

class Database;
class SettingsStore;

struct NumberBlock
{
    int stationNumber = 1;
    int first = 1001; // k001
    int last = 1999;  // k999
    int next = 1001;  // the next number this station will hand out (last + 1 when the block is used up)
    int remaining() const { return next > last ? 0 : last - next + 1; }
};

class DocumentNumbers
{
    Q_DECLARE_TR_FUNCTIONS(fb::DocumentNumbers)

public:
    explicit DocumentNumbers(Database &db);

    static constexpr int kMinStation = 1;
    static constexpr int kMaxStation = 9;
    static constexpr int kBlockSize = 999;
    static int blockFirst(int stationNumber) { return stationNumber * 1000 + 1; }
    static int blockLast(int stationNumber) { return stationNumber * 1000 + kBlockSize; }

    // Setting `station.number` (default 1). A value outside 1–9 is refused with a message naming the setting, so a
    // mistyped station number can never make two stations share a block.
    static Result<int> stationNumber(const SettingsStore &settings);

    // --- Document numbers: "<prefix>-YYYY-MM-DD-NNNN" -------------------------------------------------------------
    // Takes the next number of this station's block for `prefix` on `day`. Call inside Database::write(): the number
    // is used exactly when the document is saved (a rolled-back submit gives its number back).
    // Refused (code "numbers.exhausted") when the block is used up.
    Result<QString> next(const QString &prefix, QDate day, int stationNumber);
    Result<int> remaining(const QString &prefix, QDate day, int stationNumber) const;
    static QString format(const QString &prefix, QDate day,
                          int number); // "INV", 2025-09-25, 1001 → INV-2025-09-25-1001

    // --- Serial running numbers: per product per day --------------------------------------------------------------
    Result<NumberBlock> serialBlock(const QString &productCode, QDate day, int stationNumber) const;
    // Reserves `count` consecutive running numbers and returns the first. Call inside Database::write().
    // Refused (code "serials.block_exhausted", field "quantity") when fewer than `count` are left; Error::message
    // says how many are left: "Only 3 serial numbers are left for CGSTV32 today on this station (block 1001–1999)."
    Result<int> reserveSerialNumbers(const QString &productCode, QDate day, int stationNumber, int count);

private:
    Result<NumberBlock> block(const QString &table, const QString &keyColumn, const QString &key, QDate day,
                              int stationNumber) const;
    Database &m_db;
};

} // namespace fb
