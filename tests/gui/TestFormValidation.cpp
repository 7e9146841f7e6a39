// When a form's messages show (ui/widgets/FormValidation), on a small form of its own: nothing on a new form, a
// field's message once it is left, not while typing, not when a list pops up or another window takes the keyboard;
// a field that shows a message follows the typing; a submit shows everything and focuses the first; the summary line
// names what is missing in tab order.
#include "ui/widgets/FormValidation.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QtTest>

using namespace fb;

class TestFormValidation : public QObject
{
    Q_OBJECT

    std::unique_ptr<QWidget> m_form;
    FormValidation *m_validation = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_codeSuffix = nullptr; // a second input of the code field
    QLabel *m_summary = nullptr;

    QLabel *label(const char *name) { return m_form->findChild<QLabel *>(QString::fromLatin1(name)); }
    QStringList shown()
    {
        QStringList names;
        for (QLabel *l : m_form->findChildren<QLabel *>()) {
            if (l != m_summary && !l->isHidden() && !l->text().isEmpty())
                names << l->objectName();
        }
        names.sort();
        return names;
    }
    void focus(QWidget *w, Qt::FocusReason reason = Qt::TabFocusReason)
    {
        w->setFocus(reason);
        QTRY_VERIFY(w->hasFocus());
    }

private slots:
    void init()
    {
        m_form = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_form.get());
        m_validation = new FormValidation(m_form.get());
        m_code = new QLineEdit(m_form.get());
        m_code->setAccessibleName(QStringLiteral("Code"));
        m_name = new QLineEdit(m_form.get());
        m_name->setAccessibleName(QStringLiteral("Name"));
        m_kind = new QComboBox(m_form.get());
        m_kind->setAccessibleName(QStringLiteral("Kind"));
        m_kind->addItems({QStringLiteral("A"), QStringLiteral("B")});
        m_kind->setCurrentIndex(-1);
        m_codeSuffix = new QLineEdit(m_form.get());
        for (QWidget *w :
             {static_cast<QWidget *>(m_code), static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_kind)})
            layout->addWidget(w);
        layout->addWidget(
            m_validation->addFieldAndLabel(QStringLiteral("code"), m_code, QStringLiteral("codeMessage")));
        layout->addWidget(
            m_validation->addFieldAndLabel(QStringLiteral("name"), m_name, QStringLiteral("nameMessage")));
        layout->addWidget(
            m_validation->addFieldAndLabel(QStringLiteral("kind"), m_kind, QStringLiteral("kindMessage")));
        layout->addWidget(m_codeSuffix);
        m_validation->watch(QStringLiteral("code"), m_codeSuffix);
        m_summary = new QLabel(m_form.get());
        layout->addWidget(m_summary);
        m_validation->setSummaryLabel(m_summary, QStringLiteral("Ready: Ctrl+Enter saves."));
        m_validation->setCheck([this] {
            QList<FormValidation::Problem> problems;
            const QString code = m_code->text().trimmed();
            if (code.isEmpty())
                problems.append({QStringLiteral("code"), QStringLiteral("Code is empty"), false});
            else if (code.size() != 3)
                problems.append({QStringLiteral("code"), QStringLiteral("Code has %1 characters").arg(code.size())});
            if (m_name->text().trimmed().isEmpty())
                problems.append({QStringLiteral("name"), QStringLiteral("Name is empty"), false});
            else if (m_name->text().startsWith(u'x'))
                problems.append({QStringLiteral("name"), QStringLiteral("Names rarely start with x"), true});
            if (m_kind->currentIndex() < 0)
                problems.append({QStringLiteral("kind"), QStringLiteral("Choose a kind"), false});
            problems.append({QStringLiteral("elsewhere"), QStringLiteral("not a field here"), false});
            return problems;
        });
        m_validation->revalidate();
        m_form->show();
        QVERIFY(QTest::qWaitForWindowActive(m_form.get()));
        focus(m_code);
    }

    void cleanup() { m_form.reset(); }

    void nothingUntilAFieldIsLeft()
    {
        QCOMPARE(shown(), QStringList());
        QCOMPARE(m_summary->text(), QStringLiteral("Still needed: Code, Name, Kind"));
        QTest::keyClicks(m_code, QStringLiteral("12"));
        QCOMPARE(shown(), QStringList()); // typing is not leaving
        QCOMPARE(m_summary->text(), QStringLiteral("Still needed: Name, Kind  ·  To correct: Code"));
        QTest::keyClick(m_code, Qt::Key_Tab);
        QTRY_COMPARE(shown(), QStringList{QStringLiteral("codeMessage")});
        QCOMPARE(label("codeMessage")->text(), QStringLiteral("✗ Code has 2 characters"));
        QCOMPARE(label("codeMessage")->property("verdict").toString(), QStringLiteral("error"));
        QCOMPARE(m_code->accessibleDescription(), QStringLiteral("Code has 2 characters"));
    }

    void aPopupOrAnotherWindowIsNotLeaving()
    {
        for (Qt::FocusReason reason : {Qt::PopupFocusReason, Qt::ActiveWindowFocusReason}) {
            QFocusEvent out(QEvent::FocusOut, reason);
            QApplication::sendEvent(m_code, &out);
        }
        QApplication::processEvents();
        QCOMPARE(shown(), QStringList());
        QFocusEvent out(QEvent::FocusOut, Qt::MouseFocusReason);
        QApplication::sendEvent(m_code, &out);
        QTRY_COMPARE(shown(), QStringList{QStringLiteral("codeMessage")});
    }

    void movingWithinAFieldIsNotLeavingIt()
    {
        focus(m_codeSuffix);
        QApplication::processEvents();
        QCOMPARE(shown(), QStringList());
        focus(m_code);
        QApplication::processEvents();
        QCOMPARE(shown(), QStringList());
        focus(m_name);
        QTRY_COMPARE(shown(), QStringList{QStringLiteral("codeMessage")});
    }

    void aMessageFollowsTheTypingAFineFieldWaitsToBeLeft()
    {
        focus(m_name);
        QTRY_COMPARE(shown(), QStringList{QStringLiteral("codeMessage")}); // left empty
        focus(m_code);
        QTRY_COMPARE(shown(), (QStringList{QStringLiteral("codeMessage"), QStringLiteral("nameMessage")}));
        // Showing a message: it follows the typing, and the fix clears it at once.
        QTest::keyClicks(m_code, QStringLiteral("1"));
        QCOMPARE(label("codeMessage")->text(), QStringLiteral("✗ Code has 1 characters"));
        QTest::keyClicks(m_code, QStringLiteral("23"));
        QVERIFY(label("codeMessage")->isHidden());
        // Fine, then edited into a problem: quiet until it is left again.
        QTest::keyClick(m_code, Qt::Key_Backspace);
        QVERIFY(label("codeMessage")->isHidden());
        focus(m_name);
        QTRY_COMPARE(label("codeMessage")->text(), QStringLiteral("✗ Code has 2 characters"));
        // A warning shows like an error (amber, ⚠) but is not in the way of a submit.
        QTest::keyClicks(m_name, QStringLiteral("xavier"));
        QCOMPARE(label("nameMessage")->text(), QStringLiteral("⚠ Names rarely start with x"));
        QCOMPARE(label("nameMessage")->property("verdict").toString(), QStringLiteral("warning"));
        QCOMPARE(m_summary->text(), QStringLiteral("Still needed: Kind  ·  To correct: Code"));
    }

    void submitShowsEverythingAndFocusesTheFirst()
    {
        focus(m_kind);
        QVERIFY(!m_validation->attemptSubmit());
        QCOMPARE(shown(), (QStringList{QStringLiteral("codeMessage"), QStringLiteral("kindMessage"),
                                       QStringLiteral("nameMessage")}));
        QTRY_VERIFY(m_code->hasFocus());
        QCOMPARE(m_validation->firstError()->field, QStringLiteral("code"));
        QCOMPARE(m_validation->whatIsWrong(),
                 QStringLiteral("fill in or correct the fields marked ✗ — each says what it needs."));
        // A field not on this form never blocks it: the service's refusal at submit covers it.
        QTest::keyClicks(m_code, QStringLiteral("123"));
        QTest::keyClicks(m_name, QStringLiteral("Asha"));
        m_kind->setCurrentIndex(1);
        QVERIFY(m_validation->attemptSubmit());
        QCOMPARE(shown(), QStringList());
        QCOMPARE(m_summary->text(), QStringLiteral("Ready: Ctrl+Enter saves."));
        QVERIFY(m_summary->property("ready").toBool());
        // The service refuses at submit time: beside its field, with the focus, until that field is edited.
        QVERIFY(!m_validation->showRefusal(makeError(QStringLiteral("?"), QStringLiteral("elsewhere"))));
        QVERIFY(m_validation->showRefusal(makeError(QStringLiteral("Name already taken"), QStringLiteral("name"))));
        QTRY_VERIFY(m_name->hasFocus());
        QCOMPARE(label("nameMessage")->text(), QStringLiteral("✗ Name already taken"));
        QCOMPARE(m_summary->text(), QStringLiteral("To correct: Name"));
        QCOMPARE(m_validation->whatIsWrong(), QStringLiteral("Name already taken"));
        m_validation->revalidate();
        QCOMPARE(label("nameMessage")->text(), QStringLiteral("✗ Name already taken"));
        QTest::keyClicks(m_name, QStringLiteral("a"));
        QCOMPARE(shown(), QStringList());
        // A new form: nothing shown again.
        m_code->clear();
        m_validation->reset();
        QCOMPARE(shown(), QStringList());
        QCOMPARE(m_summary->text(), QStringLiteral("Still needed: Code"));
    }
};

QTEST_MAIN(TestFormValidation)
#include "TestFormValidation.moc"
