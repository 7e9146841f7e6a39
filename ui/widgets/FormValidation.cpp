#include "ui/widgets/FormValidation.h"

#include "ui/widgets/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimer>

namespace fb {

namespace {

// Nothing typed or chosen: the summary says "still needed" rather than "to correct".
bool isBlank(const QWidget *input)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(input))
        return edit->text().trimmed().isEmpty();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(input))
        return text->toPlainText().trimmed().isEmpty();
    if (const auto *combo = qobject_cast<const QComboBox *>(input))
        return combo->currentIndex() < 0 || combo->currentText().trimmed().isEmpty();
    return input == nullptr;
}

} // namespace

FormValidation::FormValidation(QWidget *form)
    : QObject(form)
{}

QLabel *FormValidation::makeLabel(const QString &objectName, QWidget *parent, bool hiddenWhenEmpty)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (hiddenWhenEmpty)
        label->hide();
    return label;
}

void FormValidation::addField(const QString &key, QWidget *input, QLabel *label, const QString &name)
{
    Field f;
    f.key = key;
    f.input = input;
    f.label = label;
    f.name = !name.isEmpty() ? name : input ? input->accessibleName() : key;
    f.hiddenWhenEmpty = label && label->isHidden();
    m_fields.push_back(f);
    if (input)
        watch(key, input);
}

void FormValidation::watch(const QString &key, QWidget *input)
{
    m_fieldOfInput.insert(input, key);
    input->installEventFilter(this);
    // Only what the operator does counts as an edit: a form filling itself in (a prefill, a resumed draft) does not.
    if (auto *edit = qobject_cast<QLineEdit *>(input)) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { onEdited(edit); });
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(input)) {
        connect(text, &QPlainTextEdit::textChanged, this, [this, text] {
            if (text->hasFocus())
                onEdited(text);
        });
    } else if (auto *combo = qobject_cast<QComboBox *>(input)) {
        connect(combo, &QComboBox::activated, this, [this, combo] { onEdited(combo); });
    } else if (auto *spin = qobject_cast<QSpinBox *>(input)) {
        connect(spin, &QSpinBox::valueChanged, this, [this, spin] {
            if (spin->hasFocus())
                onEdited(spin);
        });
    } else if (auto *button = qobject_cast<QAbstractButton *>(input)) {
        connect(button, &QAbstractButton::clicked, this, [this, button] { onEdited(button); });
    }
}

QLabel *FormValidation::addFieldAndLabel(const QString &key, QWidget *input, const QString &labelName)
{
    QLabel *label = makeLabel(labelName, input->parentWidget(), true);
    // The context the string had before this class took over from FieldMessages keeps its translations.
    label->setAccessibleName(
        QCoreApplication::translate("fb::FieldMessages", "Problem with %1").arg(input->accessibleName()));
    label->setMinimumWidth(280);
    addField(key, input, label);
    return label;
}

void FormValidation::setSummaryLabel(QLabel *label, const QString &readyText)
{
    m_summary = label;
    m_readyText = readyText;
    updateSummary();
}

