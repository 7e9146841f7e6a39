#include "ui/labels/LabelSettings.h"

#include "app/storage/SettingsStore.h"

#include <QList>

#include <utility>

namespace fb {

namespace {

double size(const SettingsStore &store, const QString &key, double fallback, QStringList *problems)
{
    const QString text = store.value(key).trimmed();
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (ok && v >= 10.0 && v <= 300.0)
        return v;
    if (problems)
        *problems << LabelSettings::tr(
                         "Setting %1 is '%2'; it should be a size in millimetres from 10 to 300. Using %3.")
                         .arg(key, text)
                         .arg(fallback);
    return fallback;
}

} // namespace

LabelSettings::Layout LabelSettings::effectiveLayout() const
{
    if (layout != Layout::Auto)
        return layout;
    return symbology == Symbology::Code128 ? Layout::Stacked : Layout::Side;
}

QString LabelSettings::symbologyText(Symbology s)
{
    switch (s) {
    case Symbology::Code128:
        return QStringLiteral("code128");
    case Symbology::QrCode:
        return QStringLiteral("qr");
    case Symbology::DataMatrix:
        return QStringLiteral("datamatrix");
    }
    return {};
}

QString LabelSettings::layoutText(Layout l)
{
    switch (l) {
    case Layout::Auto:
        return QStringLiteral("auto");
    case Layout::Stacked:
        return QStringLiteral("stacked");
    case Layout::Side:
        return QStringLiteral("side");
    }
    return {};
}

LabelSettings LabelSettings::load(const SettingsStore &store, QStringList *problems)
{
    LabelSettings s;
    s.widthMm = size(store, QStringLiteral("labels.width_mm"), s.widthMm, problems);
    s.heightMm = size(store, QStringLiteral("labels.height_mm"), s.heightMm, problems);

    const QString symbology = store.value(QStringLiteral("labels.symbology")).trimmed().toLower();
    bool known = symbology.isEmpty();
    for (Symbology candidate : {Symbology::Code128, Symbology::QrCode, Symbology::DataMatrix}) {
        if (symbology == symbologyText(candidate)) {
            s.symbology = candidate;
            known = true;
        }
    }
    if (!known && problems)
        *problems << tr("Setting labels.symbology is '%1'; it should be code128, qr or datamatrix. Using code128.")
                         .arg(symbology);

    const QString layout = store.value(QStringLiteral("labels.layout")).trimmed().toLower();
    known = layout.isEmpty();
    for (Layout candidate : {Layout::Auto, Layout::Stacked, Layout::Side}) {
        if (layout == layoutText(candidate)) {
            s.layout = candidate;
            known = true;
        }
    }
    if (!known && problems)
        *problems << tr("Setting labels.layout is '%1'; it should be auto, stacked or side. Using auto.").arg(layout);
    return s;
}

Status LabelSettings::save(SettingsStore &store) const
{
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("labels.width_mm"), QString::number(widthMm)},
        {QStringLiteral("labels.height_mm"), QString::number(heightMm)},
        {QStringLiteral("labels.symbology"), symbologyText(symbology)},
        {QStringLiteral("labels.layout"), layoutText(layout)},
    };
    for (const auto &[key, value] : values) {
        if (Status s = store.setValue(key, value); !s)
            return s;
    }
    return Ok{};
}

} // namespace fb
