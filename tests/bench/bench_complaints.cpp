// bench_complaints [COUNT]: fills a fresh station with COUNT complaints (default 100,000) and times the complaint
// list's filters and keyset paging, and the dashboard counts, in milliseconds. Not a pass/fail test.
#include "app/core/Clock.h"
#include "app/services/ComplaintService.h"
#include "app/services/ServiceDashboard.h"
#include "app/services/Station.h"
#include "app/storage/ComplaintStore.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace fb;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    FakeClock clock;
    auto opened = Station::open(dir.path(), clock);
    if (!opened.ok()) {
        out << opened.message() << Qt::endl;
        return 1;
    }
    Station &st = *opened.value();
    ComplaintStore store(st.db());

    const QStringList statuses{QStringLiteral("OPEN"),           QStringLiteral("ASSIGNED"), QStringLiteral("VISITED"),
                               QStringLiteral("AWAITING_PARTS"), QStringLiteral("RESOLVED"), QStringLiteral("CLOSED"),
                               QStringLiteral("CANCELLED")};
    const QStringList types{QStringLiteral("INSTALLATION"), QStringLiteral("REPAIR"), QStringLiteral("PRE_SALE"),
                            QStringLiteral("INSPECTION")};
    QElapsedTimer fill;
    fill.start();
    const QDateTime start = clock.now().addDays(-365);
    Status filled = st.db().write([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            Complaint c;
            const QDateTime at = start.addSecs(qint64(i) * 365 * 86400 / count);
            c.number = QStringLiteral("CMP-%1-%2")
                           .arg(at.date().toString(Qt::ISODate))
                           .arg(1000 + i % 9000 + i / 9000 * 10000);
            c.customer = Customer{QStringLiteral("C%1").arg(i % 20000),
                                  QStringLiteral("Customer"),
                                  QStringLiteral("9822012345"),
                                  QStringLiteral("Pune"),
                                  QStringLiteral("MH"),
                                  QStringLiteral("411001")};
            c.serial =
                QStringLiteral("CGSTV36250925%1").arg(i % 10000, 4, 10, QLatin1Char('0')) + QString::number(i / 10000);
            c.productCode = QStringLiteral("CGSTV36");
            c.model = QStringLiteral("CGSTV36-FHD");
            c.callType = types.at(i % types.size());
            c.technicianCode = QStringLiteral("T%1").arg(i % 50, 3, 10, QLatin1Char('0'));
            c.status = *complaintStatusFromName(statuses.at((i / 3) % statuses.size()));
            c.createdAt = at.toString(Qt::ISODate);
            c.updatedAt = c.createdAt;
            c.createdMs = at.toMSecsSinceEpoch();
            c.operatorCode = QStringLiteral("T100");
            c.stationId = QStringLiteral("ST01");
            if (Status s = store.insertComplaint(c); !s)
                return s;
        }
        return Ok{};
    });
    if (!filled) {
        out << filled.message() << Qt::endl;
        return 1;
    }
    out << "filled " << count << " complaints in " << fill.elapsed() << " ms" << Qt::endl;
    if (!st.db().exec(QStringLiteral("ANALYZE")).ok())
        out << "ANALYZE failed; timings may use worse plans" << Qt::endl;

    const Actor tech{QStringLiteral("T100"), QStringLiteral("Tara"), Role::Technician, QStringLiteral("ST01")};
    ComplaintService service(st.db(), st.settings(), clock);
    auto time = [&](const QString &name, const std::function<int()> &work) {
        int rows = work(); // warm
        QElapsedTimer t;
        t.start();
        const int runs = 20;
        for (int i = 0; i < runs; ++i)
            rows = work();
        out << name.leftJustified(44) << QString::number(double(t.nsecsElapsed()) / runs / 1e6, 'f', 2) << " ms  ("
            << rows << " rows)" << Qt::endl;
    };
    auto page = [&](ComplaintFilter f) {
        f.limit = 100;
        return int(service.list(tech, f)->rows.size());
    };
    time(QStringLiteral("first page, no filter"), [&] { return page({}); });
    ComplaintFilter s;
    s.status = ComplaintStatus::AwaitingParts;
    time(QStringLiteral("status = AWAITING_PARTS"), [&] { return page(s); });
    ComplaintFilter t;
    t.callType = QStringLiteral("PRE_SALE");
    time(QStringLiteral("call type = PRE_SALE"), [&] { return page(t); });
    ComplaintFilter tech7;
    tech7.technicianCode = QStringLiteral("T007");
    time(QStringLiteral("technician = T007"), [&] { return page(tech7); });
    ComplaintFilter serial;
    serial.serial = QStringLiteral("CGSTV362509250042");
    time(QStringLiteral("serial prefix"), [&] { return page(serial); });
    ComplaintFilter number;
    number.numberPrefix = QStringLiteral("CMP-2025-06-1");
    time(QStringLiteral("number prefix CMP-2025-06-1"), [&] { return page(number); });
    ComplaintFilter dates;
    dates.from = clock.now().date().addDays(-30);
    dates.to = clock.now().date().addDays(-20);
    time(QStringLiteral("created in a 10-day window"), [&] { return page(dates); });
    ComplaintFilter combo;
    combo.status = ComplaintStatus::Open;
    combo.technicianCode = QStringLiteral("T007");
    combo.callType = QStringLiteral("REPAIR");
    time(QStringLiteral("status + technician + call type"), [&] { return page(combo); });
    ComplaintFilter deep;
    deep.limit = 100;
    for (int i = 0; i < 499; ++i) {
        auto p = service.list(tech, deep);
        if (!p->hasMore)
            break;
        deep.beforeCreatedMs = p->nextBeforeCreatedMs;
        deep.beforeNumber = p->nextBeforeNumber;
    }
    time(QStringLiteral("page 500 (keyset, no filter)"), [&] { return int(service.list(tech, deep)->rows.size()); });
    time(QStringLiteral("count with status filter"), [&] { return int(service.count(tech, s).value()); });
    ServiceDashboard dashboard(st.db(), clock);
    time(QStringLiteral("dashboard snapshot"), [&] { return dashboard.snapshot(tech)->pendingApprovals; });
    return 0;
}
