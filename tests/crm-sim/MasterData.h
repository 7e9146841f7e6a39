#pragma once
// The new CRM's master data and status changes: resources of items with updated_at, served paged and by cursor.

#include "Json.h"

#include <QDateTime>

#include <map>
#include <optional>
#include <string>

namespace fb::sim {

struct PageRequest
{
    std::optional<QDateTime> updatedSince; // absent or empty: everything
    std::string updatedSinceText;
    int page = 1;
    int pageSize = 100;
    // Keyset paging (docs/crm-api.md): the items after (updated_at, key) — "<updated_at>,<key>" as the previous
    // page's cursor said. `after` present (even empty) selects it; a bare timestamp (a cursor stored before keyset
    // paging) means strictly after that time, as updated_since did.
    bool keyset = false;
    std::optional<QDateTime> afterTime;
    std::optional<std::string> afterKey;
    std::string afterText;
};

// Test hooks for pulls (POST /__admin/pulls): on the `onPage`-th page served of a resource (counted from when the
// script was set), `malformed` overwrites one field of one item of that page, `stuck` answers that page and every
// later one with has_more and the client's own cursor, and `upsert` is applied right after that page is served —
// an item changed in the middle of a pull. `pageSize` (0: the client's) caps every page of the resource, so a test can
// force page boundaries whatever page size the client asks for.
struct PullScript
{
    int onPage = 1;
    int pageSize = 0;
    int served = 0;
    Json upsert;    // array of items, or null
    Json malformed; // {index, field, value}, or null
    bool stuck = false;
};

class MasterData
{
public:
    static constexpr int kDefaultPageSize = 100;
    static constexpr int kMaxPageSize = 500;

    // Replaces everything with the resources of a {"resource": [items…]} document; keeps it for reset().
    bool load(const QByteArray &document, QString *error);
    void reset()
    {
        m_resources = m_initial;
        m_scripts.clear();
    }

    bool hasResource(const std::string &resource) const { return m_resources.contains(resource); }

    // {items, page, page_size, total, has_more, cursor} as docs/crm-api.md describes.
    Json page(const std::string &resource, const PageRequest &request) const;

    // Inserts or replaces items by their key (code, model for model-regions, id for changes); items without
    // updated_at get "now". Unknown resources are created. Returns an error message or empty.
    std::string upsert(const std::string &resource, const Json &items);

    static std::string keyField(const std::string &resource);

    // Sets (replacing) the script of a resource; an error message or empty.
    std::string setScript(const Json &body);
    // The page size the resource's script imposes on `requested`.
    int pageSize(const std::string &resource, int requested) const;
    // Applies the resource's script to a page about to be served.
    void script(const std::string &resource, const PageRequest &request, Json &answer);

private:
    std::map<std::string, Json> m_resources; // resource -> array of items
    std::map<std::string, Json> m_initial;
    long long m_nextChangeId = 1;
    std::map<std::string, PullScript> m_scripts;
};

} // namespace fb::sim
