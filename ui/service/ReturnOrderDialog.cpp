#include "ui/service/ReturnOrderDialog.h"

#include "ui/service/ServiceDesk.h"
#include "ui/widgets/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fb {

namespace {

QLabel *redLabel(const QString &name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setStyleSheet(theme::errorText());
    return l;
}

} // namespace

ReturnOrderDialog::ReturnOrderDialog(ServiceDesk &desk, const Actor &actor, const ComplaintDetails &details,
                                     const QString &partRequestNumber, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_actor(actor)
    , m_details(details)
{
    setObjectName(QStringLiteral("returnOrderDialog"));
    setWindowTitle(tr("Return order — %1").arg(details.complaint.number));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Return defective parts and/or the unit of complaint <b>%1</b> (%2). Class A parts "
                                "need the defective part's serial number.")
                                 .arg(details.complaint.number, details.complaint.serial),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *top = new QGridLayout;
    m_request = new QComboBox(this);
    m_request->setObjectName(QStringLiteral("returnPartRequestComboBox"));
    m_request->setAccessibleName(tr("Part request"));
    m_request->addItem(tr("(none — the unit only)"), QString());
    for (const PartRequest &r : details.partRequests)
        m_request->addItem(tr("%1 — %2").arg(r.number, partRequestStatusTitle(r.status)), r.number);
    m_request->setCurrentIndex(qMax(0, m_request->findData(partRequestNumber)));
    auto *requestLabel = new QLabel(tr("&Part request:"), this);
    requestLabel->setBuddy(m_request);
    top->addWidget(requestLabel, 0, 0);
    top->addWidget(m_request, 0, 1);
    m_requestMessage = redLabel(QStringLiteral("returnPartRequestMessage"), this);
    top->addWidget(m_requestMessage, 0, 2);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("returnReasonLineEdit"));
    m_reason->setAccessibleName(tr("Reason for the return"));
    auto *reasonLabel = new QLabel(tr("R&eason:"), this);
    reasonLabel->setBuddy(m_reason);
    top->addWidget(reasonLabel, 1, 0);
    top->addWidget(m_reason, 1, 1);
    top->setColumnStretch(1, 2);
    top->setColumnStretch(2, 2);
    layout->addLayout(top);

    m_grid = new QGridLayout;
    m_grid->addWidget(new QLabel(tr("Item"), this), 0, 0);
    m_grid->addWidget(new QLabel(tr("Serial"), this), 0, 1);
    m_grid->addWidget(new QLabel(tr("Qty"), this), 0, 2);
    m_grid->setColumnStretch(0, 3);
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(3, 3);
    layout->addLayout(m_grid);
    auto *addRow = new QHBoxLayout;
    auto *addPart = new QPushButton(tr("Add a &defective part"), this);
    addPart->setObjectName(QStringLiteral("addReturnPartButton"));
    addPart->setAutoDefault(false);
    connect(addPart, &QPushButton::clicked, this, &ReturnOrderDialog::addPartRow);
    auto *addUnit = new QPushButton(tr("Add the &unit"), this);
    addUnit->setObjectName(QStringLiteral("addReturnUnitButton"));
    addUnit->setAutoDefault(false);
    connect(addUnit, &QPushButton::clicked, this, &ReturnOrderDialog::addUnitRow);
    addRow->addWidget(addPart);
    addRow->addWidget(addUnit);
    addRow->addStretch();
    layout->addLayout(addRow);
    m_error = redLabel(QStringLiteral("dialogErrorLabel"), this);
    layout->addWidget(m_error);
    auto *box = new QDialogButtonBox(this);
    QPushButton *send = box->addButton(
        tr("Create return order  (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)),
        QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("createReturnOrderButton"));
    send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    send->setAutoDefault(false);
    box->addButton(QDialogButtonBox::Cancel);
    connect(box, &QDialogButtonBox::accepted, this, &ReturnOrderDialog::save);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    connect(m_request, &QComboBox::currentIndexChanged, this, &ReturnOrderDialog::onRequestChanged);
    if (m_request->currentIndex() > 0)
        addPartRow();
    else
        addUnitRow();
    resize(980, 380);
}

