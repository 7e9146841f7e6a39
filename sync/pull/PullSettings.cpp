#include "sync/pull/PullSettings.h"

#include "app/storage/SettingsStore.h"
#include "sync/delivery/DeliveryLoop.h"

namespace fb {

namespace {

// Ok with the number, or why it is not one of 0 and min…max.
Result<int> interval(const QString &key, const QString &value, int min, int max, const QString &unit)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    if (!ok || (n != 0 && (n < min || n > max)))
        return makeError(PullSettings::tr("%1 must be 0 (pull only on demand) or %2 to %3 %4, not '%5'.")
                             .arg(key)
                             .arg(min)
                             .arg(max)
                             .arg(unit, value),
                         key, QStringLiteral("settings.range"));
    return n;
}

Result<int> parseChangesSeconds(const QString &value)
{
    return interval(PullSettings::changesKey(), value, PullSettings::kMinChangesSeconds,
                    PullSettings::kMaxChangesSeconds, PullSettings::tr("seconds"));
}

Result<int> parseMasterDataMinutes(const QString &value)
{
    return interval(PullSettings::masterDataKey(), value, 1, PullSettings::kMaxMasterDataMinutes,
                    PullSettings::tr("minutes"));
}

} // namespace

PullSettings PullSettings::fromSettings(const SettingsStore &settings)
{
    PullSettings p;
    const DeliverySettings delivery = DeliverySettings::fromSettings(settings);
    p.url = delivery.url(Crm::New);
    p.timeoutMs = delivery.timeoutMs;
    p.backoff = delivery.backoff;
    const auto read = [&](const QString &key, auto parse, int &out) {
        const QString text = settings.value(key);
        if (text.isEmpty())
            return;
        auto parsed = parse(text);
        if (parsed.ok())
            out = parsed.value();
        else
            p.problems << parsed.message() + QLatin1Char(' ') + tr("The default (%1) is used.").arg(out);
    };
    read(changesKey(), parseChangesSeconds, p.changesSeconds);
    read(masterDataKey(), parseMasterDataMinutes, p.masterDataMinutes);
    return p;
}

Status PullSettings::check(const QString &key, const QString &value)
{
    if (key == changesKey()) {
        if (auto n = parseChangesSeconds(value); !n.ok())
            return n.error();
        return Ok{};
    }
    if (key == masterDataKey()) {
        if (auto n = parseMasterDataMinutes(value); !n.ok())
            return n.error();
        return Ok{};
    }
    if (key.startsWith(u"sync.pull."))
        return makeError(
            tr("%1 is not a pull setting: the pull settings are %2 and %3.").arg(key, changesKey(), masterDataKey()),
            key, QStringLiteral("settings.unknown"));
    return Ok{};
}

} // namespace fb
