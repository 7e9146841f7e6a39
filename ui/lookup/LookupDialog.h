#pragma once
// Serial lookup from any page (Ctrl+K): scan or type a serial, Enter; shows where the unit is now and its movement
// history with who, when and the document. Read-only; a scan from a serial-port scanner lands here while it is open
// (a wedge scanner simply types into the field, as the dialog is modal).

#include "services/Actor.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace fb {

class Clock;
class Database;
class SerialLookupService;
struct Scan;

class LookupDialog : public QDialog
{
    Q_OBJECT

public:
    LookupDialog(Database &db, const Clock &clock, QWidget *parent = nullptr);
    ~LookupDialog() override;

    // Empties the dialog for the next lookup by `actor`.
    void prepare(const Actor &actor);
    void lookup(const QString &text);
    void onScan(const Scan &scan);

private:
    void showMessage(const QString &text, bool isError);

    std::unique_ptr<SerialLookupService> m_service;
    Actor m_actor;
    QLineEdit *m_serial = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_product = nullptr;
    QLabel *m_draft = nullptr;
    QTableWidget *m_history = nullptr;
};

} // namespace fb
