#pragma once
// Stage 1, serial generation: product and quantity, Enter (or Ctrl+G) generates; what is left of today's numbers for
// the product is always in view, and a quantity beyond it is refused by the service with the count that is left.

#include "services/SerialGenerationService.h"
#include "shell/Page.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace fb {

struct AppServices;
class Feedback;
class ResultBanner;

class GeneratePage : public Page
{
    Q_OBJECT

public:
    GeneratePage(AppServices &services, QWidget *parent = nullptr);

    void setActor(const Actor &actor) override;
    void onShown() override;

    Feedback &feedback() { return *m_feedback; }
    void generate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshProducts();
    void showRemaining();
    QString currentProduct() const;

    AppServices &m_services;
    SerialGenerationService m_service;
    Feedback *m_feedback = nullptr;
    QComboBox *m_product = nullptr;
    QSpinBox *m_quantity = nullptr;
    QPushButton *m_generate = nullptr;
    QLabel *m_remaining = nullptr;
    ResultBanner *m_banner = nullptr;
    QLabel *m_listTitle = nullptr;
    QListWidget *m_generated = nullptr;
    bool m_populating = false;
};

} // namespace fb
