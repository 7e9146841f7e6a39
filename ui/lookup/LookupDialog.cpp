#include "ui/lookup/LookupDialog.h"

#include "app/scanner/Scan.h"
#include "app/services/LabelJobService.h"
#include "app/services/SerialLookupService.h"
#include "app/services/Station.h"
#include "ui/labels/LabelPrinter.h"
#include "ui/widgets/Theme.h"

#include <QAction>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fb {

namespace {

enum HistoryColumn { WhenColumn, WhatColumn, WhoColumn, RefColumn, StationColumn, ColumnCount };

QString when(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : iso;
}

} // namespace

LookupDialog::LookupDialog(Station &station, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_service(std::make_unique<SerialLookupService>(station.db(), clock))
    , m_labels(std::make_unique<LabelPrinter>(station, clock))
    , m_jobs(std::make_unique<LabelJobService>(station.db(), clock))
{
    setObjectName(QStringLiteral("lookupDialog"));
    setWindowTitle(tr("Serial lookup"));
    resize(900, 520);
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_serial = new QLineEdit(this);
    m_serial->setObjectName(QStringLiteral("lookupLineEdit"));
    m_serial->setPlaceholderText(tr("Scan or type a serial number, then Enter"));
    m_serial->setFont(theme::scaled(m_serial->font(), theme::kLargeScale));
    form->addRow(tr("&Serial:"), m_serial);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("lookupStateLabel"));
    m_state->setFont(theme::scaledBold(m_state->font(), theme::kEmphasisScale));
    m_state->setWordWrap(true);
    form->addRow(tr("Now:"), m_state);
    m_product = new QLabel(this);
    m_product->setObjectName(QStringLiteral("lookupProductLabel"));
    form->addRow(tr("Product:"), m_product);
    m_draft = new QLabel(this);
    m_draft->setObjectName(QStringLiteral("lookupDraftLabel"));
    m_draft->setWordWrap(true);
    form->addRow(QString(), m_draft);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("lookupMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_history = new QTableWidget(0, ColumnCount, this);
    m_history->setObjectName(QStringLiteral("historyTable"));
    m_history->setAccessibleName(tr("Movement history"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Who"), tr("Document"), tr("Station")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_history->setFocusPolicy(Qt::NoFocus); // the field keeps the focus: scan, read, scan the next
    layout->addWidget(m_history, 1);

    auto *reprintAction = new QAction(tr("Reprint label"), this);
    reprintAction->setObjectName(QStringLiteral("reprintLabelAction"));
    reprintAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(reprintAction, &QAction::triggered, this, &LookupDialog::reprintLabel);
    addAction(reprintAction);
    auto *saveAction = new QAction(tr("Save label as PDF"), this);
    saveAction->setObjectName(QStringLiteral("saveLabelAction"));
    saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    connect(saveAction, &QAction::triggered, this, &LookupDialog::saveLabelAsPdf);
    addAction(saveAction);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_reprint =
        buttons->addButton(tr("&Reprint label  (%1)").arg(reprintAction->shortcut().toString(QKeySequence::NativeText)),
                           QDialogButtonBox::ActionRole);
    m_reprint->setObjectName(QStringLiteral("reprintLabelButton"));
    connect(m_reprint, &QPushButton::clicked, reprintAction, &QAction::trigger);
    m_savePdf = buttons->addButton(
        tr("Save label as &PDF…  (%1)").arg(saveAction->shortcut().toString(QKeySequence::NativeText)),
        QDialogButtonBox::ActionRole);
    m_savePdf->setObjectName(QStringLiteral("saveLabelButton"));
    connect(m_savePdf, &QPushButton::clicked, saveAction, &QAction::trigger);
    // The field keeps the focus (scan, read, scan the next); the buttons have their keys.
    for (QPushButton *b : {buttons->button(QDialogButtonBox::Close), m_reprint, m_savePdf}) {
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::NoFocus);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Enter looks up (the dialog's default button would close it instead).
    connect(m_serial, &QLineEdit::returnPressed, this, [this] { lookup(m_serial->text()); });
}

LookupDialog::~LookupDialog() = default;

void LookupDialog::prepare(const Actor &actor)
{
    m_actor = actor;
    m_shown.clear();
    // Only roles that print labels see the buttons; Ctrl+P from anyone else gets the service's refusal, not silence.
    m_reprint->setVisible(roleAllows(actor.role, Permission::GenerateSerials));
    m_savePdf->setVisible(roleAllows(actor.role, Permission::GenerateSerials));
    m_serial->clear();
    m_state->clear();
    m_product->clear();
    m_draft->clear();
    m_message->clear();
    m_history->setRowCount(0);
    m_serial->setFocus(Qt::OtherFocusReason);
}

void LookupDialog::onScan(const Scan &scan)
{
    m_serial->setText(scan.text);
    lookup(scan.text);
}

void LookupDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? theme::errorText() : QString());
}

void LookupDialog::lookup(const QString &text)
{
    auto found = m_service->lookup(m_actor, text);
    m_shown = text;
    m_history->setRowCount(0);
    m_state->clear();
    m_product->clear();
    m_draft->clear();
    m_serial->selectAll(); // the next scan or typed serial replaces this one
    if (!found.ok()) {
        showMessage(found.message(), true);
        return;
    }
    const SerialLookup &l = *found;
    m_product->setText(l.productName.isEmpty() ? l.productCode
                                               : QStringLiteral("%1 — %2").arg(l.productCode, l.productName));
    m_draft->setText(l.openDraft);
    if (!l.found) {
        m_state->setText(tr("Not in the serial register"));
        showMessage(l.message, true);
        return;
    }
    m_state->setText(l.stateText);
    showMessage(tr("%1: %n movement(s).", nullptr, int(l.movements.size())).arg(l.serial), false);
    // Movements and label jobs in one history, by time: a second label for a unit shows who printed it, and where.
    struct Row
    {
        QDateTime at;
        QStringList cells;
    };
    QList<Row> rows;
    for (const LookupMovement &m : l.movements) {
        const QString who = m.operatorName.isEmpty()
                                ? m.movement.operatorCode
                                : QStringLiteral("%1 (%2)").arg(m.operatorName, m.movement.operatorCode);
        rows.append({QDateTime::fromString(m.movement.at, Qt::ISODate),
                     {when(m.movement.at), m.summary, who, m.movement.ref, m.movement.stationId}});
    }
    auto jobs = m_jobs->history(m_actor, l.serial);
    if (jobs.ok()) {
        for (const AuditEntry &e : *jobs) {
            const QString what = e.action == u"label.reprint" ? tr("Label reprinted: %1").arg(e.details)
                                                              : tr("Label printed: %1").arg(e.details);
            rows.append(
                {e.at,
                 {e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), what, e.operatorCode, QString(), e.stationId}});
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.at < b.at; });
    m_history->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int c = 0; c < ColumnCount; ++c)
            m_history->setItem(row, c, new QTableWidgetItem(rows.at(row).cells.at(c)));
    }
    m_history->resizeColumnToContents(WhenColumn);
    m_history->resizeColumnToContents(WhoColumn);
    m_history->resizeColumnToContents(RefColumn);
}

