#include "ui/dispatch/DispatchPage.h"

#include "app/scanner/Scan.h"
#include "app/services/SyncHealth.h"
#include "ui/dispatch/ChallanRenderer.h"
#include "ui/dispatch/DispatchModels.h"
#include "ui/shell/AppServices.h"
#include "ui/widgets/Feedback.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/FormValidation.h"
#include "ui/widgets/ResultBanner.h"
#include "ui/widgets/Theme.h"
#include "ui/widgets/VerticalScrollArea.h"

#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace fb {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                      QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

} // namespace

DispatchPage::DispatchPage(AppServices &services, QWidget *parent)
    : Page(parent)
    , m_services(services)
    , m_dispatch(
          std::make_unique<DispatchService>(services.station->db(), services.station->settings(), *services.clock))
{
    m_feedback = new Feedback(services.station->settings(), this);
    m_lines = new DispatchLinesModel(this);
    m_counts = new DispatchCountsModel(this);
    m_recent = new RecentDispatchesModel(this);
    m_validation = new FormValidation(this);
    m_validation->setCheck([this] { return currentProblems(); });
    buildUi();
    loadMasterData();
    revalidate();
}

DispatchPage::~DispatchPage()
{
    // Closing the window takes the focus from the field that has it, which finishes its editing: by then the page's
    // members are gone, so that must not save the draft (it is saved as each field is left and at every scan).
    for (QLineEdit *edit : std::as_const(m_edits))
        edit->disconnect(this);
}

QLineEdit *DispatchPage::addField(const QString &field, const QString &label, const QString &objectName,
                                  const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(label);
    edit->setPlaceholderText(placeholder);
    m_edits.insert(field, edit);
    connect(edit, &QLineEdit::editingFinished, this, &DispatchPage::saveDraftForm);
    return edit;
}

// The message beside `field`, shown as FormValidation decides (once the field is left, or a submit was tried).
QLabel *DispatchPage::messageLabel(const QString &field, QWidget *input, const QString &name)
{
    // "bill_to_name" → "billToNameMessageLabel"
    const QStringList parts = field.split(u'_');
    QString objectName = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i)
        objectName += parts[i].left(1).toUpper() + parts[i].mid(1);
    QLabel *label = FormValidation::makeLabel(objectName + QStringLiteral("MessageLabel"), this);
    label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 26); // a long message wraps, it never widens
    m_validation->addField(field, input, label, name);
    return label;
}