FormValidation::Field *FormValidation::field(const QString &key)
{
    for (Field &f : m_fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

const FormValidation::Field *FormValidation::field(const QString &key) const
{
    for (const Field &f : m_fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

void FormValidation::revalidate()
{
    m_pending = false;
    const QList<Problem> problems = m_check ? m_check() : QList<Problem>();
    for (Field &f : m_fields) {
        f.problem.reset();
        for (const Problem &p : problems) {
            if (p.field != f.key)
                continue;
            if (!p.warning) {
                f.problem = p; // an error outweighs a warning for the same field
                break;
            }
            if (!f.problem)
                f.problem = p;
        }
        display(f);
    }
    updateSummary();
}

void FormValidation::revalidateSoon()
{
    // Focus leaves a field while a form is being torn down too: run the check from the event loop, when every widget
    // it reads is whole (and not at all if the form is gone by then).
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_pending)
            revalidate();
    });
}

void FormValidation::touch(const QString &key)
{
    if (Field *f = field(key)) {
        f->revealed = true;
        display(*f);
    }
}

bool FormValidation::attemptSubmit()
{
    for (Field &f : m_fields)
        f.revealed = true;
    revalidate();
    const std::optional<Problem> first = firstError();
    if (!first)
        return true;
    const Field *f = field(first->field);
    if (f && f->input && f->input->isVisible() && f->input->isEnabled())
        f->input->setFocus(Qt::OtherFocusReason);
    return false;
}

bool FormValidation::showRefusal(const Error &error)
{
    Field *f = field(error.field);
    if (!f)
        return false;
    f->refusal = error.message;
    f->revealed = true;
    display(*f);
    updateSummary();
    if (f->input && f->input->isVisible() && f->input->isEnabled())
        f->input->setFocus(Qt::OtherFocusReason);
    return true;
}

void FormValidation::reset()
{
    for (Field &f : m_fields) {
        f.revealed = false;
        f.refusal.clear();
    }
    revalidate();
}

std::optional<FormValidation::Problem> FormValidation::firstError() const
{
    for (const Field &f : m_fields) {
        if (!f.refusal.isEmpty())
            return Problem{f.key, f.refusal, false};
        if (f.problem && !f.problem->warning)
            return f.problem;
    }
    return std::nullopt;
}

QString FormValidation::shownMessage(const QString &key) const
{
    const Field *f = field(key);
    return f ? f->shown : QString();
}

QStringList FormValidation::stillNeeded() const
{
    QStringList names;
    for (const Field &f : m_fields) {
        if (!f.refusal.isEmpty() || (f.problem && !f.problem->warning))
            names << f.name;
    }
    return names;
}

QString FormValidation::whatIsWrong() const
{
    const QStringList names = stillNeeded();
    if (names.size() == 1)
        return firstError().value_or(Problem{}).message;
    // No count: the banner stays up while the fields are being fixed, and a number would soon be wrong.
    return tr("fill in or correct the fields marked ✗ — each says what it needs.");
}

void FormValidation::onEdited(QObject *input)
{
    Field *f = field(m_fieldOfInput.value(input));
    if (!f)
        return;
    // Fine until now and being changed: wait until it is left before finding fault (a half-typed GSTIN is not an
    // error yet). Showing a message: keep following the typing, so the fix clears it at once.
    if (f->revealed && f->shown.isEmpty())
        f->revealed = false;
    f->refusal.clear();
    revalidate();
}

bool FormValidation::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        // A list popping up, or another window (a dialog, another program) taking the keyboard, is not leaving it;
        // nor is moving on to another input of the same field (a row's part, then its serials). The focus widget is
        // already the one the focus goes to.
        const QString key = m_fieldOfInput.value(watched);
        const QWidget *to = QApplication::focusWidget();
        const bool sameField = to && to != watched && m_fieldOfInput.value(to) == key;
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason && !sameField) {
            if (Field *f = field(key); f && !f->revealed) {
                f->revealed = true;
                revalidateSoon();
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void FormValidation::display(Field &f)
{
    QString message;
    bool warning = false;
    if (!f.refusal.isEmpty()) {
        message = f.refusal;
    } else if (f.revealed && f.problem) {
        message = f.problem->message;
        warning = f.problem->warning;
    }
    f.shown = message;
    if (QLabel *l = f.label) {
        l->setText(message.isEmpty() ? QString() : (warning ? QStringLiteral("⚠ ") : QStringLiteral("✗ ")) + message);
        l->setStyleSheet(message.isEmpty() ? QString() : warning ? theme::fieldWarningText() : theme::fieldErrorText());
        l->setProperty("verdict", message.isEmpty() ? QStringLiteral("ok")
                                  : warning         ? QStringLiteral("warning")
                                                    : QStringLiteral("error"));
        if (f.hiddenWhenEmpty)
            l->setVisible(!message.isEmpty());
    }
    // Screen readers hear the message with the field.
    if (f.input)
        f.input->setAccessibleDescription(message);
}

void FormValidation::updateSummary()
{
    if (!m_summary)
        return;
    QStringList needed;
    QStringList toCorrect;
    for (const Field &f : m_fields) {
        if (f.refusal.isEmpty() && !(f.problem && !f.problem->warning))
            continue;
        (isBlank(f.input) ? needed : toCorrect) << f.name;
    }
    const bool ready = needed.isEmpty() && toCorrect.isEmpty();
    QStringList parts;
    if (!needed.isEmpty())
        parts << tr("Still needed: %1").arg(needed.join(QStringLiteral(", ")));
    if (!toCorrect.isEmpty())
        parts << tr("To correct: %1").arg(toCorrect.join(QStringLiteral(", ")));
    m_summary->setText(ready ? m_readyText : parts.join(QStringLiteral("  ·  ")));
    m_summary->setStyleSheet(ready ? theme::readyText() : QString());
    m_summary->setProperty("ready", ready);
}

} // namespace fb
