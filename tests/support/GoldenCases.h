#pragma once
// Golden-file cases (STYLE.md, "Tests"): one folder per case under tests/data/<area>/ with its input and expected
// output, listed by a test's _data() function.

#include "TestData.h"

#include <QDir>
#include <QTest>

namespace fb::test {

// For a _data() function: one row per case folder of `area`, in name order, in a column "folder" holding the
// folder's path. Fails the test when there are fewer than `atLeast` (a wrong path must not pass with no rows).
inline void addGoldenCases(const QString &area, int atLeast)
{
    QTest::addColumn<QString>("folder");
    const QDir root(goldenDir(area));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(cases.size() >= atLeast, qPrintable(root.path()));
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << root.filePath(name);
}

} // namespace fb::test