void DispatchPage::buildUi()
{
    auto *outer = new QHBoxLayout(this);

    // Left: the form, one row per field — label, editor, the field's message; it scrolls down on a short screen.
    auto *formWidget = new QWidget(this);
    formWidget->setObjectName(QStringLiteral("dispatchForm"));
    auto *grid = new QGridLayout(formWidget);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 3);
    int row = 0;
    auto addRow = [&](const QString &field, const QString &label, QWidget *editor) {
        auto *l = new QLabel(label, this);
        l->setBuddy(editor);
        grid->addWidget(l, row, 0);
        grid->addWidget(editor, row, 1);
        QLabel *message = messageLabel(field, editor);
        message->setAccessibleName(tr("%1 message").arg(QString(label).remove(u'&')));
        grid->addWidget(message, row, 2);
        ++row;
    };
    m_warehouse = new QComboBox(this);
    m_warehouse->setObjectName(QStringLiteral("warehouseComboBox"));
    m_warehouse->setAccessibleName(tr("Warehouse"));
    connect(m_warehouse, &QComboBox::currentIndexChanged, this, &DispatchPage::onWarehouseChanged);
    addRow(QStringLiteral("warehouse_code"), tr("&Warehouse"), m_warehouse);
    addRow(QStringLiteral("order_id"), tr("&Order id"),
           addField(QStringLiteral("order_id"), tr("Order id"), QStringLiteral("orderIdLineEdit"),
                    QStringLiteral("INDI-DO-000312")));
    QLineEdit *party = addField(QStringLiteral("party_code"), tr("Party"), QStringLiteral("partyCodeLineEdit"),
                                tr("party code, e.g. RET123 — fills bill-to and ship-to"));
    connect(party, &QLineEdit::textEdited, this, &DispatchPage::onPartyEdited);
    addRow(QStringLiteral("party_code"), tr("&Party"), party);
    addRow(QStringLiteral("distributor_code"), tr("&Distributor"),
           addField(QStringLiteral("distributor_code"), tr("Distributor"), QStringLiteral("distributorCodeLineEdit"),
                    QStringLiteral("D001")));
    addRow(QStringLiteral("bill_to_name"), tr("Bill-to name"),
           addField(QStringLiteral("bill_to_name"), tr("Bill-to name"), QStringLiteral("billToNameLineEdit"), {}));
    addRow(QStringLiteral("bill_to_code"), tr("Bill-to code"),
           addField(QStringLiteral("bill_to_code"), tr("Bill-to code"), QStringLiteral("billToCodeLineEdit"), {}));
    addRow(QStringLiteral("gstin"), tr("&GSTIN"),
           addField(QStringLiteral("gstin"), tr("Bill-to GSTIN"), QStringLiteral("gstinLineEdit"),
                    QStringLiteral("27AAPFU0939F1ZV")));
    addRow(QStringLiteral("bill_to_address"), tr("Bill-to address"),
           addField(QStringLiteral("bill_to_address"), tr("Bill-to address"), QStringLiteral("billToAddressLineEdit"),
                    {}));
    addRow(QStringLiteral("ship_to_name"), tr("Ship-to name"),
           addField(QStringLiteral("ship_to_name"), tr("Ship-to name"), QStringLiteral("shipToNameLineEdit"), {}));
    addRow(QStringLiteral("ship_to_code"), tr("Ship-to code"),
           addField(QStringLiteral("ship_to_code"), tr("Ship-to code"), QStringLiteral("shipToCodeLineEdit"), {}));
    addRow(QStringLiteral("ship_to_address"), tr("Ship-to address"),
           addField(QStringLiteral("ship_to_address"), tr("Ship-to address"), QStringLiteral("shipToAddressLineEdit"),
                    {}));
    addRow(QStringLiteral("transporter_name"), tr("&Transporter"),
           addField(QStringLiteral("transporter_name"), tr("Transporter name"),
                    QStringLiteral("transporterNameLineEdit"), QStringLiteral("BlueDart Logistics")));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("transportModeComboBox"));
    m_mode->setAccessibleName(tr("Transport mode"));
    m_mode->addItems({QStringLiteral("ROAD"), QStringLiteral("RAIL"), QStringLiteral("AIR"), QStringLiteral("SHIP")});
    addRow(QStringLiteral("transport_mode"), tr("&Mode"), m_mode);
    addRow(QStringLiteral("vehicle_no"), tr("&Vehicle no."),
           addField(QStringLiteral("vehicle_no"), tr("Vehicle number"), QStringLiteral("vehicleNoLineEdit"),
                    QStringLiteral("MH12AB1234")));
    addRow(QStringLiteral("lr_no"), tr("&LR no."),
           addField(QStringLiteral("lr_no"), tr("LR number"), QStringLiteral("lrNoLineEdit"),
                    QStringLiteral("LR-9827345")));
    addRow(QStringLiteral("eway_bill_no"), tr("&E-way bill no."),
           addField(QStringLiteral("eway_bill_no"), tr("E-way bill number"), QStringLiteral("ewayBillLineEdit"),
                    QStringLiteral("3210-9988-7766")));
    addRow(QStringLiteral("dispatch_datetime"), tr("Dispatch date-&time"),
           addField(QStringLiteral("dispatch_datetime"), tr("Dispatch date-time"),
                    QStringLiteral("dispatchDateTimeLineEdit"), QStringLiteral("2025-09-25 17:05")));
    addRow(QStringLiteral("remarks"), tr("&Remarks"),
           addField(QStringLiteral("remarks"), tr("Remarks"), QStringLiteral("remarksLineEdit"), {}));
    addRow(QStringLiteral("quantities"), tr("Order &quantities"),
           addField(QStringLiteral("quantities"), tr("Order quantities"), QStringLiteral("orderQuantitiesLineEdit"),
                    tr("optional: CGSTV32=2, CGSTV36=3")));
    grid->setRowStretch(row, 1);
    auto *formArea = new VerticalScrollArea(formWidget, this);
    formArea->setObjectName(QStringLiteral("dispatchFormArea"));
    outer->addWidget(formArea, 3);

    // Right: scanning, counts, the scanned units, the actions, recent dispatches. It scrolls too when a long refusal
    // in the big banner (large text, a narrow column) needs more height than a short screen has.
    auto *column = new QWidget(this);
    column->setObjectName(QStringLiteral("dispatchScanColumn"));
    auto *right = new QVBoxLayout(column);
    right->setContentsMargins(0, 0, 0, 0);
    auto *scanRow = new QHBoxLayout;
    auto *scanLabel = new QLabel(tr("&Scan serial"), this);
    m_serialEdit = new QLineEdit(this);
    m_serialEdit->setObjectName(QStringLiteral("serialLineEdit"));
    m_serialEdit->setAccessibleName(tr("Serial to dispatch"));
    m_serialEdit->setPlaceholderText(tr("scan or type a serial, Enter"));
    scanLabel->setBuddy(m_serialEdit);
    connect(m_serialEdit, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_serialEdit->text();
        m_serialEdit->clear();
        if (!text.trimmed().isEmpty())
            handleScan(text, QStringLiteral("typed"));
    });
    scanRow->addWidget(scanLabel);
    scanRow->addWidget(m_serialEdit, 1);
    right->addLayout(scanRow);
    m_banner = new ResultBanner(this);
    m_banner->setObjectName(QStringLiteral("scanResultBanner"));
    right->addWidget(m_banner);
    QLabel *serialsMessage = messageLabel(QStringLiteral("serials"), m_serialEdit, tr("Scanned units"));
    serialsMessage->setAccessibleName(tr("Scanned units message"));
    right->addWidget(serialsMessage);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dispatchSummaryLabel"));
    m_summary->setWordWrap(true);
    right->addWidget(m_summary);
    m_countsView = makeTable(m_counts, QStringLiteral("countsTableView"), tr("Units per product"), this);
    m_countsView->setMaximumHeight(130);
    right->addWidget(m_countsView);
    m_linesView = makeTable(m_lines, QStringLiteral("scannedTableView"), tr("Scanned units"), this);
    right->addWidget(m_linesView, 2);

    auto *buttons = new FlowLayout; // wraps on a narrow screen
    m_submit = new QPushButton(tr("Submit dispatch (Ctrl+Enter)"), this);
    m_submit->setObjectName(QStringLiteral("submitDispatchButton"));
    connect(m_submit, &QPushButton::clicked, this, &DispatchPage::submit);
    m_saveChallan = new QPushButton(tr("Save challan PDF (Ctrl+S)"), this);
    m_saveChallan->setObjectName(QStringLiteral("saveChallanButton"));
    connect(m_saveChallan, &QPushButton::clicked, this, [this] { saveChallan(); });
    m_printChallan = new QPushButton(tr("Print challan (Ctrl+P)"), this);
    m_printChallan->setObjectName(QStringLiteral("printChallanButton"));
    connect(m_printChallan, &QPushButton::clicked, this, [this] { printChallan(); });
    m_cancel = new QPushButton(tr("Cancel dispatch…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelDispatchButton"));
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelDispatch(); });
    auto *fresh = new QPushButton(tr("New dispatch (Ctrl+N)"), this);
    fresh->setObjectName(QStringLiteral("newDispatchButton"));
    connect(fresh, &QPushButton::clicked, this, &DispatchPage::newDispatch);
    for (QPushButton *b : {m_submit, m_saveChallan, m_printChallan, m_cancel, fresh})
        buttons->addWidget(b);
    // What the submit still waits for, just above the button.
    m_readiness = new QLabel(this);
    m_readiness->setObjectName(QStringLiteral("dispatchReadinessLabel"));
    m_readiness->setAccessibleName(tr("What the dispatch still needs"));
    m_readiness->setWordWrap(true);
    right->addWidget(m_readiness);
    m_validation->setSummaryLabel(m_readiness, tr("Ready to submit: Ctrl+Enter submits the dispatch."));
    right->addLayout(buttons);
    m_requestLabel = new QLabel(this);
    m_requestLabel->setObjectName(QStringLiteral("requestIdLabel"));
    m_requestLabel->setAccessibleName(tr("Submitted dispatch"));
    m_requestLabel->setFont(theme::scaledBold(m_requestLabel->font(), theme::kFigureScale));
    m_requestLabel->setWordWrap(true);
    right->addWidget(m_requestLabel);
    auto *recentTitle = new QLabel(tr("Recent dispatches (select one to reprint or cancel)"), this);
    recentTitle->setWordWrap(true);
    right->addWidget(recentTitle);
    m_recentView = makeTable(m_recent, QStringLiteral("recentTableView"), tr("Recent dispatches"), this);
    right->addWidget(m_recentView, 1);
    auto *columnArea = new VerticalScrollArea(column, this);
    columnArea->setObjectName(QStringLiteral("dispatchScanArea"));
    outer->addWidget(columnArea, 2);

    auto shortcut = [this](const QKeySequence &key, auto slot) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &DispatchPage::submit);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &DispatchPage::submit);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_S), [this] { saveChallan(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { printChallan(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), &DispatchPage::newDispatch);
}

void DispatchPage::loadMasterData()
{
    m_filling = true;
    const QString current = m_warehouse->currentData().toString();
    m_warehouse->clear();
    for (const Warehouse &w : m_dispatch->warehouses())
        m_warehouse->addItem(QStringLiteral("%1 — %2").arg(w.code, w.name), w.code);
    const int index = m_warehouse->findData(current);
    m_warehouse->setCurrentIndex(index >= 0 ? index : 0);
    QStringList parties;
    for (const Party &p : m_dispatch->parties())
        parties << p.code;
    QStringList distributors;
    for (const Party &p : m_dispatch->distributors())
        distributors << p.code;
    auto *partyCompleter = new QCompleter(parties, this);
    partyCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    partyCompleter->setCompletionMode(QCompleter::InlineCompletion); // no popup stealing Tab and Enter
    m_edits.value(QStringLiteral("party_code"))->setCompleter(partyCompleter);
    auto *distributorCompleter = new QCompleter(distributors, this);
    distributorCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    distributorCompleter->setCompletionMode(QCompleter::InlineCompletion);
    m_edits.value(QStringLiteral("distributor_code"))->setCompleter(distributorCompleter);
    if (m_edits.value(QStringLiteral("dispatch_datetime"))->text().isEmpty())
        m_edits.value(QStringLiteral("dispatch_datetime"))
            ->setText(m_dispatch->now().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    m_filling = false;
}

void DispatchPage::setActor(const Actor &actor)
{
    Page::setActor(actor);
    m_cancel->setVisible(!actor.operatorCode.isEmpty() && roleAllows(actor.role, Permission::CancelDispatch));
    if (actor.operatorCode.isEmpty() || !roleAllows(actor.role, Permission::Dispatch))
        return;
    loadMasterData();
    resumeDraft();
    refreshRecent();
    m_validation->reset(); // a resumed draft too: no message until its fields are left or a submit is tried
    revalidate();
}

void DispatchPage::onShown()
{
    // A resumed or fresh form starts at the first empty field; a full form at the scan field.
    for (QLineEdit *e : {m_edits.value(QStringLiteral("order_id")), m_edits.value(QStringLiteral("party_code"))}) {
        if (e->text().isEmpty()) {
            m_warehouse->setFocus();
            return;
        }
    }
    m_serialEdit->setFocus();
}

DispatchForm DispatchPage::form() const
{
    auto text = [this](const char *field) { return m_edits.value(QLatin1String(field))->text(); };
    DispatchForm f;
    f.warehouseCode = m_warehouse->currentData().toString();
    f.orderId = text("order_id");
    f.distributorCode = text("distributor_code");
    f.partyCode = text("party_code");
    f.billToName = text("bill_to_name");
    f.billToCode = text("bill_to_code");
    f.billToGstin = text("gstin");
    f.billToAddress = text("bill_to_address");
    f.shipToName = text("ship_to_name");
    f.shipToCode = text("ship_to_code");
    f.shipToAddress = text("ship_to_address");
    f.transporterName = text("transporter_name");
    f.transportMode = m_mode->currentText();
    f.vehicleNo = text("vehicle_no");
    f.lrNo = text("lr_no");
    f.ewayBillNo = text("eway_bill_no");
    f.dispatchDateTime = text("dispatch_datetime");
    f.remarks = text("remarks");
    QString error;
    f.orderQuantities = parseQuantities(&error);
    return f;
}

QList<OrderQuantity> DispatchPage::parseQuantities(QString *error) const
{
    QList<OrderQuantity> out;
    const QString text = m_edits.value(QStringLiteral("quantities"))->text().trimmed();
    if (text.isEmpty())
        return out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(u'=');
        bool ok = false;
        const int n = kv.value(1).trimmed().toInt(&ok);
        if (kv.size() != 2 || !ok || n <= 0 || kv.value(0).trimmed().isEmpty()) {
            *error = tr("Order quantities '%1' are not understood — write product=quantity pairs separated by commas, "
                        "e.g. CGSTV32=2, CGSTV36=3")
                         .arg(part.trimmed());
            return {};
        }
        out.append({kv.value(0).trimmed().toUpper(), n});
    }
    return out;
}

void DispatchPage::showForm(const DispatchForm &f)
{
    m_filling = true;
    const int w = m_warehouse->findData(f.warehouseCode);
    if (w >= 0)
        m_warehouse->setCurrentIndex(w);
    auto set = [this](const char *field, const QString &value) { m_edits.value(QLatin1String(field))->setText(value); };
    set("order_id", f.orderId);
    set("party_code", f.partyCode);
    set("distributor_code", f.distributorCode);
    set("bill_to_name", f.billToName);
    set("bill_to_code", f.billToCode);
    set("gstin", f.billToGstin);
    set("bill_to_address", f.billToAddress);
    set("ship_to_name", f.shipToName);
    set("ship_to_code", f.shipToCode);
    set("ship_to_address", f.shipToAddress);
    set("transporter_name", f.transporterName);
    const int mode = m_mode->findText(f.transportMode);
    m_mode->setCurrentIndex(mode >= 0 ? mode : 0);
    set("vehicle_no", f.vehicleNo);
    set("lr_no", f.lrNo);
    set("eway_bill_no", f.ewayBillNo);
    if (!f.dispatchDateTime.isEmpty()) {
        const QDateTime dt = QDateTime::fromString(f.dispatchDateTime, Qt::ISODate);
        set("dispatch_datetime", dt.isValid() ? dt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : f.dispatchDateTime);
    }
    set("remarks", f.remarks);
    QStringList q;
    for (const OrderQuantity &oq : f.orderQuantities)
        q << QStringLiteral("%1=%2").arg(oq.productCode).arg(oq.quantity);
    set("quantities", q.join(QStringLiteral(", ")));
    m_filling = false;
}

void DispatchPage::resumeDraft()
{
    auto open = m_dispatch->openDraft(m_actor);
    if (!open.ok() || !open->has_value()) {
        m_draftId = 0;
        m_lines->setLines({});
        refreshCounts();
        return;
    }
    auto d = m_dispatch->draft(m_actor, **open);
    if (!d.ok())
        return;
    m_draftId = d->record.id;
    showForm(d->record.form);
    m_lines->setLines(d->lines);
    refreshCounts();
    m_banner->showInfo(tr("Your unfinished dispatch is back: %n unit(s) scanned.", nullptr, int(d->lines.size())));
}

void DispatchPage::onPartyEdited()
{
    // A known party code fills distributor, bill-to and ship-to from master data.
    auto prefilled = m_dispatch->prefillFromParty(form(), m_edits.value(QStringLiteral("party_code"))->text());
    if (!prefilled)
        return;
    const QString typed = m_edits.value(QStringLiteral("party_code"))->text();
    showForm(*prefilled);
    m_filling = true;
    m_edits.value(QStringLiteral("party_code"))->setText(typed.toUpper());
    m_filling = false;
    revalidate();
}

void DispatchPage::onWarehouseChanged()
{
    if (m_filling)
        return;
    if (m_draftId > 0 && m_lines->rowCount() > 0) {
        Status saved = m_dispatch->saveForm(m_actor, m_draftId, form());
        if (!saved) {
            // Units from the old warehouse are scanned: put it back and say why.
            auto d = m_dispatch->draft(m_actor, m_draftId);
            if (d.ok()) {
                m_filling = true;
                m_warehouse->setCurrentIndex(m_warehouse->findData(d->record.form.warehouseCode));
                m_filling = false;
            }
            m_banner->showRefused(saved.message());
            m_feedback->refused();
        }
    }
    revalidate();
}

void DispatchPage::saveDraftForm()
{
    if (m_draftId <= 0 || m_filling || m_actor.operatorCode.isEmpty())
        return;
    if (Status s = m_dispatch->saveForm(m_actor, m_draftId, form()); !s)
        emit notify(s.message(), true);
}

// The core's check of the form as typed now, and the order quantities' format (the page parses them).
QList<FormValidation::Problem> DispatchPage::currentProblems()
{
    m_check = m_dispatch->check(m_draftId, form());
    QList<FormValidation::Problem> problems;
    for (const FieldProblem &p : std::as_const(m_check.problems))
        problems.append({p.field, p.message, p.warning});
    QString quantitiesError;
    parseQuantities(&quantitiesError);
    if (!quantitiesError.isEmpty())
        problems.append({QStringLiteral("quantities"), quantitiesError, false});
    return problems;
}

void DispatchPage::revalidate()
{
    m_validation->revalidate();
    auto value = m_draftId > 0 ? m_dispatch->consignmentValuePaise(m_draftId) : Result<qint64>(qint64(0));
    m_summary->setText(tr("%n unit(s) · value %1", nullptr, m_lines->rowCount())
                           .arg(DispatchService::formatRupees(value.ok() ? *value : 0)));
}

void DispatchPage::refreshCounts()
{
    auto counts = m_dispatch->counts(m_draftId, form().orderQuantities);
    if (counts.ok())
        m_counts->update(*counts);
}

void DispatchPage::refreshRecent()
{
    auto list = m_dispatch->recent(m_actor, 50);
    if (list.ok())
        m_recent->setRecords(*list);
}

void DispatchPage::onScan(const Scan &scan)
{
    handleScan(scan.text, scan.source);
}

void DispatchPage::handleScan(const QString &text, const QString &source)
{
    if (m_actor.operatorCode.isEmpty())
        return;
    if (m_draftId <= 0) {
        auto created = m_dispatch->createDraft(m_actor, form());
        if (!created.ok()) {
            m_banner->showRefused(created.message());
            m_feedback->refused();
            return;
        }
        m_draftId = *created;
    } else {
        saveDraftForm(); // the order's quantities as typed now apply to this scan
    }
    auto line = m_dispatch->scan(m_actor, m_draftId, text, source);
    if (!line.ok()) {
        m_banner->showRefused(line.message());
        m_feedback->refused();
        if (line.error().field == u"warehouse_code")
            m_warehouse->setFocus();
        revalidate();
        return;
    }
    m_lines->append(*line);
    m_linesView->scrollToBottom();
    refreshCounts();
    m_banner->showAccepted(tr("%1 (%2) — line %3").arg(line->serial, line->productCode).arg(line->seq));
    m_feedback->accepted();
    m_validation->touch(QStringLiteral("serials"));
    revalidate();
}

void DispatchPage::submit()
{
    if (m_actor.operatorCode.isEmpty())
        return;
    // Every field's message shows now; the focus goes to the first one in error.
    revalidate();
    if (!m_validation->attemptSubmit()) {
        m_banner->showRefused(tr("Not submitted: %1").arg(m_validation->whatIsWrong()));
        return;
    }
    if (m_draftId <= 0) {
        m_banner->showRefused(tr("Scan the units being dispatched first."));
        return;
    }
    auto done = m_dispatch->submit(m_actor, m_draftId, form());
    if (!done.ok()) {
        m_banner->showRefused(done.message());
        m_feedback->refused();
        revalidate();
        m_validation->showRefusal(done.error());
        return;
    }
    m_lastRequestId = done->requestId;
    m_requestLabel->setText(tr("%1 submitted — %n unit(s), queued for both CRMs. Ctrl+S saves the challan, Ctrl+P "
                               "prints it.",
                               nullptr, done->serials)
                                .arg(done->requestId));
    m_banner->showAccepted(tr("Dispatch %1 submitted.").arg(done->requestId));
    m_feedback->accepted();
    emit notify(tr("Dispatch %1 submitted: %n unit(s).", nullptr, done->serials).arg(done->requestId), false);
    m_draftId = 0;
    m_lines->setLines({});
    refreshCounts();
    refreshRecent();
    m_validation->reset();
    revalidate();
}

QString DispatchPage::selectedOrLastRequestId() const
{
    const QModelIndexList selected = m_recentView->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        const QString id = m_recent->requestIdAt(selected.first().row());
        if (!id.isEmpty())
            return id;
    }
    return m_lastRequestId;
}

