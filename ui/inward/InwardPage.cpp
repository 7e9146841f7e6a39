#include "ui/inward/InwardPage.h"

#include "app/scanner/Scan.h"
#include "app/services/MasterDataService.h"
#include "ui/inward/InwardModel.h"
#include "ui/inward/ProductCountsModel.h"
#include "ui/inward/RefusedModel.h"
#include "ui/shell/AppServices.h"
#include "ui/widgets/Feedback.h"
#include "ui/widgets/ResultBanner.h"
#include "ui/widgets/Theme.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextStream>
#include <QVBoxLayout>

namespace fb {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    // Fixed row heights: a view that measures every row costs more with every scan.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

InwardPage::InwardPage(AppServices &services, QWidget *parent)
    : Page(parent)
    , m_services(services)
    , m_inward(std::make_unique<InwardService>(services.station->db(), services.station->settings(), *services.clock))
    , m_feedback(new Feedback(services.station->settings(), this))
    , m_model(new InwardModel(this))
    , m_counts(new ProductCountsModel(this))
    , m_refused(new RefusedModel(this))
{
    buildUi();
}

InwardPage::~InwardPage() = default;

void InwardPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(tr("Inward"), this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    heading->setFont(theme::scaledBold(heading->font(), theme::kHeadingScale));
    top->addWidget(heading);
    top->addSpacing(24);
    auto *warehouseLabel = new QLabel(tr("&Warehouse:"), this);
    m_warehouse = new QComboBox(this);
    m_warehouse->setObjectName(QStringLiteral("warehouseComboBox"));
    m_warehouse->setPlaceholderText(tr("Choose the warehouse (Alt+W)"));
    m_warehouse->setMinimumContentsLength(28);
    m_warehouse->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    warehouseLabel->setBuddy(m_warehouse);
    top->addWidget(warehouseLabel);
    top->addWidget(m_warehouse);
    m_draftLabel = new QLabel(this);
    m_draftLabel->setObjectName(QStringLiteral("draftLabel"));
    top->addWidget(m_draftLabel, 1);
    layout->addLayout(top);

    auto *scanRow = new QHBoxLayout;
    auto *scanLabel = new QLabel(tr("&Scan:"), this);
    scanLabel->setFont(theme::scaledBold(scanLabel->font(), theme::kLargeScale));
    m_serial = new QLineEdit(this);
    m_serial->setObjectName(QStringLiteral("serialLineEdit"));
    m_serial->setPlaceholderText(tr("Scan a unit, or type its serial and press Enter"));
    m_serial->setAccessibleName(tr("Serial number"));
    m_serial->setFont(theme::scaled(m_serial->font(), theme::kHeadingScale));
    m_serial->setClearButtonEnabled(false);
    scanLabel->setBuddy(m_serial);
    scanRow->addWidget(scanLabel);
    scanRow->addWidget(m_serial, 1);
    layout->addLayout(scanRow);

    m_banner = new ResultBanner(this);
    m_banner->setObjectName(QStringLiteral("resultBanner"));
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *acceptedTitle = new QLabel(tr("Accepted (Up/Down to pick a row, Delete to remove it)"), left);
    acceptedTitle->setFont(theme::scaledBold(acceptedTitle->font(), theme::kBodyScale));
    m_table = makeTable(m_model, QStringLiteral("acceptedTable"), left);
    m_table->setAccessibleName(tr("Accepted scans"));
    // Fixed widths: a column sized to its contents measures every row again on every scan.
    const QFontMetrics metrics(m_table->font());
    m_table->setColumnWidth(InwardModel::SeqColumn, metrics.horizontalAdvance(QStringLiteral("00000")) + 12);
    m_table->setColumnWidth(InwardModel::SerialColumn,
                            metrics.horizontalAdvance(QStringLiteral("CGSTV3225092510010")) + 16);
    m_table->setColumnWidth(InwardModel::ProductColumn, metrics.horizontalAdvance(QStringLiteral("CGSTV32XX")) + 16);
    m_table->setColumnWidth(InwardModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("00:00:00")) + 16);
    leftLayout->addWidget(acceptedTitle);
    leftLayout->addWidget(m_table, 1);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_totalLabel = new QLabel(right);
    m_totalLabel->setObjectName(QStringLiteral("totalLabel"));
    m_totalLabel->setFont(theme::scaledBold(m_totalLabel->font(), theme::kLargeScale));
    m_countsView = makeTable(m_counts, QStringLiteral("productCountsTable"), right);
    m_countsView->setAccessibleName(tr("Units per product"));
    m_countsView->setMaximumHeight(180);
    // The product's name takes the room the code and the count leave (a handful of rows: measuring them is cheap).
    m_countsView->horizontalHeader()->setStretchLastSection(false);
    m_countsView->horizontalHeader()->setSectionResizeMode(ProductCountsModel::ProductColumn,
                                                           QHeaderView::ResizeToContents);
    m_countsView->horizontalHeader()->setSectionResizeMode(ProductCountsModel::NameColumn, QHeaderView::Stretch);
    m_countsView->horizontalHeader()->setSectionResizeMode(ProductCountsModel::CountColumn,
                                                           QHeaderView::ResizeToContents);
    m_refusedTitle = new QLabel(right);
    m_refusedTitle->setObjectName(QStringLiteral("refusedTitle"));
    m_refusedTitle->setFont(theme::scaledBold(m_refusedTitle->font(), theme::kEmphasisScale));
    m_refusedTitle->setStyleSheet(theme::fieldErrorText());
    m_refusedView = makeTable(m_refused, QStringLiteral("refusedList"), right);
    m_refusedView->setAccessibleName(tr("Refused scans"));
    m_refusedView->setWordWrap(true);
    // The time and what was scanned at their width, the reason in the rest of the row, wrapped over as many lines as
    // it needs (refusals are few: measuring their rows is cheap), never scrolled aside.
    m_refusedView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const QFontMetrics refusedMetrics(m_refusedView->font());
    m_refusedView->setColumnWidth(RefusedModel::TimeColumn,
                                  refusedMetrics.horizontalAdvance(QStringLiteral("00:00:00")) + 16);
    m_refusedView->setColumnWidth(RefusedModel::ScannedColumn,
                                  refusedMetrics.horizontalAdvance(QStringLiteral("CGSTV3225092510010")) + 16);
    rightLayout->addWidget(m_totalLabel);
    rightLayout->addWidget(m_countsView);
    rightLayout->addWidget(m_refusedTitle);
    rightLayout->addWidget(m_refusedView, 1);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({3000, 2000}); // the totals and the refused list get their share from the start
    layout->addWidget(splitter, 1);

