#pragma once
// What the service desk's stores (service master data, customers, complaints, part requests, return orders,
// documents) share: text columns that are NOT NULL with '' for "none", JSON lists, and reads that log their failure.

#include "app/core/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace fb {

class Database;

namespace servicesql {

QString toJson(const QStringList &list);
QStringList listFromJson(const QString &text);

// A null QString binds as SQL NULL; the service tables use '' for "none", so bind empty text instead.
Result<QSqlQuery> run(Database &db, const QString &sql, QVariantList bindings = {});
Status done(const Result<QSqlQuery> &q);
// For reads whose callers take "nothing" for an answer: a failure is logged on the "db" logger.
std::optional<QSqlQuery> read(Database &db, const QString &sql, const QVariantList &bindings = {});

} // namespace servicesql

} // namespace fb
