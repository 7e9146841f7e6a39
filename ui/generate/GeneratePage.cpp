#include "ui/generate/GeneratePage.h"

#include "app/core/PullControl.h"
#include "app/services/MasterDataService.h"
#include "ui/shell/AppServices.h"
#include "ui/widgets/Feedback.h"
#include "ui/widgets/ResultBanner.h"
#include "ui/widgets/Theme.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fb {

GeneratePage::GeneratePage(AppServices &services, QWidget *parent)
    : Page(parent)
    , m_services(services)
    , m_service(services.station->db(), services.station->settings(), *services.clock)
    , m_feedback(new Feedback(services.station->settings(), this))
    , m_labels(*services.station, *services.clock)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Serial generation"), this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    heading->setFont(theme::scaledBold(heading->font(), theme::kHeadingScale));
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    m_product = new QComboBox(this);
    m_product->setObjectName(QStringLiteral("productComboBox"));
    m_product->setPlaceholderText(tr("Choose a product (type its code)"));
    m_product->setMinimumContentsLength(36);
    m_product->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    form->addRow(tr("&Product:"), m_product);
    m_remaining = new QLabel(this);
    m_remaining->setObjectName(QStringLiteral("remainingLabel"));
    m_remaining->setWordWrap(true);
    form->addRow(QString(), m_remaining);
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("quantitySpinBox"));
    // The service, not the field, says how many are left: a larger number gets its refusal with the count.
    m_quantity->setRange(1, 9999);
    m_quantity->setValue(1);
    m_quantity->setAccessibleName(tr("Quantity"));
    form->addRow(tr("&Quantity:"), m_quantity);
    layout->addLayout(form);

    auto *action = new QAction(tr("Generate"), this);
    action->setObjectName(QStringLiteral("generateAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, &GeneratePage::generate);
    addAction(action);
    auto *row = new QHBoxLayout;
    m_generate =
        new QPushButton(tr("&Generate  (Enter / %1)").arg(action->shortcut().toString(QKeySequence::NativeText)), this);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    connect(m_generate, &QPushButton::clicked, action, &QAction::trigger);
    row->addWidget(m_generate);
    row->addStretch();
    layout->addLayout(row);

    m_banner = new ResultBanner(this);
    m_banner->setObjectName(QStringLiteral("messageLabel"));
    layout->addWidget(m_banner);

    m_listTitle = new QLabel(this);
    m_listTitle->setObjectName(QStringLiteral("generatedTitle"));
    layout->addWidget(m_listTitle);
    m_generated = new QListWidget(this);
    m_generated->setObjectName(QStringLiteral("generatedList"));
    m_generated->setAccessibleName(tr("Generated serial numbers"));
    m_generated->setFont(theme::monospace(m_generated->font(), theme::kEmphasisScale));
    layout->addWidget(m_generated, 1);

    auto *printAction = new QAction(tr("Print labels"), this);
    printAction->setObjectName(QStringLiteral("printLabelsAction"));
    printAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(printAction, &QAction::triggered, this, &GeneratePage::printLabels);
    addAction(printAction);
    auto *saveAction = new QAction(tr("Save labels as PDF"), this);
    saveAction->setObjectName(QStringLiteral("saveLabelsAction"));
    saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, &GeneratePage::saveLabelsAsPdf);
    addAction(saveAction);
    auto *labelRow = new QHBoxLayout;
    m_print = new QPushButton(tr("P&rint labels  (%1)").arg(printAction->shortcut().toString(QKeySequence::NativeText)),
                              this);
    m_print->setObjectName(QStringLiteral("printLabelsButton"));
    connect(m_print, &QPushButton::clicked, printAction, &QAction::trigger);
    labelRow->addWidget(m_print);
    m_savePdf = new QPushButton(
        tr("Save labels as P&DF…  (%1)").arg(saveAction->shortcut().toString(QKeySequence::NativeText)), this);
    m_savePdf->setObjectName(QStringLiteral("saveLabelsButton"));
    connect(m_savePdf, &QPushButton::clicked, saveAction, &QAction::trigger);
    labelRow->addWidget(m_savePdf);
    labelRow->addStretch();
    layout->addLayout(labelRow);
    showBatch({});

    connect(m_product, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_populating)
            showRemaining();
    });
    m_product->installEventFilter(this);
    m_quantity->installEventFilter(this);
    setTabOrder(m_product, m_quantity);
    setTabOrder(m_quantity, m_generate);
    setTabOrder(m_generate, m_print);
    setTabOrder(m_print, m_savePdf);
    setFocusProxy(m_product);
    // Products pulled by the window (its schedule or Pull now on the Sync page) appear without leaving the page.
    if (services.pulls)
        connect(services.pulls, &PullControl::applied, this, [this](const QStringList &resources) {
            if (isVisible() && resources.contains(QStringLiteral("products")))
                refreshProducts();
        });
}

