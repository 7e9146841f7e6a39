#pragma once
// Files from the source tree, found one way: FB_SOURCE_DIR, which fb_add_test() sets for every test. Golden-file
// cases live one folder per case under tests/data/<area>/ (STYLE.md, "Tests"); a test's _data() lists them with
// addGoldenCases() (GoldenCases.h). Qt Core only, so benchmarks can include it too.

#include <QDir>
#include <QString>

namespace fb::test {

// "resources/demo/masterdata.json" → the file in this checkout.
inline QString sourcePath(const QString &relative)
{
    return QDir(qEnvironmentVariable("FB_SOURCE_DIR")).filePath(relative);
}

// tests/data/<area>: the golden-file cases of one area ("decode", "hidpos", "mapping").
inline QString goldenDir(const QString &area)
{
    return sourcePath(QStringLiteral("tests/data/") + area);
}

} // namespace fb::test