    // Every action has a shortcut and a button naming it; the buttons never take the focus from the scan field.
    auto *buttons = new QHBoxLayout;
    auto makeAction = [this, buttons](const QString &name, const QString &text, const QList<QKeySequence> &keys,
                                      void (InwardPage::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(name + QStringLiteral("Action"));
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        this->addAction(action);
        auto *button = new QPushButton(
            QStringLiteral("%1  (%2)").arg(text, keys.first().toString(QKeySequence::NativeText)), this);
        button->setObjectName(name + QStringLiteral("Button"));
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button);
        return button;
    };
    makeAction(QStringLiteral("undo"), tr("Undo last scan"), {QKeySequence(Qt::CTRL | Qt::Key_Z)},
               &InwardPage::undoLast);
    makeAction(QStringLiteral("removeRow"), tr("Remove row"), {QKeySequence(Qt::Key_Delete)},
               &InwardPage::removeSelected);
    makeAction(QStringLiteral("import"), tr("Import file…"), {QKeySequence(Qt::CTRL | Qt::Key_O)},
               &InwardPage::importFile);
    buttons->addStretch();
    m_lastRequest = new QLabel(this);
    m_lastRequest->setObjectName(QStringLiteral("lastRequestLabel"));
    m_lastRequest->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    buttons->addWidget(m_lastRequest);
    QPushButton *submitButton = makeAction(
        QStringLiteral("submitInward"), tr("Submit inward"),
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}, &InwardPage::submit);
    submitButton->setFont(theme::scaledBold(submitButton->font(), theme::kEmphasisScale));
    layout->addLayout(buttons);

    connect(m_serial, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_serial->text();
        m_serial->clear();
        if (!text.trimmed().isEmpty())
            handleScan(text, QStringLiteral("typed"));
    });
    connect(m_warehouse, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_populating)
            onWarehouseChanged();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, m_table, [this] { m_table->scrollToBottom(); });
    connect(m_refused, &QAbstractItemModel::rowsInserted, m_refusedView, [this] { m_refusedView->scrollToBottom(); });
    auto showCounts = [this] {
        m_totalLabel->setText(tr("Total: %n unit(s)", nullptr, m_counts->total()));
        m_refusedTitle->setText(m_refused->rowCount() == 0
                                    ? tr("Refused: none")
                                    : tr("Refused: %n — put these units aside", nullptr, m_refused->rowCount()));
    };
    connect(m_counts, &ProductCountsModel::totalChanged, this, showCounts);
    connect(m_refused, &QAbstractItemModel::rowsInserted, this, showCounts);
    connect(m_refused, &QAbstractItemModel::modelReset, this, showCounts);
    showCounts();

    m_serial->installEventFilter(this);
    m_warehouse->installEventFilter(this);
    setFocusProxy(m_serial);
}