bool GeneratePage::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the product or quantity field generates (a form with no default button needs telling).
    if ((watched == m_product || watched == m_quantity) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            generate();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void GeneratePage::setActor(const Actor &actor)
{
    if (actor.operatorCode != this->actor().operatorCode) {
        m_generated->clear();
        m_listTitle->clear();
        m_banner->clearResult();
        showBatch({}); // the next operator prints their own batches
    }
    Page::setActor(actor);
}

void GeneratePage::onShown()
{
    refreshProducts();
    m_feedback->preload();
    m_product->setFocus(Qt::OtherFocusReason);
}

QString GeneratePage::currentProduct() const
{
    return m_product->currentData().toString();
}

void GeneratePage::refreshProducts()
{
    const QString wanted = currentProduct();
    m_populating = true;
    m_product->clear();
    for (const Product &p : MasterDataService(m_services.station->db()).products())
        m_product->addItem(QStringLiteral("%1 — %2").arg(p.code, p.name), p.code);
    m_product->setCurrentIndex(m_product->findData(wanted));
    m_populating = false;
    if (m_product->count() == 0)
        m_remaining->setText(tr("No products in the master data yet: pull master data (Sync page) first."));
    else
        showRemaining();
}

void GeneratePage::showRemaining()
{
    const QString code = currentProduct();
    if (code.isEmpty()) {
        m_remaining->setText(tr("Choose a product to see how many serial numbers are left today."));
        m_remaining->setStyleSheet(QString());
        return;
    }
    auto quota = m_service.remainingToday(code);
    if (!quota.ok()) {
        m_remaining->setText(quota.message());
        m_remaining->setStyleSheet(theme::errorText());
        return;
    }
    const GenerationQuota &q = *quota;
    m_remaining->setText(
        tr("%n serial number(s) left today for %1 on this station (block %2–%3, next %4).", nullptr, q.remaining)
            .arg(q.productCode)
            .arg(q.blockFirst)
            .arg(q.blockLast)
            .arg(q.nextNo));
    m_remaining->setStyleSheet(q.remaining == 0 ? theme::errorText() : QString());
}

void GeneratePage::generate()
{
    m_quantity->interpretText();
    const QString code = currentProduct();
    auto result = m_service.generate(actor(), code, m_quantity->value());
    if (!result.ok()) {
        m_banner->showRefused(QStringLiteral("✗ %1").arg(result.message()));
        m_feedback->refused();
        if (result.error().field == u"quantity") {
            m_quantity->setFocus(Qt::OtherFocusReason);
            m_quantity->selectAll();
        } else {
            m_product->setFocus(Qt::OtherFocusReason);
        }
        showRemaining();
        return;
    }
    const GenerationResult &r = *result;
    m_generated->clear();
    QStringList all;
    for (const GeneratedProduct &p : r.products)
        all += p.serials;
    m_generated->addItems(all);
    showBatch(all);
    const QString first = all.isEmpty() ? QString() : all.constFirst();
    const QString last = all.isEmpty() ? QString() : all.constLast();
    m_listTitle->setText(
        tr("Generated on %1 (sent to both CRMs):").arg(QLocale().toString(r.day, QLocale::ShortFormat)));
    m_banner->showAccepted(r.total == 1
                               ? tr("✓ Generated %1").arg(first)
                               : tr("✓ Generated %n serial numbers: %1 … %2", nullptr, r.total).arg(first, last));
    m_feedback->accepted();
    emit notify(tr("Generated %n serial number(s) for %1.", nullptr, r.total).arg(code), false);
    showRemaining();
    m_quantity->setFocus(Qt::OtherFocusReason);
    m_quantity->selectAll();
}

void GeneratePage::showBatch(const QStringList &serials)
{
    m_batch = serials;
    m_batchLabels = false;
    const bool any = !serials.isEmpty();
    m_print->setEnabled(any);
    m_savePdf->setEnabled(any);
    const QString hint = tr("Generate serial numbers first: their labels are printed from here.");
    m_print->setToolTip(
        any ? tr("Print a label for each of the %n serial number(s) above.", nullptr, int(serials.size())) : hint);
    m_savePdf->setToolTip(any ? tr("Save the labels of the %n serial number(s) above as a PDF file (one page per "
                                   "label).",
                                   nullptr, int(serials.size()))
                              : hint);
}

void GeneratePage::printLabels()
{
    labels(true);
}

void GeneratePage::saveLabelsAsPdf()
{
    labels(false);
}

void GeneratePage::labels(bool print)
{
    if (m_batch.isEmpty()) {
        emit notify(print ? tr("No labels to print yet: generate serial numbers first.")
                          : tr("No labels to save yet: generate serial numbers first."),
                    true);
        return;
    }
    const LabelJobKind kind = m_batchLabels ? LabelJobKind::Reprint : LabelJobKind::Print;
    labelsDone(print ? m_labels.printSerials(actor(), m_batch, this, kind)
                     : m_labels.saveSerialsAsPdf(actor(), m_batch, this, kind),
               print);
}

void GeneratePage::labelsDone(const Result<LabelOutcome> &outcome, bool printed)
{
    // Back where the next keystroke belongs (the dialogs took the focus): the quantity for the next batch.
    m_quantity->setFocus(Qt::OtherFocusReason);
    if (!outcome.ok()) {
        m_feedback->refused();
        emit notify(outcome.message(), true);
        return;
    }
    if (!outcome->done) {
        emit notify(printed ? tr("Printing cancelled: no labels printed.") : tr("Nothing saved."), false);
        return;
    }
    const bool reprint = m_batchLabels;
    m_batchLabels = true;
    const LabelOutcome &o = *outcome;
    const QString which = o.count == 1 ? o.serials.constFirst()
                                       : QStringLiteral("%1 … %2").arg(o.serials.constFirst(), o.serials.constLast());
    QString text;
    if (printed)
        text = reprint ? tr("Reprinted %n label(s) (%1) on %2.", nullptr, o.count).arg(which, o.destination)
                       : tr("Printed %n label(s) (%1) on %2.", nullptr, o.count).arg(which, o.destination);
    else
        text = reprint ? tr("Saved %n label(s) again (%1) to %2.", nullptr, o.count).arg(which, o.destination)
                       : tr("Saved %n label(s) (%1) to %2.", nullptr, o.count).arg(which, o.destination);
    emit notify(text, false);
}

} // namespace fb