void DispatchPage::saveChallan(const QString &requestId)
{
    const QString id = requestId.isEmpty() ? selectedOrLastRequestId() : requestId;
    if (id.isEmpty()) {
        m_banner->showRefused(tr("Submit a dispatch, or select one in the list, to save its challan."));
        return;
    }
    auto challan = m_dispatch->challan(m_actor, id);
    if (!challan.ok()) {
        m_banner->showRefused(challan.message());
        return;
    }
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("challan-%1.pdf").arg(id));
    const QString path = fileChooser ? fileChooser(suggested)
                                     : QFileDialog::getSaveFileName(this, tr("Save delivery challan"), suggested,
                                                                    tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = ChallanRenderer::writePdf(*challan, path); !s) {
        m_banner->showRefused(s.message());
        return;
    }
    (void)m_dispatch->noteChallanOutput(m_actor, id, path);
    m_banner->showAccepted(tr("Challan %1 saved to %2").arg(id, QDir::toNativeSeparators(path)));
    emit notify(tr("Challan %1 saved to %2").arg(id, QDir::toNativeSeparators(path)), false);
}

void DispatchPage::printChallan(const QString &requestId)
{
    const QString id = requestId.isEmpty() ? selectedOrLastRequestId() : requestId;
    if (id.isEmpty()) {
        m_banner->showRefused(tr("Submit a dispatch, or select one in the list, to print its challan."));
        return;
    }
    auto challan = m_dispatch->challan(m_actor, id);
    if (!challan.ok()) {
        m_banner->showRefused(challan.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Delivery challan %1").arg(id));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = ChallanRenderer::render(*challan, &printer); !s) {
        m_banner->showRefused(s.message());
        return;
    }
    (void)m_dispatch->noteChallanOutput(m_actor, id, tr("printer %1").arg(printer.printerName()));
    m_banner->showAccepted(tr("Challan %1 sent to %2").arg(id, printer.printerName()));
}

void DispatchPage::cancelDispatch(const QString &requestId)
{
    const QString id = requestId.isEmpty() ? selectedOrLastRequestId() : requestId;
    if (id.isEmpty()) {
        m_banner->showRefused(tr("Select the dispatch to cancel in the list."));
        return;
    }
    const QString reason = cancelAsker ? cancelAsker(id)
                                       : QInputDialog::getText(this, tr("Cancel dispatch %1").arg(id),
                                                               tr("Why is %1 cancelled? (goes to both CRMs)").arg(id));
    if (reason.trimmed().isEmpty())
        return;
    auto cancelled = m_dispatch->cancel(m_actor, id, reason);
    if (!cancelled.ok()) {
        m_banner->showRefused(cancelled.message());
        m_feedback->refused();
        return;
    }
    QStringList told;
    for (Crm crm : cancelled->told)
        told << crmTitle(crm);
    const QString text = cancelled->reachedCrm
                             ? tr("%1 cancelled: %n unit(s) back in stock; the cancellation goes to: %2.", nullptr,
                                  int(cancelled->serials.size()))
                                   .arg(id, told.join(QStringLiteral(", ")))
                             : tr("%1 cancelled before it reached a CRM: %n unit(s) back in stock; nothing was sent.",
                                  nullptr, int(cancelled->serials.size()))
                                   .arg(id);
    m_banner->showAccepted(text);
    emit notify(text, false);
    refreshRecent();
}

void DispatchPage::newDispatch()
{
    if (m_draftId > 0 && m_lines->rowCount() == 0)
        (void)m_dispatch->abandon(m_actor, m_draftId);
    else if (m_draftId > 0) {
        m_banner->showRefused(
            tr("This dispatch has scanned units: submit it, or remove them, before starting another."));
        return;
    }
    m_draftId = 0;
    m_filling = true;
    for (QLineEdit *e : std::as_const(m_edits))
        e->clear();
    m_mode->setCurrentIndex(0);
    m_edits.value(QStringLiteral("dispatch_datetime"))
        ->setText(m_dispatch->now().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    m_filling = false;
    m_lines->setLines({});
    refreshCounts();
    m_requestLabel->clear();
    m_banner->clearResult();
    m_validation->reset();
    revalidate();
    m_warehouse->setFocus();
}

} // namespace fb
