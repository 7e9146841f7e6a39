#pragma once
// Opens a dialog (window-modal, not blocking) and, when it closes, gives the keyboard back to the field that had it,
// so the operator carries on typing where they were without reaching for the mouse.

#include <QApplication>
#include <QDialog>
#include <QPointer>

namespace fb {

inline void openKeepingFocus(QDialog *dialog)
{
    QPointer<QWidget> previous = QApplication::focusWidget();
    QPointer<QWidget> owner = dialog->parentWidget() ? dialog->parentWidget()->window() : nullptr;
    QObject::connect(dialog, &QDialog::finished, dialog, [previous, owner] {
        if (owner)
            owner->activateWindow();
        if (previous)
            previous->setFocus(Qt::PopupFocusReason);
    });
    dialog->open();
}

} // namespace fb
