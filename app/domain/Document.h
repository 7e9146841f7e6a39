#pragma once
// A document attached on the service desk (a photo or PDF), known by its content hash.

#include <QString>

namespace fb {

struct StoredDocument
{
    QString sha256; // hex, lowercase: the document's identity
    QString mime;   // "image/png", "image/jpeg", "application/pdf"
    qint64 size = 0;
    QString fileName; // the name it was attached under
    QString createdAt;
};

} // namespace fb
