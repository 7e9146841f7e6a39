#include "app/storage/ServiceSql.h"

#include "app/core/Logging.h"
#include "app/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fb::servicesql {

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &v : array)
        out << v.toString();
    return out;
}

Result<QSqlQuery> run(Database &db, const QString &sql, QVariantList bindings)
{
    for (QVariant &v : bindings) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            v = QStringLiteral("");
    }
    return db.exec(sql, bindings);
}

Status done(const Result<QSqlQuery> &q)
{
    if (!q.ok())
        return q.error();
    return Ok{};
}

std::optional<QSqlQuery> read(Database &db, const QString &sql, const QVariantList &bindings)
{
    auto q = run(db, sql, bindings);
    if (!q.ok()) {
        logger("db")->error("service read failed: {}", q.message().toStdString());
        return std::nullopt;
    }
    return std::move(q).value();
}

} // namespace fb::servicesql