bool InwardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_serial && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (event->type() == QEvent::ShortcutOverride) {
            // The field would keep Ctrl+Z (its own undo) and Delete: on this page they undo the last scan and remove
            // the picked row. Delete still edits a half-typed serial.
            if (key->matches(QKeySequence::Undo) || (key->key() == Qt::Key_Delete && m_serial->text().isEmpty()))
                return true;
            return false;
        }
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            pickRow(key->key());
            return true;
        case Qt::Key_Escape:
            m_serial->clear();
            return true;
        default:
            return false;
        }
    }
    if (watched == m_warehouse && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Escape) {
            focusScanField();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void InwardPage::pickRow(int key)
{
    // Rows are picked from the scan field, so the focus never has to leave it. The first Up picks the newest scan.
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    int row = current.isValid() ? current.row() : rows;
    const int page =
        std::max(1, m_table->viewport()->height() / std::max(1, m_table->verticalHeader()->defaultSectionSize()) - 1);
    switch (key) {
    case Qt::Key_Up:
        row -= 1;
        break;
    case Qt::Key_Down:
        row = current.isValid() ? row + 1 : rows - 1;
        break;
    case Qt::Key_PageUp:
        row -= page;
        break;
    case Qt::Key_PageDown:
        row = current.isValid() ? row + page : rows - 1;
        break;
    default:
        return;
    }
    const QModelIndex target = m_model->index(std::clamp(row, 0, rows - 1), InwardModel::SerialColumn);
    m_table->setCurrentIndex(target);
    m_table->scrollTo(target);
}

void InwardPage::setActor(const Actor &actor)
{
    Page::setActor(actor);
    if (actor.operatorCode == m_shownFor)
        return;
    // Locked, or another operator: nothing of the previous inward stays on screen; onShown() loads the new one's.
    clearDraft();
    m_shownFor.clear();
    m_shownWarehouse.clear();
    m_banner->clearResult();
    m_lastRequest->clear();
}

void InwardPage::onShown()
{
    refreshMasterData();
    if (!actor().operatorCode.isEmpty() &&
        (m_shownFor != actor().operatorCode || m_shownWarehouse != currentWarehouse()))
        showDraftFor(currentWarehouse());
    m_feedback->preload();
    focusScanField();
}

void InwardPage::refreshMasterData()
{
    const QList<Warehouse> warehouses = m_inward->warehouses();
    QString wanted = currentWarehouse();
    if (wanted.isEmpty())
        wanted = m_inward->rememberedWarehouse();
    m_populating = true;
    m_warehouse->clear();
    for (const Warehouse &w : warehouses) {
        const QString place = w.city.isEmpty() ? w.name : QStringLiteral("%1, %2").arg(w.name, w.city);
        m_warehouse->addItem(QStringLiteral("%1 — %2").arg(w.code, place), w.code);
    }
    m_warehouse->setCurrentIndex(m_warehouse->findData(wanted));
    m_populating = false;

    QHash<QString, QString> names;
    for (const Product &p : MasterDataService(m_services.station->db()).products())
        names.insert(p.code, p.name);
    m_counts->setProductNames(std::move(names));
}

QString InwardPage::currentWarehouse() const
{
    return m_warehouse->currentData().toString();
}

void InwardPage::onWarehouseChanged()
{
    if (actor().operatorCode.isEmpty())
        return;
    showDraftFor(currentWarehouse());
}

void InwardPage::showDraftFor(const QString &warehouseCode)
{
    clearDraft();
    m_banner->clearResult();
    m_shownFor = actor().operatorCode;
    m_shownWarehouse = warehouseCode;
    if (warehouseCode.isEmpty()) {
        updateDraftLabel();
        return;
    }
    // Resume this operator's open inward into the warehouse, if there is one. A new draft is only opened by the
    // first scan, so looking through the warehouses leaves no empty drafts behind.
    auto open = m_inward->openDrafts(actor());
    if (!open.ok()) {
        m_banner->showRefused(QStringLiteral("✗ %1").arg(open.message()));
        return;
    }
    for (const InwardDraftInfo &info : *open) {
        if (info.operatorCode == actor().operatorCode && info.warehouseCode == warehouseCode) {
            auto draft = m_inward->draft(actor(), info.id);
            if (!draft.ok()) {
                m_banner->showRefused(QStringLiteral("✗ %1").arg(draft.message()));
                return;
            }
            showDraft(*draft);
            if (!draft->lines.isEmpty() || !draft->refusals.isEmpty())
                m_banner->showInfo(tr("Resumed your open inward into %1: %n unit(s) scanned so far.", nullptr,
                                      int(draft->lines.size()))
                                       .arg(warehouseCode));
            return;
        }
    }
    updateDraftLabel();
}

void InwardPage::showDraft(const InwardDraft &draft)
{
    m_draftId = draft.info.id;
    m_shownFor = draft.info.operatorCode;
    m_shownWarehouse = draft.info.warehouseCode;
    m_model->setLines(draft.lines);
    m_counts->setCounts(draft.countsByProduct());
    m_refused->setRefusals(draft.refusals);
    updateDraftLabel();
}

void InwardPage::clearDraft()
{
    m_draftId = 0;
    if (m_model->rowCount() > 0)
        m_model->setLines({});
    if (m_counts->rowCount() > 0)
        m_counts->setCounts({});
    if (m_refused->rowCount() > 0)
        m_refused->setRefusals({});
    updateDraftLabel();
}

void InwardPage::updateDraftLabel()
{
    if (m_draftId == 0)
        m_draftLabel->setText(m_shownWarehouse.isEmpty() ? QString() : tr("New inward: starts with the first scan."));
    else
        m_draftLabel->setText(tr("Inward draft %1 (saved after every scan)").arg(m_draftId));
}

bool InwardPage::ensureDraft()
{
    if (m_draftId != 0)
        return true;
    auto draft = m_inward->openDraft(actor(), currentWarehouse());
    if (!draft.ok()) {
        m_banner->showRefused(QStringLiteral("✗ %1").arg(draft.message()));
        m_feedback->refused();
        return false;
    }
    showDraft(*draft);
    return true;
}

void InwardPage::onScan(const Scan &scan)
{
    handleScan(scan.text, scan.source);
}

void InwardPage::handleScan(const QString &text, const QString &source)
{
    if (m_busy) {
        m_waiting.append({text, source}); // a scan during a file import waits for it, it is not lost
        return;
    }
    if (actor().operatorCode.isEmpty())
        return;
    if (ensureDraft()) {
        auto outcome = m_inward->scan(actor(), m_draftId, text, source);
        if (outcome.ok())
            showOutcome(*outcome);
        else
            showDraftError(outcome.error());
    }
    focusScanField();
}

void InwardPage::showOutcome(const ScanOutcome &outcome)
{
    switch (outcome.verdict) {
    case ScanVerdict::Accepted:
    case ScanVerdict::AcceptedWithWarning:
        if (outcome.line) {
            m_model->append(*outcome.line);
            m_counts->add(outcome.line->productCode);
        }
        if (outcome.verdict == ScanVerdict::Accepted)
            m_banner->showAccepted(tr("✓ %1 accepted").arg(outcome.serial));
        else
            m_banner->showWarning(tr("⚠ %1 accepted — %2").arg(outcome.serial, outcome.message));
        m_feedback->accepted();
        break;
    case ScanVerdict::Refused:
        if (outcome.refusal)
            m_refused->append(*outcome.refusal);
        m_banner->showRefused(QStringLiteral("✗ %1").arg(outcome.message));
        m_feedback->refused();
        break;
    }
}

void InwardPage::showDraftError(const Error &error)
{
    m_banner->showRefused(QStringLiteral("✗ %1").arg(error.message));
    m_feedback->refused();
    // The draft was closed elsewhere (another window, floorbridge-ctl): the next scan starts a new one.
    if (error.code == u"inward.draft_closed" || error.code == u"inward.no_draft" || error.code == u"inward.not_yours")
        clearDraft();
}

void InwardPage::onScanRejected(const QString &reason, const QByteArray &raw)
{
    if (actor().operatorCode.isEmpty() || m_busy)
        return;
    if (ensureDraft()) {
        auto refusal = m_inward->refuse(actor(), m_draftId, QString::fromUtf8(raw), makeError(reason));
        if (refusal.ok()) {
            m_refused->append(*refusal);
            m_banner->showRefused(QStringLiteral("✗ %1").arg(reason));
            m_feedback->refused();
        } else {
            showDraftError(refusal.error());
        }
    }
    focusScanField();
}

void InwardPage::undoLast()
{
    if (m_draftId == 0 || m_model->rowCount() == 0) {
        m_banner->showInfo(tr("Nothing to undo: this inward has no scanned units."));
    } else if (auto undone = m_inward->undoLast(actor(), m_draftId); undone.ok()) {
        m_model->remove(undone->serial);
        m_counts->subtract(undone->productCode);
        m_banner->showInfo(tr("↶ %1 taken out of this inward (undo).").arg(undone->serial));
        emit notify(tr("Undone: %1").arg(undone->serial), false);
    } else {
        showDraftError(undone.error());
    }
    focusScanField();
}

void InwardPage::removeSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (m_draftId == 0 || !current.isValid()) {
        m_banner->showInfo(tr("Pick a row first: Up and Down in the scan field move through the rows, Delete removes "
                              "the picked one."));
    } else {
        const InwardLine line = m_model->line(current.row());
        if (Status removed = m_inward->removeLine(actor(), m_draftId, line.serial); removed.ok()) {
            m_model->remove(line.serial);
            m_counts->subtract(line.productCode);
            m_banner->showInfo(tr("%1 removed from this inward.").arg(line.serial));
            emit notify(tr("Removed: %1").arg(line.serial), false);
        } else {
            showDraftError(removed.error());
        }
    }
    focusScanField();
}

