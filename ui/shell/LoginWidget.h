#pragma once
// Code + PIN login (a badge scan fills the code and moves on to the PIN), and the first-admin form on a new station.

#include "app/domain/Actor.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fb {

class OperatorService;

class LoginWidget : public QWidget
{
    Q_OBJECT

public:
    LoginWidget(OperatorService &operators, QWidget *parent = nullptr);
    // Locked screen: keeps the operator's code, asks for the PIN again (another operator may log in instead).
    void prepare(const QString &lockedOperatorCode = {});

signals:
    void loggedIn(const fb::Actor &actor);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitBox();
    void onSubmit();
    void showMessage(const QString &text, bool isError);
    OperatorService &m_operators;
    bool m_firstAdmin = false;
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_switchHint = nullptr;
    QWidget *m_box = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_pinAgain = nullptr;
    QPushButton *m_submit = nullptr;
    QLabel *m_message = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace fb
