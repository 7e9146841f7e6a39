// floorbridge-ctl config get|set|unset|list — station settings (never secrets).
#include "app/ctl/Context.h"
#include "app/ctl/Verbs.h"

#include "app/core/BrandCalendar.h"

#include "sync/pull/PullSettings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace fb::ctl {

namespace {

// Values a typo must not slip into: URLs and the station id are checked before they are stored.
Status checkValue(const QString &key, const QString &value)
{
    if (key.startsWith(u"crm.") && key.endsWith(u".url")) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
            return makeError(Ctl::tr("%1 must be an http(s) URL such as "
                                     "https://crm.example.com, not '%2'.")
                                 .arg(key, value),
                             key);
    }
    if (key == u"station.id" && (value.isEmpty() || value.size() > 16 || value.contains(u' ')))
        return makeError(Ctl::tr("station.id must be 1–16 characters without spaces (e.g. ST01)."), key);
    if (key == u"station.number") {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 1 || n > 9)
            return makeError(Ctl::tr("station.number must be 1 to 9: it selects the "
                                     "block of running numbers this station owns."),
                             key);
    }
    if (key == QLatin1String(BrandCalendar::kSettingKey))
        return statusOf(BrandCalendar::fromSetting(value));
    if (key.startsWith(u"sync.pull."))
        return PullSettings::check(key, value);
    return Ok{};
}

int execute(Context &ctx)
{
    const QString sub = ctx.arg(0);
    if (sub == u"list") {
        Station *st = ctx.station();
        if (!st)
            return ExitStation;
        QJsonObject all;
        for (const QString &k : st->settings().keys())
            all.insert(k, st->settings().value(k));
        if (ctx.json) {
            ctx.out << QJsonDocument(all).toJson(QJsonDocument::Indented);
        } else {
            for (auto it = all.begin(); it != all.end(); ++it)
                ctx.out << it.key() << " = " << it.value().toString() << "\n";
        }
        return ExitOk;
    }
    if (sub == u"get") {
        const QString key = ctx.arg(1);
        if (key.isEmpty())
            return ctx.usage(QStringLiteral("Usage: floorbridge-ctl config get KEY"));
        Station *st = ctx.station();
        if (!st)
            return ExitStation;
        const QStringList keys = st->settings().keys();
        if (!keys.contains(key)) {
            ctx.err << Ctl::tr("%1 is not set.").arg(key) << Qt::endl;
            return ExitRefused;
        }
        ctx.out << st->settings().value(key) << Qt::endl;
        return ExitOk;
    }
    if (sub == u"set" || sub == u"unset") {
        const QString key = ctx.arg(1);
        const QString value = ctx.arg(2);
        if (key.isEmpty() || (sub == u"set" && ctx.args.size() < 3))
            return ctx.usage(QStringLiteral("Usage: floorbridge-ctl config set KEY VALUE | config unset KEY"));
        auto actor = ctx.authenticateOrSetup(Permission::ManageSettings);
        if (!actor.ok())
            return exitCodeFor(actor.error());
        Station *st = ctx.station();
        if (sub == u"set") {
            if (Status ok = checkValue(key, value); !ok)
                return ctx.fail(ok.error());
        }
        Status s = sub == u"set" ? st->settings().setValue(key, value) : st->settings().remove(key);
        if (!s)
            return ctx.fail(s.error());
        ctx.out << (sub == u"set" ? QStringLiteral("%1 = %2").arg(key, value) : QStringLiteral("%1 unset").arg(key))
                << Qt::endl;
        return ExitOk;
    }
    return ctx.usage(QStringLiteral("Usage: floorbridge-ctl config list | get KEY | set KEY VALUE | unset KEY"));
}

} // namespace

Verb configVerb()
{
    return {QStringLiteral("config"), QStringLiteral("station settings: list, get KEY, set KEY VALUE, unset KEY"),
            QStringLiteral(
                "floorbridge-ctl config list | get KEY | set KEY VALUE | unset KEY\n\n"
                "Keys: crm.legacy.url, crm.new.url, station.id, station.number (1-9), brand.timezone (Asia/Kolkata or\n"
                "+05:30: the zone of payload times, serial dates and document numbers), auth.max_attempts,\n"
                "auth.lock_minutes, auth.idle_lock_minutes, sync.* (see docs/sync.md; sync.pull.changes_seconds and\n"
                "sync.pull.masterdata_minutes are checked), scanner.* (docs/scanners.md).\n"
                "Tokens are not settings: use 'floorbridge-ctl credentials set legacy|new'."),
            execute};
}

} // namespace fb::ctl
