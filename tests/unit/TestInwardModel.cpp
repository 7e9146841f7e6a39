// The inward view's models: a scan adds a row, undo takes one away, and neither ever resets the model, so the cost of
// a scan stays flat however long the session.
#include "ui/inward/InwardModel.h"
#include "ui/inward/ProductCountsModel.h"
#include "ui/inward/RefusedModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace fb;

namespace {

InwardLine line(int seq, const QString &product = QStringLiteral("CGSTV32"))
{
    return InwardLine{product + QStringLiteral("250925") + QStringLiteral("%1").arg(seq, 4, 10, QLatin1Char('0')),
                      product,
                      seq,
                      QStringLiteral("2025-09-25T17:00:00+05:30"),
                      QStringLiteral("wedge"),
                      QString()};
}

} // namespace

class TestInwardModel : public QObject
{
    Q_OBJECT

private slots:
    void tenThousandScansInsertRowsAndNeverReset()
    {
        InwardModel model; // (no QAbstractItemModelTester here: it re-checks every row on every insert)
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        for (int i = 1; i <= 10000; ++i) {
            model.append(line(i));
            QCOMPARE(model.rowCount(), i);
        }
        QCOMPARE(resets.size(), 0);
        QCOMPARE(aboutToReset.size(), 0);
        QCOMPARE(layout.size(), 0);
        QCOMPARE(inserted.size(), 10000);
        // Each insert is exactly the one new row at the end.
        const QList<QVariant> last = inserted.constLast();
        QCOMPARE(last.at(1).toInt(), 9999);
        QCOMPARE(last.at(2).toInt(), 9999);
        QCOMPARE(model.index(9998, InwardModel::SerialColumn).data().toString(), QStringLiteral("CGSTV322509259999"));
        QCOMPARE(model.index(9999, InwardModel::SeqColumn).data().toInt(), 10000);
        QCOMPARE(model.index(0, InwardModel::TimeColumn).data().toString(), QStringLiteral("17:00:00"));
        QCOMPARE(model.maxSeq(), 10000);
    }

    void undoAndRemoveTakeOneRowAway()
    {
        InwardModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 1; i <= 5; ++i)
            model.append(line(i));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(model.remove(line(5).serial)); // undo: the last row
        QVERIFY(model.remove(line(2).serial)); // Delete on a picked row
        QVERIFY(!model.remove(QStringLiteral("CGSTV322509250009")));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(removed.at(0).at(1).toInt(), 4);
        QCOMPARE(removed.at(1).at(1).toInt(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.line(1).serial, line(3).serial);
    }

    void importAppendsItsLinesInOneInsert()
    {
        InwardModel model;
        model.append(line(1));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append(QList<InwardLine>{line(2), line(3), line(4)});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(inserted.at(0).at(2).toInt(), 3);
        model.append(QList<InwardLine>{});
        QCOMPARE(inserted.size(), 1);
    }

    void warningRowsStandOut()
    {
        InwardModel model;
        InwardLine l = line(1);
        l.warning = QStringLiteral("not in the serial register");
        model.append(l);
        model.append(line(2));
        QVERIFY(model.index(0, InwardModel::SerialColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(1, InwardModel::SerialColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(0, InwardModel::WarningColumn).data().toString(), l.warning);
    }

    void countsChangeOneRowPerScan()
    {
        ProductCountsModel counts;
        QAbstractItemModelTester tester(&counts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        counts.setProductNames({{QStringLiteral("CGSTV32"), QStringLiteral("32\" TV")}});
        QSignalSpy resets(&counts, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&counts, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&counts, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&counts, &QAbstractItemModel::rowsRemoved);
        for (int i = 0; i < 1000; ++i)
            counts.add(i % 3 == 0 ? QStringLiteral("CGSTV36") : QStringLiteral("CGSTV32"));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 2); // one row per product, the first time it is scanned
        QCOMPARE(changed.size(), 998);
        QCOMPARE(counts.rowCount(), 2);
        QCOMPARE(counts.index(0, ProductCountsModel::ProductColumn).data().toString(), QStringLiteral("CGSTV36"));
        QCOMPARE(counts.index(1, ProductCountsModel::NameColumn).data().toString(), QStringLiteral("32\" TV"));
        QCOMPARE(counts.count(QStringLiteral("CGSTV36")), 334);
        QCOMPARE(counts.count(QStringLiteral("CGSTV32")), 666);
        QCOMPARE(counts.total(), 1000);

        for (int i = 0; i < 334; ++i)
            counts.subtract(QStringLiteral("CGSTV36"));
        QCOMPARE(removed.size(), 1); // its row goes with its last unit
        QCOMPARE(counts.rowCount(), 1);
        QCOMPARE(counts.index(0, ProductCountsModel::ProductColumn).data().toString(), QStringLiteral("CGSTV32"));
        counts.add(QStringLiteral("CGSTV32"));
        QCOMPARE(counts.index(0, ProductCountsModel::CountColumn).data().toInt(), 667);
        QCOMPARE(counts.total(), 667);
        QCOMPARE(resets.size(), 0);
    }

    void refusalsAppend()
    {
        RefusedModel refused;
        QAbstractItemModelTester tester(&refused, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&refused, &QAbstractItemModel::modelReset);
        refused.append(InwardRefusal{7, QStringLiteral("CGSTV322509251001"), QStringLiteral("inward.duplicate"),
                                     QStringLiteral("CGSTV322509251001 is already in this inward (line 1)."),
                                     QStringLiteral("2025-09-25T17:01:02+05:30")});
        QCOMPARE(resets.size(), 0);
        QCOMPARE(refused.rowCount(), 1);
        QCOMPARE(refused.maxId(), 7);
        QCOMPARE(refused.index(0, RefusedModel::TimeColumn).data().toString(), QStringLiteral("17:01:02"));
        QVERIFY(refused.index(0, RefusedModel::ReasonColumn).data().toString().contains(u"already in this inward"));
    }
};

QTEST_MAIN(TestInwardModel)
#include "TestInwardModel.moc"