void ReturnOrderDialog::fillParts(QComboBox *combo) const
{
    combo->clear();
    const QString number = m_request->currentData().toString();
    for (const PartRequest &r : m_details.partRequests) {
        if (r.number != number)
            continue;
        for (const PartRequestLine &l : r.lines)
            combo->addItem(tr("%1 — %2 (class %3)").arg(l.partCode, l.partName, l.partClass), l.partCode);
    }
    combo->setCurrentIndex(combo->count() == 1 ? 0 : -1);
}

void ReturnOrderDialog::onRequestChanged()
{
    for (const Row &row : std::as_const(m_rows)) {
        if (row.part)
            fillParts(row.part);
    }
}

void ReturnOrderDialog::addPartRow()
{
    const int i = int(m_rows.size());
    Row row;
    row.kind = ReturnKind::Part;
    row.part = new QComboBox(this);
    row.part->setObjectName(QStringLiteral("returnPartComboBox_%1").arg(i));
    row.part->setAccessibleName(tr("Returned part %1").arg(i + 1));
    row.part->setPlaceholderText(tr("Choose the part request first, then the part"));
    fillParts(row.part);
    row.serial = new QLineEdit(this);
    row.serial->setObjectName(QStringLiteral("returnSerialLineEdit_%1").arg(i));
    row.serial->setAccessibleName(tr("Serial of returned item %1").arg(i + 1));
    row.serial->setPlaceholderText(tr("Defective part's serial (class A: required)"));
    row.quantity = new QSpinBox(this);
    row.quantity->setObjectName(QStringLiteral("returnQuantitySpinBox_%1").arg(i));
    row.quantity->setRange(1, 99);
    row.message = redLabel(QStringLiteral("returnRowMessage_%1").arg(i), this);
    m_grid->addWidget(row.part, i + 1, 0);
    m_grid->addWidget(row.serial, i + 1, 1);
    m_grid->addWidget(row.quantity, i + 1, 2);
    m_grid->addWidget(row.message, i + 1, 3);
    m_rows.append(row);
    row.part->setFocus();
}

void ReturnOrderDialog::addUnitRow()
{
    const int i = int(m_rows.size());
    Row row;
    row.kind = ReturnKind::Unit;
    auto *what = new QLabel(tr("The unit (%1)").arg(m_details.complaint.model), this);
    row.serial = new QLineEdit(m_details.complaint.serial, this);
    row.serial->setObjectName(QStringLiteral("returnSerialLineEdit_%1").arg(i));
    row.serial->setAccessibleName(tr("Serial of returned item %1").arg(i + 1));
    row.message = redLabel(QStringLiteral("returnRowMessage_%1").arg(i), this);
    m_grid->addWidget(what, i + 1, 0);
    m_grid->addWidget(row.serial, i + 1, 1);
    m_grid->addWidget(row.message, i + 1, 3);
    m_rows.append(row);
    row.serial->setFocus();
}

QString ReturnOrderDialog::rowMessage(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).message->text() : QString();
}

void ReturnOrderDialog::save()
{
    m_error->clear();
    m_requestMessage->clear();
    QList<ReturnLineDraft> lines;
    for (const Row &row : std::as_const(m_rows)) {
        row.message->clear();
        ReturnLineDraft d;
        d.kind = row.kind;
        d.partCode = row.part ? row.part->currentData().toString() : QString();
        d.serial = row.serial->text();
        d.quantity = row.quantity ? row.quantity->value() : 1;
        lines.append(d);
    }
    auto r = m_desk.returns.create(m_actor, m_details.complaint.number, m_request->currentData().toString(), lines,
                                   m_reason->text());
    if (!r.ok()) {
        static const QRegularExpression rowField(QStringLiteral("^items\\[(\\d+)\\]\\.(\\w+)$"));
        const auto match = rowField.match(r.error().field);
        if (match.hasMatch() && match.captured(1).toInt() < m_rows.size()) {
            const Row &row = m_rows.at(match.captured(1).toInt());
            row.message->setText(r.message());
            if (match.captured(2) == u"part_code" && row.part)
                row.part->setFocus();
            else
                row.serial->setFocus();
        } else if (r.error().field == u"part_request") {
            m_requestMessage->setText(r.message());
            m_request->setFocus();
        } else {
            m_error->setText(r.message());
        }
        return;
    }
    m_result = r.value();
    accept();
}

} // namespace fb
