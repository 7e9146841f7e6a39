#pragma once
// The new CRM's per-serial state over HTTP (docs/crm-api.md, "Serials"): POST /api/v2/serials/query for the
// register's serials in batches, GET /api/v2/serials?station_id=… page by page. Blocking (a local event loop per
// request), for floorbridge-ctl and a worker thread; every failure is a message naming the CRM, the request and
// what to do — a malformed answer names the field, never crashes.

#include "app/services/Reconciliation.h"

#include <QCoreApplication>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace fb {

class CrmClient;

class NewCrmSerials final : public CrmSerialSource
{
    Q_DECLARE_TR_FUNCTIONS(fb::Reconciliation)

public:
    NewCrmSerials(QNetworkAccessManager &nam, QUrl baseUrl, QString token, int timeoutMs = 15000);
    ~NewCrmSerials() override;

    Result<QList<CrmSerialState>> query(const QStringList &serials) override;
    Result<CrmSerialPage> page(const QString &stationId, const QString &after, int pageSize) override;

    static constexpr const char *kQueryPath = "/api/v2/serials/query";
    static constexpr const char *kListPath = "/api/v2/serials";

private:
    Result<QByteArray> exchange(const QString &what, const std::function<QNetworkReply *()> &send);
    std::unique_ptr<CrmClient> m_client;
    QUrl m_baseUrl;
    int m_timeoutMs;
};

} // namespace fb
