#include "ui/service/PartRequestDialog.h"

#include "ui/service/ServiceDesk.h"
#include "ui/widgets/FormValidation.h"
#include "ui/widgets/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fb {

PartRequestDialog::PartRequestDialog(ServiceDesk &desk, const Actor &actor, const QString &complaintNumber,
                                     QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_actor(actor)
    , m_complaintNumber(complaintNumber)
    , m_parts(desk.parts.parts())
{
    m_validation = new FormValidation(this);
    m_validation->setCheck([this] {
        QList<FormValidation::Problem> problems;
        QList<int> rowOfLine;
        const QList<PartLineDraft> lines = draftLines(&rowOfLine);
        for (int l = 0; l < lines.size(); ++l) {
            const int i = rowOfLine.at(l);
            const int p = m_rows.at(i).part->currentIndex();
            auto line = PartRequestService::checkLine(p >= 0 ? std::optional<Part>(m_parts.at(p)) : std::nullopt,
                                                      lines.at(l), i);
            if (!line.ok())
                problems.append({QStringLiteral("parts[%1]").arg(i), line.message(), false});
        }
        return problems;
    });
    setObjectName(QStringLiteral("partRequestDialog"));
    setWindowTitle(tr("Part request — %1").arg(complaintNumber));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Parts for complaint <b>%1</b>. Class A parts need one part serial per part "
                                "(separate several with spaces). The request goes to a supervisor for approval.")
                                 .arg(complaintNumber),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_grid = new QGridLayout;
    m_grid->addWidget(new QLabel(tr("Part"), this), 0, 0);
    m_grid->addWidget(new QLabel(tr("Qty"), this), 0, 1);
    m_grid->addWidget(new QLabel(tr("Part serial(s)"), this), 0, 2);
    m_grid->setColumnStretch(0, 3);
    m_grid->setColumnStretch(2, 2);
    m_grid->setColumnStretch(3, 3);
    layout->addLayout(m_grid);

    auto *addButton = new QPushButton(tr("&Add another part"), this);
    addButton->setObjectName(QStringLiteral("addPartRowButton"));
    addButton->setAutoDefault(false);
    connect(addButton, &QPushButton::clicked, this, &PartRequestDialog::addRow);
    auto *notesRow = new QGridLayout;
    m_notes = new QLineEdit(this);
    m_notes->setObjectName(QStringLiteral("partRequestNotesLineEdit"));
    m_notes->setAccessibleName(tr("Notes for the supervisor"));
    auto *notesLabel = new QLabel(tr("N&otes:"), this);
    notesLabel->setBuddy(m_notes);
    notesRow->addWidget(addButton, 0, 0, 1, 2, Qt::AlignLeft);
    notesRow->addWidget(notesLabel, 1, 0);
    notesRow->addWidget(m_notes, 1, 1);
    layout->addLayout(notesRow);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(theme::errorText());
    layout->addWidget(m_error);
    auto *readiness = new QLabel(this);
    readiness->setObjectName(QStringLiteral("dialogReadinessLabel"));
    readiness->setWordWrap(true);
    layout->addWidget(readiness);

    auto *box = new QDialogButtonBox(this);
    QPushButton *send = box->addButton(
        tr("Send for approval  (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)),
        QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendPartRequestButton"));
    send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    send->setAutoDefault(false);
    box->addButton(QDialogButtonBox::Cancel);
    connect(box, &QDialogButtonBox::accepted, this, &PartRequestDialog::save);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    m_validation->setSummaryLabel(readiness,
                                  tr("Ready: %1 sends the request for approval.")
                                      .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    addRow();
    resize(980, 360);
}

void PartRequestDialog::addRow()
{
    const int i = int(m_rows.size());
    const int gridRow = i + 1;
    Row row;
    row.part = new QComboBox(this);
    row.part->setObjectName(QStringLiteral("partComboBox_%1").arg(i));
    row.part->setAccessibleName(tr("Part %1").arg(i + 1));
    row.part->setPlaceholderText(tr("Choose a part (type its code)"));
    for (const Part &p : std::as_const(m_parts))
        row.part->addItem(tr("%1 — %2 (class %3)").arg(p.code, p.name, p.partClass), p.code);
    row.part->setCurrentIndex(-1);
    row.quantity = new QSpinBox(this);
    row.quantity->setObjectName(QStringLiteral("partQuantitySpinBox_%1").arg(i));
    row.quantity->setAccessibleName(tr("Quantity of part %1").arg(i + 1));
    row.quantity->setRange(1, 99);
    row.serials = new QLineEdit(this);
    row.serials->setObjectName(QStringLiteral("partSerialsLineEdit_%1").arg(i));
    row.serials->setAccessibleName(tr("Part serials of part %1").arg(i + 1));
    row.message = FormValidation::makeLabel(QStringLiteral("partRowMessage_%1").arg(i), this);
    m_grid->addWidget(row.part, gridRow, 0);
    m_grid->addWidget(row.quantity, gridRow, 1);
    m_grid->addWidget(row.serials, gridRow, 2);
    m_grid->addWidget(row.message, gridRow, 3);
    m_rows.append(row);
    // The row's message: once its serials (or its part, or quantity) are left, or a send is tried.
    const QString field = QStringLiteral("parts[%1]").arg(i);
    m_validation->addField(field, row.serials, row.message, row.part->accessibleName());
    m_validation->watch(field, row.part);
    m_validation->watch(field, row.quantity);
    connect(row.part, &QComboBox::currentIndexChanged, this, [this, i] {
        const Row &r = m_rows.at(i);
        const int p = r.part->currentIndex();
        const bool classA = p >= 0 && m_parts.at(p).isClassA();
        r.serials->setPlaceholderText(classA ? tr("Required: one part serial per part") : tr("Optional"));
        m_validation->revalidate();
    });
    if (i > 0)
        setTabOrder(m_rows.at(i - 1).serials, row.part);
    setTabOrder(row.part, row.quantity);
    setTabOrder(row.quantity, row.serials);
    row.part->setFocus();
    m_validation->revalidate();
}

QStringList PartRequestDialog::serialsOf(const Row &row) const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return row.serials->text().split(separators, Qt::SkipEmptyParts);
}

QString PartRequestDialog::rowMessage(int row) const
{
    return m_validation->shownMessage(QStringLiteral("parts[%1]").arg(row));
}

// The rows as the service gets them: rows left empty are not sent, so line i of the service is not always row i.
QList<PartLineDraft> PartRequestDialog::draftLines(QList<int> *rowOfLine) const
{
    QList<PartLineDraft> lines;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (row.part->currentIndex() < 0 && row.serials->text().trimmed().isEmpty() && m_rows.size() > 1)
            continue;
        lines.append(PartLineDraft{row.part->currentData().toString(), row.quantity->value(), serialsOf(row)});
        rowOfLine->append(i);
    }
    return lines;
}

void PartRequestDialog::save()
{
    m_error->clear();
    if (!m_validation->attemptSubmit())
        return;
    QList<int> rowOfLine;
    const QList<PartLineDraft> lines = draftLines(&rowOfLine);
    auto r = m_desk.parts.create(m_actor, m_complaintNumber, lines, m_notes->text());
    if (!r.ok()) {
        static const QRegularExpression rowField(QStringLiteral("^parts\\[(\\d+)\\]\\.(\\w+)$"));
        const auto match = rowField.match(r.error().field);
        if (match.hasMatch() && match.captured(1).toInt() < rowOfLine.size()) {
            const int i = rowOfLine.at(match.captured(1).toInt());
            const Row &row = m_rows.at(i);
            m_validation->showRefusal(makeError(r.message(), QStringLiteral("parts[%1]").arg(i)));
            const QString what = match.captured(2);
            QWidget *focus = what == u"quantity"    ? static_cast<QWidget *>(row.quantity)
                             : what == u"part_code" ? static_cast<QWidget *>(row.part)
                                                    : static_cast<QWidget *>(row.serials);
            focus->setFocus();
        } else {
            m_error->setText(r.message());
        }
        return;
    }
    m_result = r.value();
    accept();
}

} // namespace fb
