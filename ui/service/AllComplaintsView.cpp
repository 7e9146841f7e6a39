#include "ui/service/AllComplaintsView.h"

#include "app/services/MasterDataService.h"
#include "ui/service/ComplaintDetailPanel.h"
#include "ui/service/ComplaintListModel.h"
#include "ui/service/ServiceDesk.h"
#include "ui/widgets/VerticalScrollArea.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fb {

AllComplaintsView::AllComplaintsView(ServiceDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new ComplaintListModel(desk.complaints, this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("allComplaintsView"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &AllComplaintsView::applyFilter);

    auto *layout = new QVBoxLayout(this);
    // The search and the count on the first line, the three filters sharing the second, the dates on the third: on
    // one line they needed most of a 1366-pixel screen at 150 % text and cut the filters' text.
    auto *bar = new QHBoxLayout;
    auto labelled = [&](const QString &text, QWidget *w, const QString &name, const QString &accessible) {
        w->setObjectName(name);
        w->setAccessibleName(accessible);
        auto *l = new QLabel(text, this);
        l->setBuddy(w);
        bar->addWidget(l);
        bar->addWidget(w, 1);
    };
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Complaint number or unit serial"));
    m_search->setClearButtonEnabled(true);
    labelled(tr("Fi&nd:"), m_search, QStringLiteral("complaintSearchLineEdit"), tr("Find complaint or serial"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("complaintCountLabel"));
    bar->addWidget(m_count);
    layout->addLayout(bar);
    bar = new QHBoxLayout;
    m_status = new QComboBox(this);
    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(tr("Open (not closed or cancelled)"), QStringLiteral("*open"));
    for (ComplaintStatus s : allComplaintStatuses())
        m_status->addItem(complaintStatusTitle(s), complaintStatusName(s));
    labelled(tr("&Status:"), m_status, QStringLiteral("statusFilterComboBox"), tr("Status filter"));
    m_callType = new QComboBox(this);
    labelled(tr("Call t&ype:"), m_callType, QStringLiteral("callTypeFilterComboBox"), tr("Call type filter"));
    m_technician = new QComboBox(this);
    labelled(tr("&Technician:"), m_technician, QStringLiteral("technicianFilterComboBox"), tr("Technician filter"));
    // They share the line; a long name shortens in the box (the list shows it whole) instead of widening the page.
    for (QComboBox *c : {m_status, m_callType, m_technician}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(12);
    }
    layout->addLayout(bar);
    bar = new QHBoxLayout; // the dates on a line of their own
    m_dates = new QCheckBox(tr("Re&gistered between"), this);
    m_dates->setObjectName(QStringLiteral("dateFilterCheckBox"));
    bar->addWidget(m_dates);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_from->setAccessibleName(tr("Registered from"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_to->setAccessibleName(tr("Registered to"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate today = desk.clock.now().date();
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addStretch();
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("complaintsTable"));
    m_table->setAccessibleName(tr("Complaints"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // no measuring of 100,000 rows
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    fitComplaintColumns(m_table);
    m_detail = new ComplaintDetailPanel(desk, splitter);
    splitter->addWidget(m_table);
    splitter->addWidget(new VerticalScrollArea(m_detail, splitter)); // its three tables scroll on a short screen
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        applyFilter();
        m_table->setFocus();
    });
    for (QComboBox *c : {m_status, m_callType, m_technician}) {
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_populating)
                m_debounce->start();
        });
    }
    connect(m_dates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        m_debounce->start();
    });
    connect(m_from, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AllComplaintsView::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
        else
            m_detail->showComplaint({});
        updateCount();
    });
    connect(m_model, &ComplaintListModel::loadFailed, this, [this](const QString &m) { emit notify(m, true); });
    // The complaint's actions work from the list and the search field too, not only from inside the panel.
    addActions(m_detail->actions());
    connect(m_detail, &ComplaintDetailPanel::notify, this, &AllComplaintsView::notify);
    connect(m_detail, &ComplaintDetailPanel::complaintChanged, this, [this](const Complaint &c) {
        m_model->updateRow(c);
        emit complaintChanged(c);
    });
}

void AllComplaintsView::setActor(const Actor &actor)
{
    m_actor = actor;
    m_detail->setActor(actor);
    m_model->setActor(actor);
}

void AllComplaintsView::refreshMasterData()
{
    m_populating = true;
    const QString type = m_callType->currentData().toString();
    m_callType->clear();
    m_callType->addItem(tr("All call types"), QString());
    for (const CallType &t : m_desk.complaints.callTypes())
        m_callType->addItem(t.name, t.code);
    m_callType->setCurrentIndex(qMax(0, m_callType->findData(type)));
    const QString tech = m_technician->currentData().toString();
    m_technician->clear();
    m_technician->addItem(tr("All technicians"), QString());
    for (const Technician &t : MasterDataService(m_desk.station.db()).technicians())
        m_technician->addItem(QStringLiteral("%1 — %2").arg(t.code, t.name), t.code);
    m_technician->setCurrentIndex(qMax(0, m_technician->findData(tech)));
    m_populating = false;
}

ComplaintFilter AllComplaintsView::currentFilter() const
{
    ComplaintFilter f;
    const QString status = m_status->currentData().toString();
    if (status == u"*open")
        f.openOnly = true;
    else if (!status.isEmpty())
        f.status = complaintStatusFromName(status);
    f.callType = m_callType->currentData().toString();
    f.technicianCode = m_technician->currentData().toString();
    if (m_dates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    const QString text = m_search->text().trimmed().toUpper();
    if (text.startsWith(u"CMP"))
        f.numberPrefix = text;
    else
        f.serial = text;
    return f;
}

void AllComplaintsView::applyFilter()
{
    m_model->setFilter(currentFilter());
}

void AllComplaintsView::reload()
{
    const QString selected = m_detail->number();
    m_debounce->stop();
    applyFilter();
    if (!selected.isEmpty())
        select(selected);
}

void AllComplaintsView::updateCount()
{
    auto n = m_desk.complaints.count(m_actor, m_model->filter());
    m_count->setText(n.ok() ? tr("%n complaint(s)", nullptr, int(qMin<qint64>(n.value(), INT_MAX))) : QString());
}

void AllComplaintsView::select(const QString &number)
{
    const int row = m_model->rowOf(number);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void AllComplaintsView::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const Complaint *c = current.isValid() ? m_model->complaintAt(current.row()) : nullptr;
    m_detail->showComplaint(c ? c->number : QString());
}

void AllComplaintsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AllComplaintsView::searchFor(const QString &text)
{
    m_search->setText(text.trimmed());
    m_debounce->stop();
    applyFilter();
    m_table->setFocus();
}

} // namespace fb
