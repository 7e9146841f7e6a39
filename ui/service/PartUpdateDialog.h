#pragma once
// Part update after approval — issued, replaced or consumed — with the documents that prove it (photos or PDFs:
// challan, job sheet, the fitted part). Each file is type- and size-checked as it is attached and shown with its
// size and content hash. The file chooser is a seam a test answers.

#include "app/domain/Actor.h"
#include "app/domain/PartRequest.h"
#include "app/services/PartRequestService.h"

#include <QDialog>
#include <QSet>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace fb {

struct ServiceDesk;

class PartUpdateDialog : public QDialog
{
    Q_OBJECT

public:
    PartUpdateDialog(ServiceDesk &desk, const Actor &actor, const PartRequest &request, QWidget *parent = nullptr);

    // Asks for the files to attach; empty: cancelled. Default: QFileDialog (images and PDF).
    std::function<QStringList()> fileChooser;

    void attach();
    void attachFiles(const QStringList &paths);
    void save();
    int documentCount() const { return int(m_documents.size()); }
    const PartRequest &result() const { return m_result; }

private:
    ServiceDesk &m_desk;
    Actor m_actor;
    PartRequest m_request;
    PartRequest m_result;
    QList<DocumentInput> m_documents;
    QSet<QString> m_documentHashes; // SHA-256 of each attached document: the same file twice is one document
    QComboBox *m_action = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_notes = nullptr;
    QLabel *m_documentsMessage = nullptr;
    QLabel *m_error = nullptr;
};

// Shows a stored document: images in the app, PDFs with the desktop's viewer (from a temporary copy).
void showStoredDocument(ServiceDesk &desk, const Actor &actor, const QString &sha256, QWidget *parent,
                        const std::function<void(const QString &text, bool isError)> &notify);

} // namespace fb
