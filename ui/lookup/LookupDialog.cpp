#include "lookup/LookupDialog.h"

#include "scanner/Scan.h"
#include "services/SerialLookupService.h"

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

namespace fb {

namespace {

enum HistoryColumn { WhenColumn, WhatColumn, WhoColumn, RefColumn, StationColumn, ColumnCount };

QString when(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : iso;
}

} // namespace

LookupDialog::LookupDialog(Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_service(std::make_unique<SerialLookupService>(db, clock))
{
    setObjectName(QStringLiteral("lookupDialog"));
    setWindowTitle(tr("Serial lookup"));
    resize(900, 520);
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_serial = new QLineEdit(this);
    m_serial->setObjectName(QStringLiteral("lookupLineEdit"));
    m_serial->setPlaceholderText(tr("Scan or type a serial number, then Enter"));
    QFont big = m_serial->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_serial->setFont(big);
    form->addRow(tr("&Serial:"), m_serial);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("lookupStateLabel"));
    QFont bold = m_state->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_state->setFont(bold);
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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setFocusPolicy(Qt::NoFocus);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Enter looks up (the dialog's default button would close it instead).
    connect(m_serial, &QLineEdit::returnPressed, this, [this] { lookup(m_serial->text()); });
}

LookupDialog::~LookupDialog() = default;

void LookupDialog::prepare(const Actor &actor)
{
    m_actor = actor;
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
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
}

void LookupDialog::lookup(const QString &text)
{
    auto found = m_service->lookup(m_actor, text);
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
    m_history->setRowCount(int(l.movements.size()));
    for (int row = 0; row < l.movements.size(); ++row) {
        const LookupMovement &m = l.movements.at(row);
        const QString who = m.operatorName.isEmpty()
                                ? m.movement.operatorCode
                                : QStringLiteral("%1 (%2)").arg(m.operatorName, m.movement.operatorCode);
        const QStringList cells{when(m.movement.at), m.summary, who, m.movement.ref, m.movement.stationId};
        for (int c = 0; c < ColumnCount; ++c)
            m_history->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_history->resizeColumnToContents(WhenColumn);
    m_history->resizeColumnToContents(WhoColumn);
    m_history->resizeColumnToContents(RefColumn);
}

} // namespace fb
