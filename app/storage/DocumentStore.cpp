#include "app/storage/DocumentStore.h"

#include "app/storage/Database.h"
#include "app/storage/ServiceSql.h"
#include "app/storage/SettingsStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace fb {

using namespace servicesql;

DocumentStore::DocumentStore(Database &db, const SettingsStore &settings, QString dataDir)
    : m_db(db)
    , m_settings(settings)
    , m_dataDir(std::move(dataDir))
{}

qint64 DocumentStore::maxBytes() const
{
    const qint64 value = m_settings.value(QStringLiteral("service.document_max_bytes")).toLongLong();
    return value > 0 ? value : kDefaultMaxBytes;
}

QString DocumentStore::sniffMime(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")))
        return QStringLiteral("image/png");
    if (bytes.startsWith(QByteArrayLiteral("\xff\xd8\xff")))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith(QByteArrayLiteral("%PDF-")))
        return QStringLiteral("application/pdf");
    return {};
}

QString DocumentStore::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString DocumentStore::directory() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("documents"));
}

Status DocumentStore::check(const QString &fileName, const QByteArray &bytes, const QString &field) const
{
    const QString name = QFileInfo(fileName).fileName();
    if (bytes.isEmpty())
        return makeError(QCoreApplication::translate("fb::Service", "Document %1 is empty: attach the photo or PDF "
                                                                    "itself.")
                             .arg(name),
                         field, QStringLiteral("document.empty"));
    if (sniffMime(bytes).isEmpty())
        return makeError(QCoreApplication::translate("fb::Service", "Document %1 is not a PNG or JPEG image or a PDF: "
                                                                    "attach a photo or a scanned PDF.")
                             .arg(name),
                         field, QStringLiteral("document.type"));
    const qint64 limit = maxBytes();
    if (bytes.size() > limit)
        return makeError(QCoreApplication::translate("fb::Service", "Document %1 is %2 KB; the limit is %3 KB: attach "
                                                                    "a smaller photo or scan.")
                             .arg(name)
                             .arg((bytes.size() + 1023) / 1024)
                             .arg(limit / 1024),
                         field, QStringLiteral("document.too_large"));
    return Ok{};
}

Result<StoredDocument> DocumentStore::store(const QString &fileName, const QByteArray &bytes, const QString &at,
                                            const QString &field)
{
    if (Status s = check(fileName, bytes, field); !s)
        return s.error();
    StoredDocument doc;
    doc.sha256 = sha256Hex(bytes);
    doc.mime = sniffMime(bytes);
    doc.size = bytes.size();
    doc.fileName = QFileInfo(fileName).fileName();
    doc.createdAt = at;

    auto known = document(doc.sha256);
    if (!known.ok())
        return known.error();
    const QString path = QDir(directory()).filePath(doc.sha256);
    // Same content, same file: a document attached twice is stored once.
    if (!QFileInfo::exists(path) || QFileInfo(path).size() != bytes.size()) {
        if (!QDir().mkpath(directory()))
            return makeError(QCoreApplication::translate("fb::Service", "Cannot create the documents folder %1: check "
                                                                        "the data folder's permissions.")
                                 .arg(QDir::toNativeSeparators(directory())),
                             field, QStringLiteral("document.write"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return makeError(QCoreApplication::translate("fb::Service", "Cannot save document %1 to %2: %3.")
                                 .arg(doc.fileName, QDir::toNativeSeparators(path), file.errorString()),
                             field, QStringLiteral("document.write"));
    }
    if (known.value())
        return *known.value();
    if (Status s = insertDocument(doc, path); !s)
        return s.error();
    return doc;
}

Result<QByteArray> DocumentStore::read(const QString &sha256) const
{
    QString path = documentPath(sha256);
    if (path.isEmpty())
        return makeError(QCoreApplication::translate("fb::Service", "No document %1 on this station.").arg(sha256),
                         QStringLiteral("sha256"), QStringLiteral("document.unknown"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("fb::Service", "Cannot read document %1 (%2): %3.")
                             .arg(sha256, QDir::toNativeSeparators(path), file.errorString()),
                         QStringLiteral("sha256"), QStringLiteral("document.read"));
    const QByteArray bytes = file.readAll();
    if (sha256Hex(bytes) != sha256)
        return makeError(QCoreApplication::translate("fb::Service", "Document %1 on disk (%2) no longer matches its "
                                                                    "hash: it was changed outside Floorbridge.")
                             .arg(sha256, QDir::toNativeSeparators(path)),
                         QStringLiteral("sha256"), QStringLiteral("document.tampered"));
    return bytes;
}

Status DocumentStore::insertDocument(const StoredDocument &d, const QString &path)
{
    return done(run(m_db,
                    QStringLiteral("INSERT INTO documents(sha256, mime, size, file_name, path, created_at) "
                                   "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING"),
                    {d.sha256, d.mime, d.size, d.fileName, path, d.createdAt}));
}

Result<std::optional<StoredDocument>> DocumentStore::document(const QString &sha256) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT sha256, mime, size, file_name, created_at FROM documents WHERE sha256 = "
                                "?"),
                 {sha256});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<StoredDocument>();
    return std::optional<StoredDocument>(StoredDocument{q->value(0).toString(), q->value(1).toString(),
                                                        q->value(2).toLongLong(), q->value(3).toString(),
                                                        q->value(4).toString()});
}

QString DocumentStore::documentPath(const QString &sha256) const
{
    if (auto q = servicesql::read(m_db, QStringLiteral("SELECT path FROM documents WHERE sha256 = ?"), {sha256});
        q && q.value().next())
        return q->value(0).toString();
    return {};
}

} // namespace fb