void LookupDialog::reprintLabel()
{
    label(true);
}

void LookupDialog::saveLabelAsPdf()
{
    label(false);
}

void LookupDialog::label(bool print)
{
    const QString serial = m_serial->text().trimmed().toUpper();
    if (serial.isEmpty()) {
        showMessage(tr("Scan or type a serial number first; then %1 reprints its label.")
                        .arg(QKeySequence(Qt::CTRL | Qt::Key_P).toString(QKeySequence::NativeText)),
                    true);
        m_serial->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (serial != m_shown.trimmed().toUpper())
        lookup(serial); // show what is being reprinted
    auto outcome = print ? m_labels->printSerials(m_actor, {serial}, this, LabelJobKind::Reprint)
                         : m_labels->saveSerialsAsPdf(m_actor, {serial}, this, LabelJobKind::Reprint);
    m_serial->setFocus(Qt::OtherFocusReason);
    m_serial->selectAll();
    if (!outcome.ok()) {
        showMessage(outcome.message(), true);
        emit notify(outcome.message(), true);
        return;
    }
    if (!outcome->done) {
        showMessage(print ? tr("Printing cancelled: no label printed.") : tr("Nothing saved."), false);
        return;
    }
    lookup(serial); // the history now ends with this job
    const QString text = print ? tr("Label for %1 reprinted on %2.").arg(serial, outcome->destination)
                               : tr("Label for %1 saved to %2.").arg(serial, outcome->destination);
    showMessage(QStringLiteral("✓ %1").arg(text), false);
    emit notify(text, false);
}

} // namespace fb
