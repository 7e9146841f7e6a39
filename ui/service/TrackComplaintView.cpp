#include "ui/service/TrackComplaintView.h"

#include "ui/service/ServiceDesk.h"
#include "ui/widgets/ResultBanner.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fb {

TrackComplaintView::TrackComplaintView(ServiceDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("trackComplaintView"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("trackNumberLineEdit"));
    m_number->setAccessibleName(tr("Complaint number"));
    m_number->setPlaceholderText(tr("CMP-2025-09-25-1001"));
    m_serial = new QLineEdit(this);
    m_serial->setObjectName(QStringLiteral("trackSerialLineEdit"));
    m_serial->setAccessibleName(tr("Unit serial number"));
    m_serial->setPlaceholderText(tr("Scan or type the unit's serial (Enter tracks)"));
    form->addRow(tr("Complaint &number:"), m_number);
    form->addRow(tr("Unit &serial:"), m_serial);
    layout->addLayout(form);
    auto *button = new QPushButton(tr("Track"), this);
    button->setObjectName(QStringLiteral("trackButton"));
    button->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(button, 0, Qt::AlignLeft);
    m_banner = new ResultBanner(this);
    m_banner->setObjectName(QStringLiteral("trackResultBanner"));
    layout->addWidget(m_banner);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("trackDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_details);
    layout->addStretch(1);
    connect(m_number, &QLineEdit::returnPressed, m_serial, [this] { m_serial->setFocus(); });
    connect(m_serial, &QLineEdit::returnPressed, this, &TrackComplaintView::track);
    connect(button, &QPushButton::clicked, this, &TrackComplaintView::track);
}

void TrackComplaintView::setActor(const Actor &actor)
{
    m_actor = actor;
    if (actor.operatorCode.isEmpty()) {
        m_number->clear();
        m_serial->clear();
        m_banner->clearResult();
        m_details->clear();
    }
}

void TrackComplaintView::focusFirstField()
{
    m_number->setFocus(Qt::OtherFocusReason);
    m_number->selectAll();
}

void TrackComplaintView::takeSerial(const QString &serial)
{
    m_serial->setText(serial.trimmed());
    if (m_number->text().trimmed().isEmpty())
        m_number->setFocus();
    else
        track();
}

void TrackComplaintView::track()
{
    m_details->clear();
    auto r = m_desk.complaints.track(m_actor, m_number->text(), m_serial->text());
    if (!r.ok()) {
        m_banner->showRefused(r.message()); // and nothing else
        return;
    }
    const Complaint &c = r->complaint;
    m_banner->showAccepted(tr("%1 — %2").arg(c.number, complaintStatusTitle(c.status)));
    QStringList lines;
    lines << tr("<b>%1</b> %2 · %3 call · technician %4")
                 .arg(c.serial, c.model, c.callType,
                      c.technicianCode.isEmpty() ? tr("not assigned yet") : c.technicianCode);
    lines << tr("Customer %1 · %2").arg(c.customer.code, c.customer.city.toHtmlEscaped());
    for (const CallUpdate &u : r->updates)
        lines << QStringLiteral("%1 · %2 · %3%4")
                     .arg(QDateTime::fromString(u.at, Qt::ISODate).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          u.toStatus, u.notes.toHtmlEscaped(), u.source == u"crm" ? tr(" (new CRM)") : QString());
    for (const PartRequest &p : r->partRequests)
        lines << tr("Part request %1: %2").arg(p.number, partRequestStatusTitle(p.status));
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace fb
