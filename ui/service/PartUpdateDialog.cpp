#include "ui/service/PartUpdateDialog.h"

#include "ui/service/DialogFocus.h"
#include "ui/service/ServiceDesk.h"
#include "ui/widgets/Theme.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace fb {

PartUpdateDialog::PartUpdateDialog(ServiceDesk &desk, const Actor &actor, const PartRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_actor(actor)
    , m_request(request)
{
    setObjectName(QStringLiteral("partUpdateDialog"));
    setWindowTitle(tr("Part update — %1").arg(request.number));
    auto *layout = new QVBoxLayout(this);
    QStringList parts;
    for (const PartRequestLine &l : request.lines)
        parts << QStringLiteral("%1 × %2").arg(l.partCode).arg(l.quantity);
    layout->addWidget(new QLabel(tr("%1 for %2 · %3 · now <b>%4</b>")
                                     .arg(request.number, request.complaintNumber, parts.join(QStringLiteral(", ")),
                                          partRequestStatusTitle(request.status)),
                                 this));
    auto *grid = new QGridLayout;
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("partActionComboBox"));
    m_action->setAccessibleName(tr("Part update"));
    m_action->addItem(tr("Issued to the technician"), partActionName(PartAction::Issued));
    m_action->addItem(tr("Replaced in the unit"), partActionName(PartAction::Replaced));
    m_action->addItem(tr("Consumed"), partActionName(PartAction::Consumed));
    // The likely next step; the service decides what is allowed.
    m_action->setCurrentIndex(request.status == PartRequestStatus::Issued     ? 1
                              : request.status == PartRequestStatus::Replaced ? 2
                                                                              : 0);
    auto *actionLabel = new QLabel(tr("&Update:"), this);
    actionLabel->setBuddy(m_action);
    grid->addWidget(actionLabel, 0, 0);
    grid->addWidget(m_action, 0, 1);
    m_notes = new QLineEdit(this);
    m_notes->setObjectName(QStringLiteral("partUpdateNotesLineEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    auto *notesLabel = new QLabel(tr("N&otes:"), this);
    notesLabel->setBuddy(m_notes);
    grid->addWidget(notesLabel, 1, 0);
    grid->addWidget(m_notes, 1, 1);
    layout->addLayout(grid);

    auto *docsRow = new QGridLayout;
    auto *attachButton = new QPushButton(
        tr("Attach document…  (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_O).toString(QKeySequence::NativeText)), this);
    attachButton->setObjectName(QStringLiteral("attachDocumentButton"));
    attachButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    attachButton->setAutoDefault(false);
    connect(attachButton, &QPushButton::clicked, this, &PartUpdateDialog::attach);
    docsRow->addWidget(attachButton, 0, 0);
    m_documentsMessage = new QLabel(this);
    m_documentsMessage->setObjectName(QStringLiteral("documentsMessage"));
    m_documentsMessage->setWordWrap(true);
    m_documentsMessage->setStyleSheet(theme::errorText());
    docsRow->addWidget(m_documentsMessage, 0, 1);
    docsRow->setColumnStretch(1, 1);
    layout->addLayout(docsRow);
    m_model = new QStandardItemModel(0, 4, this);
    m_model->setHorizontalHeaderLabels({tr("File"), tr("Type"), tr("Size"), tr("SHA-256")});
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("attachedDocumentsTable"));
    m_view->setAccessibleName(tr("Attached documents"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(theme::errorText());
    layout->addWidget(m_error);
    auto *box = new QDialogButtonBox(this);
    QPushButton *save = box->addButton(
        tr("Save part update  (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)),
        QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("savePartUpdateButton"));
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    save->setAutoDefault(false);
    box->addButton(QDialogButtonBox::Cancel);
    connect(box, &QDialogButtonBox::accepted, this, &PartUpdateDialog::save);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);

    fileChooser = [this] {
        return QFileDialog::getOpenFileNames(this, tr("Attach documents"), QString(),
                                             tr("Photos and PDFs (*.png *.jpg *.jpeg *.pdf)"));
    };
    m_action->setFocus();
    resize(900, 420);
}

void PartUpdateDialog::attach()
{
    const QStringList paths = fileChooser ? fileChooser() : QStringList();
    attachFiles(paths);
}

void PartUpdateDialog::attachFiles(const QStringList &paths)
{
    QStringList problems;
    for (const QString &path : paths) {
        auto input = PartRequestService::readDocumentFile(path);
        if (!input.ok()) {
            problems << input.message();
            continue;
        }
        auto checked = m_desk.parts.checkDocument(input.value());
        if (!checked.ok()) {
            problems << checked.message();
            continue;
        }
        if (m_documentHashes.contains(checked->sha256))
            continue;
        m_documentHashes.insert(checked->sha256);
        m_documents.append(input.value());
        m_model->appendRow({new QStandardItem(input->fileName), new QStandardItem(checked->mimeType),
                            new QStandardItem(QLocale().formattedDataSize(input->bytes.size())),
                            new QStandardItem(checked->sha256)});
    }
    m_documentsMessage->setText(problems.join(QLatin1Char('\n')));
}

void PartUpdateDialog::save()
{
    m_error->clear();
    const auto action = partActionFromName(m_action->currentData().toString());
    if (!action)
        return;
    auto r = m_desk.parts.update(m_actor, m_request.number, *action, m_documents, m_notes->text());
    if (!r.ok()) {
        if (r.error().field.startsWith(u"documents"))
            m_documentsMessage->setText(r.message());
        else
            m_error->setText(r.message());
        return;
    }
    m_result = r.value();
    accept();
}

void showStoredDocument(ServiceDesk &desk, const Actor &actor, const QString &sha256, QWidget *parent,
                        const std::function<void(const QString &text, bool isError)> &notify)
{
    auto doc = desk.parts.document(actor, sha256);
    if (!doc.ok()) {
        notify(doc.message(), true);
        return;
    }
    const StoredDocument &meta = doc->first;
    const QByteArray &bytes = doc->second;
    if (meta.mime.startsWith(u"image/")) {
        auto *dialog = new QDialog(parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("documentPreviewDialog"));
        dialog->setWindowTitle(QStringLiteral("%1 — %2").arg(meta.fileName, sha256.left(12)));
        auto *layout = new QVBoxLayout(dialog);
        auto *scroll = new QScrollArea(dialog);
        auto *image = new QLabel(scroll);
        image->setObjectName(QStringLiteral("documentPreviewImage"));
        image->setPixmap(QPixmap::fromImage(QImage::fromData(bytes)));
        scroll->setWidget(image);
        layout->addWidget(scroll, 1);
        layout->addWidget(new QLabel(QCoreApplication::translate("fb::PartUpdateDialog", "%1 · %2 · SHA-256 %3")
                                         .arg(meta.mime, QLocale().formattedDataSize(meta.size), meta.sha256),
                                     dialog));
        auto *box = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        layout->addWidget(box);
        dialog->resize(900, 700);
        openKeepingFocus(dialog);
        return;
    }
    // PDFs: the desktop's viewer, from a copy named after the content.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    const QString path = QDir(dir).filePath(QStringLiteral("floorbridge-%1.pdf").arg(sha256.left(16)));
    QFile file(path);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            notify(QCoreApplication::translate("fb::PartUpdateDialog", "Cannot write %1 to show it: %2")
                       .arg(QDir::toNativeSeparators(path), file.errorString()),
                   true);
            return;
        }
        file.close();
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        notify(QCoreApplication::translate("fb::PartUpdateDialog", "No PDF viewer opened %1: open it by hand.")
                   .arg(QDir::toNativeSeparators(path)),
               true);
}

} // namespace fb
