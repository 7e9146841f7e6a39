#include "ui/shell/LoginWidget.h"

#include "app/services/OperatorService.h"
#include "ui/widgets/Theme.h"

#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fb {

LoginWidget::LoginWidget(OperatorService &operators, QWidget *parent)
    : QWidget(parent)
    , m_operators(operators)
{
    setObjectName(QStringLiteral("loginWidget"));
    // Centred by stretchable rows and columns around the box, not by alignment: an aligned box is given the height its
    // wrapped lines need at the whole window's width, and is squashed at its own narrower one (fields a few pixels
    // high, the message's last line cut).
    auto *outer = new QGridLayout(this);
    m_box = new QWidget(this);
    m_box->setObjectName(QStringLiteral("loginBox"));
    fitBox();
    QWidget *box = m_box;
    auto *layout = new QVBoxLayout(box);

    m_title = new QLabel(box);
    m_title->setObjectName(QStringLiteral("loginTitle"));
    m_title->setFont(theme::scaledBold(m_title->font(), theme::kTitleScale));
    m_hint = new QLabel(box);
    m_hint->setWordWrap(true);

    auto *form = new QFormLayout;
    m_code = new QLineEdit(box);
    m_code->setObjectName(QStringLiteral("operatorCodeLineEdit"));
    m_code->setAccessibleName(tr("Operator code"));
    m_code->setPlaceholderText(tr("scan your badge or type your code"));
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("operatorNameLineEdit"));
    m_name->setAccessibleName(tr("Your name"));
    m_pin = new QLineEdit(box);
    m_pin->setObjectName(QStringLiteral("pinLineEdit"));
    m_pin->setAccessibleName(tr("PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_pinAgain = new QLineEdit(box);
    m_pinAgain->setObjectName(QStringLiteral("pinAgainLineEdit"));
    m_pinAgain->setAccessibleName(tr("PIN again"));
    m_pinAgain->setEchoMode(QLineEdit::Password);
    // On the lock screen the code field holds the locked operator's code; another operator is one Shift+Tab away.
    m_switchHint = new QLabel(tr("Not you? Switch operator (Shift+Tab), then scan your badge or type your code."), box);
    m_switchHint->setObjectName(QStringLiteral("switchOperatorHint"));
    m_switchHint->setWordWrap(true);
    form->addRow(tr("Operator &code"), m_code);
    form->addRow(QString(), m_switchHint);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&PIN"), m_pin);
    form->addRow(tr("PIN &again"), m_pinAgain);
    m_form = form;

    m_submit = new QPushButton(tr("Log in"), box);
    m_submit->setObjectName(QStringLiteral("loginButton"));
    m_submit->setDefault(true);
    m_submit->setAutoDefault(true);
    m_message = new QLabel(box);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Login message"));

    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addWidget(m_submit);
    layout->addWidget(m_message);
    outer->addWidget(box, 1, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);

    // A badge scan ends with Enter: move on to the PIN. Enter in the PIN logs in.
    connect(m_code, &QLineEdit::returnPressed, this, [this] { (m_firstAdmin ? m_name : m_pin)->setFocus(); });
    connect(m_name, &QLineEdit::returnPressed, m_pin, qOverload<>(&QWidget::setFocus));
    connect(m_pin, &QLineEdit::returnPressed, this, [this] {
        if (m_firstAdmin)
            m_pinAgain->setFocus();
        else
            onSubmit();
    });
    connect(m_pinAgain, &QLineEdit::returnPressed, this, &LoginWidget::onSubmit);
    connect(m_submit, &QPushButton::clicked, this, &LoginWidget::onSubmit);
    prepare();
}

void LoginWidget::prepare(const QString &lockedOperatorCode)
{
    m_firstAdmin = m_operators.needsFirstAdmin();
    m_form->setRowVisible(m_name, m_firstAdmin);
    m_form->setRowVisible(m_pinAgain, m_firstAdmin);
    m_form->setRowVisible(m_switchHint, !m_firstAdmin && !lockedOperatorCode.isEmpty());
    if (m_firstAdmin) {
        m_title->setText(tr("Set up this station"));
        m_hint->setText(tr("No one has used this station yet. Create the admin account: choose a code (for example "
                           "A001), your name and a PIN of 4 to 8 digits."));
        m_submit->setText(tr("Create admin and log in"));
    } else if (!lockedOperatorCode.isEmpty()) {
        m_title->setText(tr("Station locked"));
        m_hint->setText(tr("%1 locked this station. Enter the PIN to go on, or log in as another operator.")
                            .arg(lockedOperatorCode));
        m_submit->setText(tr("Unlock"));
    } else {
        m_title->setText(tr("Floorbridge"));
        m_hint->setText(tr("Scan your badge or type your operator code, then your PIN."));
        m_submit->setText(tr("Log in"));
    }
    m_code->setText(lockedOperatorCode);
    m_name->clear();
    m_pin->clear();
    m_pinAgain->clear();
    m_message->clear();
    (lockedOperatorCode.isEmpty() ? m_code : m_pin)->setFocus();
}

void LoginWidget::fitBox()
{
    // A comfortable width for the form and its messages at any text size.
    m_box->setFixedWidth(fontMetrics().averageCharWidth() * 60);
}

void LoginWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitBox();
}

void LoginWidget::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? theme::errorText() : QString());
}

void LoginWidget::onSubmit()
{
    const QString code = m_code->text().trimmed().toUpper();
    const QString pin = m_pin->text();
    if (m_firstAdmin) {
        if (pin != m_pinAgain->text()) {
            showMessage(tr("The two PINs differ. Type the same PIN twice."), true);
            m_pinAgain->clear();
            m_pin->selectAll();
            m_pin->setFocus();
            return;
        }
        auto admin = m_operators.createFirstAdmin(code, m_name->text(), pin);
        if (!admin.ok()) {
            showMessage(admin.message(), true);
            (admin.error().field == u"name" ? m_name : admin.error().field == u"pin" ? m_pin : m_code)->setFocus();
            return;
        }
    }
    auto actor = m_operators.login(code, pin);
    m_pin->clear();
    m_pinAgain->clear();
    if (!actor.ok()) {
        showMessage(actor.message(), true);
        (actor.error().field == u"code" ? m_code : m_pin)->setFocus();
        return;
    }
    m_message->clear();
    emit loggedIn(*actor);
}

} // namespace fb
