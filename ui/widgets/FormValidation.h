#pragma once
// When a form shows what is wrong with it. A field's message appears once the operator has left the field (focus
// out, by Tab, click or Enter) or has tried to submit — never on a form nobody has typed in yet. A field that was fine
// and is being edited again keeps quiet until it is left; one that shows a message follows the typing, so a fix clears
// it at once. A line beside the submit button names what is still needed, in tab order, or says the form is ready and
// which key submits.
//
// The messages themselves come from the core: the form supplies a check (its service's or the domain validators'
// field-naming problems) and hands over the service's refusal at submit time. This class only decides when and how
// they show, so the rule lives in one place.

#include "app/core/Result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QWidget;

namespace fb {

class FormValidation : public QObject
{
    Q_OBJECT

public:
    struct Problem
    {
        QString field; // as the core names it ("gstin", "customer_code")
        QString message;
        bool warning = false; // shown (amber, ⚠) but does not stop a submit
    };
    using Check = std::function<QList<Problem>()>;

    explicit FormValidation(QWidget *form);

    // A label for a field's message: word-wrapped, selectable, empty. hiddenWhenEmpty: takes no room until it has
    // something to say (for forms whose message column would otherwise stand empty).
    static QLabel *makeLabel(const QString &objectName, QWidget *parent, bool hiddenWhenEmpty = false);

    // Fields in tab order: the summary names them in the order they are added. `input` is watched for the operator's
    // edits and for being left (may be null: a field filled by scanning, revealed by touch()). A label that is hidden
    // when added is shown only while it has a message. `name` is how the summary line names the field (default: the
    // input's accessible name).
    void addField(const QString &field, QWidget *input, QLabel *label, const QString &name = {});
    // Another input of the same field (a row's part and quantity beside its serials): leaving or editing it counts.
    void watch(const QString &field, QWidget *input);
    // addField with a new label beside `input` (objectName labelName, hidden until it has a message) to lay out.
    QLabel *addFieldAndLabel(const QString &field, QWidget *input, const QString &labelName);
    // The problems of the form as it is now; problems of fields not added here are ignored (the service's refusal at
    // submit covers them).
    void setCheck(Check check) { m_check = std::move(check); }
    // The line beside the submit button: "Still needed: …", or readyText ("Ready — Ctrl+Enter submits").
    void setSummaryLabel(QLabel *label, const QString &readyText);

    // Runs the check again: after a change the operator did not type (a scan, a prefill, a cleared form).
    void revalidate();
    // The operator is done with this field without leaving it by focus (a scan, Enter that checks it).
    void touch(const QString &field);
    // A submit was tried: every field's message shows; false when an error is left, with the focus on the first one.
    bool attemptSubmit();
    // The service refused at submit time for `error.field`: the message beside that field, which gets the focus.
    // False when no field here has that name (say it elsewhere).
    bool showRefusal(const Error &error);
    // A new, empty form: nothing left yet, no submit tried.
    void reset();

    bool ok() const { return !firstError().has_value(); }
    std::optional<Problem> firstError() const;
    // What is shown beside the field now (without the ✗/⚠ sign); empty when nothing is.
    QString shownMessage(const QString &field) const;
    // The names of the fields still in error, in tab order.
    QStringList stillNeeded() const;
    // For a refused submit's banner: the one problem's message, or a pointer to the fields marked ✗.
    QString whatIsWrong() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Field
    {
        QString key;
        QPointer<QWidget> input;
        QPointer<QLabel> label;
        QString name;
        bool hiddenWhenEmpty = false;
        bool revealed = false;
        QString refusal;
        std::optional<Problem> problem;
        QString shown;
    };
    Field *field(const QString &key);
    const Field *field(const QString &key) const;
    void onEdited(QObject *input);
    void display(Field &f);
    void updateSummary();
    void revalidateSoon();

    std::vector<Field> m_fields;
    QHash<const QObject *, QString> m_fieldOfInput;
    Check m_check;
    QPointer<QLabel> m_summary;
    QString m_readyText;
    bool m_pending = false;
};

} // namespace fb
