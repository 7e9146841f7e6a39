#include "IdempotencyStore.h"

#include <QFile>

namespace fb::sim {

IdempotencyStore::IdempotencyStore(QString journalPath)
    : m_journalPath(std::move(journalPath))
{}

Json IdempotencyStore::toJson(const AppliedRecord &record)
{
    return Json{{"seq", record.seq},           {"path", record.path}, {"idempotency_key", record.idempotencyKey},
                {"body", record.body},         {"at", record.at},     {"status", record.answer.status},
                {"answer", record.answer.body}};
}

bool IdempotencyStore::load(QString *error)
{
    if (m_journalPath.isEmpty())
        return true;
    QFile file(m_journalPath);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        // A line cut short by a kill -9 mid-write is the only damage a crash can do; it was never answered.
        const Json json = Json::parse(line.constData(), line.constData() + line.size(), nullptr, false);
        if (json.is_discarded() || !json.is_object()) {
            qWarning("crm-sim: %s:%d: skipping an unreadable journal line", qPrintable(m_journalPath), lineNumber);
            continue;
        }
        AppliedRecord record;
        record.seq = json.value("seq", 0LL);
        record.path = json.value("path", "");
        record.idempotencyKey = json.value("idempotency_key", "");
        record.body = json.value("body", Json());
        record.at = json.value("at", "");
        record.answer.status = json.value("status", 200);
        record.answer.body = json.value("answer", Json());
        m_nextSeq = std::max(m_nextSeq, record.seq + 1);
        m_byKey[record.idempotencyKey] = m_records.size();
        m_records.push_back(std::move(record));
    }
    return true;
}

const StoredAnswer *IdempotencyStore::find(const std::string &key) const
{
    const auto it = m_byKey.find(key);
    return it == m_byKey.end() ? nullptr : &m_records.at(it->second).answer;
}

const AppliedRecord &IdempotencyStore::apply(AppliedRecord record)
{
    record.seq = m_nextSeq++;
    if (!m_journalPath.isEmpty()) {
        QFile file(m_journalPath);
        if (file.open(QIODevice::Append)) {
            // One write() per record and a flush before answering: a killed simulator keeps what it answered.
            const std::string line = toJson(record).dump() + "\n";
            file.write(line.data(), qint64(line.size()));
            file.flush();
        } else {
            qWarning("crm-sim: cannot append to %s: %s", qPrintable(m_journalPath), qPrintable(file.errorString()));
        }
    }
    m_byKey[record.idempotencyKey] = m_records.size();
    m_records.push_back(std::move(record));
    return m_records.back();
}

void IdempotencyStore::clear()
{
    m_records.clear();
    m_byKey.clear();
    m_nextSeq = 1;
    if (!m_journalPath.isEmpty())
        QFile::remove(m_journalPath);
}

} // namespace fb::sim
