#include "app/services/ReconciliationCsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace fb {

ReconciliationCsv::ReconciliationCsv(const QString &path)
    : m_file(path)
    , m_path(path)
{}

Result<std::unique_ptr<ReconciliationCsv>> ReconciliationCsv::create(const QString &path)
{
    if (path.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("fb::Reconciliation", "Name the CSV file to write the report to."),
                         QStringLiteral("csv"), QStringLiteral("reconcile.csv_path"));
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(QCoreApplication::translate("fb::Reconciliation",
                                                     "%1 is a folder: give a file name for the CSV report, e.g. "
                                                     "%2.")
                             .arg(QDir::toNativeSeparators(path),
                                  QDir::toNativeSeparators(QDir(path).filePath(QStringLiteral("reconcile.csv")))),
                         QStringLiteral("csv"), QStringLiteral("reconcile.csv_path"));
    std::unique_ptr<ReconciliationCsv> csv(new ReconciliationCsv(path));
    if (!csv->m_file.open(QIODevice::WriteOnly))
        return makeError(QCoreApplication::translate("fb::Reconciliation",
                                                     "Cannot write the CSV report to %1: %2. Choose a folder that "
                                                     "exists and that you may write to.")
                             .arg(QDir::toNativeSeparators(path), csv->m_file.errorString()),
                         QStringLiteral("csv"), QStringLiteral("reconcile.csv_path"));
    if (Status s = csv->writeText(line(header())); !s)
        return s.error();
    return csv;
}

QStringList ReconciliationCsv::header()
{
    return {QStringLiteral("serial"),      QStringLiteral("crm"),       QStringLiteral("kind"),
            QStringLiteral("local_value"), QStringLiteral("crm_value"), QStringLiteral("outbox_id"),
            QStringLiteral("hint")};
}

QString ReconciliationCsv::field(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString ReconciliationCsv::line(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << field(f);
    return out.join(u',') + QStringLiteral("\r\n");
}

Status ReconciliationCsv::writeText(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (m_file.write(bytes) != bytes.size()) {
        m_failed = true;
        return makeError(QCoreApplication::translate("fb::Reconciliation",
                                                     "Writing the CSV report to %1 failed: %2. Free some space or "
                                                     "choose another folder.")
                             .arg(QDir::toNativeSeparators(m_path), m_file.errorString()),
                         QStringLiteral("csv"), QStringLiteral("reconcile.csv_write"));
    }
    return Ok{};
}

void ReconciliationCsv::add(const Mismatch &m)
{
    if (m_failed)
        return;
    if (writeText(line({m.serial, crmName(m.crm), mismatchKindName(m.kind), m.localValue, m.crmValue,
                        m.outboxId > 0 ? QString::number(m.outboxId) : QString(), m.hint})))
        ++m_rows;
}

Status ReconciliationCsv::commit()
{
    if (m_failed || !m_file.commit())
        return makeError(QCoreApplication::translate("fb::Reconciliation",
                                                     "The CSV report could not be saved to %1: %2. Free some space "
                                                     "or choose another folder.")
                             .arg(QDir::toNativeSeparators(m_path), m_file.errorString()),
                         QStringLiteral("csv"), QStringLiteral("reconcile.csv_write"));
    return Ok{};
}

} // namespace fb