void InwardPage::submit()
{
    if (m_draftId == 0 || m_model->rowCount() == 0) {
        m_banner->showInfo(tr("Nothing to submit: scan the units first."));
        focusScanField();
        return;
    }
    auto submitted = m_inward->submit(actor(), m_draftId);
    if (!submitted.ok()) {
        showDraftError(submitted.error());
        focusScanField();
        return;
    }
    const InwardSubmission &s = *submitted;
    const QString done =
        tr("✓ Inward %1 submitted: %n unit(s) into %2.", nullptr, s.total).arg(s.requestId, s.warehouseCode);
    clearDraft(); // the next scan starts the next inward into the same warehouse
    m_banner->showAccepted(done);
    m_lastRequest->setText(tr("Last inward: %1").arg(s.requestId));
    m_feedback->accepted();
    emit notify(done, false);
    focusScanField();
}

void InwardPage::importFile()
{
    if (m_busy || actor().operatorCode.isEmpty())
        return;
    const QString path = fileChooser ? fileChooser()
                                     : QFileDialog::getOpenFileName(this, tr("Import serial numbers"), QString(),
                                                                    tr("Serial lists (*.txt *.csv);;All files (*)"));
    if (path.isEmpty()) {
        focusScanField();
        return;
    }
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_banner->showRefused(tr("✗ Cannot read %1: %2").arg(fileName, file.errorString()));
        m_feedback->refused();
        focusScanField();
        return;
    }
    QStringList lines;
    QTextStream in(&file);
    while (!in.atEnd())
        lines.append(in.readLine());
    file.close();
    if (!ensureDraft()) {
        focusScanField();
        return;
    }

    // Each line is committed like a scan; the window-modal progress dialog keeps the window responsive (its
    // setValue() processes events) and keeps keys, and so the wedge, away from the page meanwhile.
    QProgressDialog progress(tr("Importing %1…").arg(fileName), tr("Stop"), 0, int(lines.size()), this);
    progress.setObjectName(QStringLiteral("importProgressDialog"));
    progress.setWindowTitle(tr("Import serial numbers"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    m_busy = true;
    const QString startedBy = actor().operatorCode;
    auto summary = m_inward->importLines(actor(), m_draftId, lines, [&](int done, int total) {
        if (done == total || done % 20 == 0)
            progress.setValue(done);
        // Locked meanwhile (idle lock): stop, what is in is committed.
        return !progress.wasCanceled() && actor().operatorCode == startedBy;
    });
    progress.close();
    m_busy = false;

    if (!summary.ok()) {
        showDraftError(summary.error());
    } else {
        catchUpWithDraft();
        showImportSummary(fileName, *summary);
    }
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[text, source] : waiting)
        handleScan(text, source);
    focusScanField();
}

