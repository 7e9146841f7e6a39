#pragma once
// What a CRM has applied, keyed by Idempotency-Key, kept in memory and (with --data) in a JSON-lines file so a
// restarted simulator still knows every key and answers a replay with the first answer.

#include "Json.h"

#include <QString>

#include <map>
#include <vector>

namespace fb::sim {

struct StoredAnswer
{
    int status = 200;
    Json body;
};

struct AppliedRecord
{
    long long seq = 0;
    std::string path;
    std::string idempotencyKey;
    Json body;
    std::string at; // ISO 8601 UTC, when it was applied
    StoredAnswer answer;
};

class IdempotencyStore
{
public:
    // journalPath empty: memory only.
    explicit IdempotencyStore(QString journalPath);

    // Reads the journal back; false with a message when it exists but cannot be read.
    bool load(QString *error);

    const StoredAnswer *find(const std::string &key) const;
    long long nextSeq() const { return m_nextSeq; }
    const AppliedRecord &apply(AppliedRecord record);
    const std::vector<AppliedRecord> &records() const { return m_records; }
    void clear();

    static Json toJson(const AppliedRecord &record);

private:
    QString m_journalPath;
    std::vector<AppliedRecord> m_records;
    std::map<std::string, size_t> m_byKey; // key -> index in m_records
    long long m_nextSeq = 1;
};

} // namespace fb::sim
