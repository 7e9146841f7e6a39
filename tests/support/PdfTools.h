#pragma once
// Reading a PDF the program wrote the way a person would check it: poppler-utils' pdftotext and pdfinfo
// (installed by installer/install-deps.sh).

#include <QProcess>
#include <QString>
#include <QStringList>

namespace fb::test {

// The program's standard output, or "<program failed: …>" (which no assertion on the text will mistake for content).
inline QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromLocal8Bit(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline QString pdfText(const QString &path)
{
    return runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
}

// The page count pdfinfo reads, or -1.
inline int pdfPages(const QString &path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    for (const QString &line : info.split(u'\n')) {
        if (line.startsWith(u"Pages:"))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

} // namespace fb::test