void InwardPage::catchUpWithDraft()
{
    if (m_draftId == 0)
        return;
    auto draft = m_inward->draft(actor(), m_draftId);
    if (!draft.ok()) {
        showDraftError(draft.error());
        return;
    }
    QList<InwardLine> newLines;
    const int seen = m_model->maxSeq();
    for (const InwardLine &l : std::as_const(draft->lines)) {
        if (l.seq > seen) {
            newLines.append(l);
            m_counts->add(l.productCode);
        }
    }
    m_model->append(newLines);
    QList<InwardRefusal> newRefusals;
    const qint64 seenRefusal = m_refused->maxId();
    for (const InwardRefusal &r : std::as_const(draft->refusals)) {
        if (r.id > seenRefusal)
            newRefusals.append(r);
    }
    m_refused->append(newRefusals);
}

void InwardPage::showImportSummary(const QString &fileName, const ImportSummary &summary)
{
    QString headline = tr("%1: %n line(s) read", nullptr, summary.lines).arg(fileName);
    headline += QStringLiteral(", ") + tr("%n accepted", nullptr, summary.accepted);
    if (summary.warnings > 0)
        headline += QStringLiteral(" ") + tr("(%n with a warning)", nullptr, summary.warnings);
    headline += QStringLiteral(", ") + tr("%n refused", nullptr, int(summary.refused.size()));
    if (summary.cancelled)
        headline += QStringLiteral(" — ") + tr("stopped before the end of the file");
    headline += QLatin1Char('.');

    if (summary.refused.isEmpty() && !summary.cancelled) {
        m_banner->showAccepted(QStringLiteral("✓ ") + headline);
        m_feedback->accepted();
    } else {
        m_banner->showRefused(QStringLiteral("✗ ") + headline);
        m_feedback->refused();
    }

    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("importSummaryDialog"));
    dialog->setWindowTitle(tr("Import summary"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(headline, dialog);
    label->setObjectName(QStringLiteral("importSummaryLabel"));
    label->setWordWrap(true);
    label->setFont(theme::scaledBold(label->font(), theme::kEmphasisScale));
    layout->addWidget(label);
    if (!summary.refused.isEmpty() || !summary.warned.isEmpty()) {
        auto *list = new QListWidget(dialog);
        list->setObjectName(QStringLiteral("importProblemsList"));
        list->setAccessibleName(tr("Refused and warned lines"));
        for (const ImportRefusal &r : summary.refused) {
            auto *item =
                new QListWidgetItem(tr("Line %1: %2 — refused: %3").arg(r.lineNo).arg(r.text, r.message), list);
            item->setForeground(theme::kError);
        }
        for (const ImportRefusal &w : summary.warned)
            new QListWidgetItem(tr("Line %1: %2 — accepted with a warning: %3").arg(w.lineNo).arg(w.text, w.message),
                                list);
        layout->addWidget(list, 1);
        dialog->resize(760, 420);
    }
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *close = box->button(QDialogButtonBox::Close);
    close->setDefault(true); // Enter closes it, as does Esc
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(close, &QPushButton::clicked, dialog, &QDialog::reject);
    layout->addWidget(box);
    connect(dialog, &QDialog::finished, this, [this] {
        window()->activateWindow(); // not every window manager (nor the offscreen platform) does it for us
        focusScanField();
    });
    m_summaryDialog = dialog;
    dialog->open();
    close->setFocus();
}

void InwardPage::focusScanField()
{
    if (m_summaryDialog && m_summaryDialog->isVisible())
        return;
    m_serial->setFocus(Qt::OtherFocusReason);
}

} // namespace fb
