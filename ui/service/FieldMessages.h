#pragma once
// The red line beside a form field that says what is wrong with it. A service's Error names the field at fault
// (Error::field); show() puts the message beside that field and moves the focus there.

#include "core/Result.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMap>
#include <QPointer>
#include <QString>
#include <QWidget>

namespace fb {

class FieldMessages
{
public:
    // A message label for `field` beside `input` (objectName `<name>Message`), hidden until it has something to say.
    QLabel *add(const QString &field, QWidget *input, const QString &name, QWidget *parent)
    {
        auto *label = new QLabel(parent);
        label->setObjectName(name + QStringLiteral("Message"));
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAccessibleName(
            QCoreApplication::translate("fb::FieldMessages", "Problem with %1").arg(input->accessibleName()));
        label->setMinimumWidth(280);
        label->hide();
        m_labels.insert(field, label);
        m_inputs.insert(field, input);
        return label;
    }

    QLabel *label(const QString &field) const { return m_labels.value(field); }
    QString text(const QString &field) const
    {
        const QLabel *l = m_labels.value(field);
        return l ? l->text() : QString();
    }

    void set(const QString &field, const QString &message)
    {
        if (QLabel *l = m_labels.value(field)) {
            l->setText(message);
            l->setVisible(!message.isEmpty());
        }
    }

    // Beside the field the error names, focusing that field; false when no field of this form is named.
    bool show(const Error &error)
    {
        if (!m_labels.contains(error.field))
            return false;
        set(error.field, error.message);
        if (QWidget *input = m_inputs.value(error.field); input && input->isEnabled() && input->isVisible())
            input->setFocus(Qt::OtherFocusReason);
        return true;
    }

    void clear()
    {
        for (QLabel *l : std::as_const(m_labels)) {
            if (l) {
                l->clear();
                l->hide();
            }
        }
    }

private:
    QMap<QString, QPointer<QLabel>> m_labels;
    QMap<QString, QPointer<QWidget>> m_inputs;
};

} // namespace fb
