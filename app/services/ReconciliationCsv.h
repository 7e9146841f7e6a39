#pragma once
// The reconciliation report as CSV (RFC 4180: header row, CRLF line ends, fields with a comma, quote or line break
// quoted, quotes doubled). Written to a temporary file next to the target and renamed on commit(), so a run that
// fails half-way (a CRM unreachable) leaves no file, and an existing report is never left half-overwritten.

#include "app/core/Result.h"
#include "app/services/Reconciliation.h"

#include <QSaveFile>
#include <QString>

#include <memory>

namespace fb {

class ReconciliationCsv
{
public:
    // Opens the target for writing and writes the header row; the message names the path and the fix.
    static Result<std::unique_ptr<ReconciliationCsv>> create(const QString &path);

    void add(const Mismatch &m);
    Status commit();
    int rows() const { return m_rows; }

    static QString field(const QString &text);      // one field, quoted when RFC 4180 needs it
    static QString line(const QStringList &fields); // one record with its CRLF
    static QStringList header();                    // serial, crm, kind, local_value, crm_value, outbox_id, hint

private:
    explicit ReconciliationCsv(const QString &path);
    Status writeText(const QString &text);
    QSaveFile m_file;
    QString m_path;
    int m_rows = 0;
    bool m_failed = false;
};

} // namespace fb
