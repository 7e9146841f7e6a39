#pragma once
// Documents attached to part updates: PNG, JPEG or PDF (told by their first bytes, not their names), at most
// `service.document_max_bytes` (default 5 MB), stored once per content under <dataDir>/documents/<sha256>.

#include "app/core/Result.h"
#include "app/domain/Document.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace fb {

class Database;
class SettingsStore;

class DocumentStore
{
public:
    DocumentStore(Database &db, const SettingsStore &settings, QString dataDir);

    static constexpr qint64 kDefaultMaxBytes = 5LL * 1024 * 1024;
    qint64 maxBytes() const;

    // "image/png", "image/jpeg", "application/pdf", or empty for anything else.
    static QString sniffMime(const QByteArray &bytes);
    static QString sha256Hex(const QByteArray &bytes);
    // Type and size; Error::field is `field`, codes document.empty, document.type, document.too_large.
    Status check(const QString &fileName, const QByteArray &bytes,
                 const QString &field = QStringLiteral("documents")) const;

    // Checks, writes the file (if not there yet) and records the metadata. Call inside Database::write(); a file
    // left behind by a rolled-back transaction is harmless (same content, same name) and reused next time.
    Result<StoredDocument> store(const QString &fileName, const QByteArray &bytes, const QString &at,
                                 const QString &field = QStringLiteral("documents"));
    Result<QByteArray> read(const QString &sha256) const;
    QString directory() const;

    // The metadata alone. insertDocument() ignores a known sha256; call it inside Database::write().
    Status insertDocument(const StoredDocument &document, const QString &path);
    Result<std::optional<StoredDocument>> document(const QString &sha256) const;
    QString documentPath(const QString &sha256) const; // empty: unknown (or unreadable, logged)

private:
    Database &m_db;
    const SettingsStore &m_settings;
    QString m_dataDir;
};

} // namespace fb
