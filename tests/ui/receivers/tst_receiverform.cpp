// The receiver form, driven as a person would through the Receivers page: typing, the rules shown as
// they are broken, Save, undo/redo, the secret's buttons and the etag conflict dialog. Every case
// checks what the store holds afterwards.
#include "consoletestsupport.h"
#include "model/secret.h"
#include "receivers/conflictdialog.h"
#include "receivers/fielderrorlabel.h"
#include "receivers/headertablemodel.h"
#include "receivers/receiverdraft.h"
#include "receivers/receiverform.h"
#include "receiverspage.h"
#include "receiverstestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace hookboard;
using hookboard::test::clickCell;
using hookboard::test::find;
using hookboard::test::TestStore;

class TestReceiverForm : public QObject
{
    Q_OBJECT

private slots:
    void createRefusesInvalidUrlAndSavesValidReceiver();
    void headerRulesShownPerCell();
    void editThenUndoAndRedo();
    void secretRevealCopyRegenerate();
    void secretRotationKeepsOldOneInGrace();
    void staleEtagOpensConflictDialog_data();
    void staleEtagOpensConflictDialog();
    void deletedElsewhereLeavesTheForm();
    void serviceRefusalIsShown();
    void deliverySettingsAreEditedLikeEveryField();
    void deliverySettingsKeepWhatOthersChanged();

private:
    static Receiver stored(TestStore &store, qint64 id) { return *store.service().receiver(id); }
    // Replaces a line edit's text as a person would: select all, type.
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    // Types into the editor the header table opened and commits it with Enter.
    static void typeIntoCell(QTableView *table, const QModelIndex &index, const QString &text)
    {
        // Add header already opens the new row's name for editing.
        const QWidget *focused = QApplication::focusWidget();
        if (table->currentIndex() != index || !focused || focused->parentWidget() != table->viewport()) {
            table->setCurrentIndex(index);
            table->edit(index);
        }
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != table);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on Return through a queued call.
        QTRY_COMPARE(index.data().toString(), text);
    }
};

void TestReceiverForm::createRefusesInvalidUrlAndSavesValidReceiver()
{
    TestStore store;
    ReceiversPage page(hookboard::test::consoleContextFor(store, QStringLiteral("ada")));
    QVERIFY(hookboard::test::showAndWait(page));
    QAbstractItemModelTester headersTester(find<QTableView>(page, "headersTable")->model());

    QTest::mouseClick(find<QPushButton>(page, "newReceiverButton"), Qt::LeftButton);
    ReceiverForm *form = page.form();
    QVERIFY(form->isNew());
    auto *save = find<QPushButton>(page, "saveButton");
    QVERIFY(!save->isEnabled()); // nothing typed yet
    // The generated secret is there before the first save, so it can be copied into the receiver.
    const QString generated = find<QLineEdit>(page, "secretEdit")->text();
    QVERIFY(!secret::check(generated));

    QTest::keyClicks(find<QLineEdit>(page, "nameEdit"), QStringLiteral("Billing"));
    auto *url = find<QLineEdit>(page, "urlEdit");
    auto *urlError = find<FieldErrorLabel>(page, "urlError");
    QTest::keyClicks(url, QStringLiteral("http://billing.example.com/hooks"));
    QVERIFY(urlError->isVisible());
    QCOMPARE(urlError->rules(), QStringList{QStringLiteral("https-only")});
    QVERIFY(urlError->text().contains(QLatin1String("https")));
    QVERIFY(!save->isEnabled());
    QVERIFY(find<QLabel>(page, "saveHint")->text().contains(QLatin1String("URL")));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(store.rowCount(QStringLiteral("receivers")), 0);

    retype(url, QStringLiteral("https://user@billing.example.com/hooks"));
    QCOMPARE(urlError->rules(), QStringList{QStringLiteral("no-userinfo")});
    QVERIFY(!save->isEnabled());
    retype(url, QStringLiteral("https://billing.example.com/hooks"));
    QVERIFY(!urlError->isVisible());

    auto *headers = find<QTableView>(page, "headersTable");
    QTest::mouseClick(find<QPushButton>(page, "addHeaderButton"), Qt::LeftButton);
    QCOMPARE(headers->model()->rowCount(), 1);
    typeIntoCell(headers, headers->model()->index(0, HeaderTableModel::KeyColumn), QStringLiteral("X-Env"));
    typeIntoCell(headers, headers->model()->index(0, HeaderTableModel::ValueColumn), QStringLiteral("prod"));
    QTRY_VERIFY(save->isEnabled());

    auto *expected = find<QSpinBox>(page, "expectedCodeSpin");
    expected->setFocus();
    expected->selectAll();
    QTest::keyClicks(expected, QStringLiteral("204"));
    QCOMPARE(form->draft().value().expectedResponseCode, 204);

    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(store.rowCount(QStringLiteral("receivers")), 1);
    const Page<Receiver> all = *store.service().receivers(ReceiverFilter{});
    const Receiver &saved = all.items.constFirst();
    QCOMPARE(saved.name, QStringLiteral("Billing"));
    QCOMPARE(saved.webhookUri, QStringLiteral("https://billing.example.com/hooks"));
    QCOMPARE(saved.expectedResponseCode, 204);
    QCOMPARE(saved.sharedSecret, generated);
    QCOMPARE(saved.createdBy.name, QStringLiteral("ada"));
    QCOMPARE(saved.headers.size(), 1);
    QCOMPARE(saved.headers.constFirst().key, QStringLiteral("X-Env"));
    QCOMPARE(saved.headers.constFirst().value, QStringLiteral("prod"));

    // The new receiver is now the selected one, edited in place.
    QVERIFY(!form->isNew());
    QCOMPARE(form->receiverId(), saved.id);
    QVERIFY(!form->isDirty());
    QVERIFY(!save->isEnabled());
    QCOMPARE(page.table()->currentIndex().row(), 0);
}

void TestReceiverForm::headerRulesShownPerCell()
{
    TestStore store;
    const Receiver receiver = store.makeReceiver(QStringLiteral("hdr"));
    ReceiversPage page(hookboard::test::consoleContextFor(store));
    QVERIFY(hookboard::test::showAndWait(page));
    QCOMPARE(page.form()->receiverId(), receiver.id);

    auto *headers = find<QTableView>(page, "headersTable");
    QAbstractItemModelTester tester(headers->model());
    auto *headersError = find<FieldErrorLabel>(page, "headersError");
    auto *save = find<QPushButton>(page, "saveButton");

    QTest::mouseClick(find<QPushButton>(page, "addHeaderButton"), Qt::LeftButton);
    // A fresh row is not scolded before anything is typed into it.
    QCOMPARE(headers->model()->index(0, 0).data(HeaderTableModel::ErrorRuleRole).toString(), QString());
    QVERIFY(!headersError->isVisible());
    // A value without a name is: the row is named in words.
    typeIntoCell(headers, headers->model()->index(0, 1), QStringLiteral("acme"));
    QCOMPARE(headers->model()->index(0, 0).data(HeaderTableModel::ErrorRuleRole).toString(),
             QStringLiteral("http-token"));
    QVERIFY2(headersError->text().startsWith(QLatin1String("Header 1, name: must be a non-empty HTTP token")),
             qPrintable(headersError->text()));
    typeIntoCell(headers, headers->model()->index(0, 0), QStringLiteral("Content-Type"));
    QCOMPARE(headers->model()->index(0, 0).data(HeaderTableModel::ErrorRuleRole).toString(),
             QStringLiteral("reserved"));
    QVERIFY(headersError->isVisible());
    QVERIFY(headersError->rules().contains(QStringLiteral("reserved")));
    QVERIFY2(headersError->text().startsWith(QLatin1String("Header 1, name: \"Content-Type\" is reserved")),
             qPrintable(headersError->text()));
    QVERIFY(!save->isEnabled());

    typeIntoCell(headers, headers->model()->index(0, 0), QStringLiteral("Authorization"));
    typeIntoCell(headers, headers->model()->index(0, 1), QStringLiteral("Bearer abc"));
    QTest::mouseClick(find<QPushButton>(page, "addHeaderButton"), Qt::LeftButton);
    typeIntoCell(headers, headers->model()->index(1, 0), QStringLiteral("authorization"));
    QCOMPARE(headers->model()->index(1, 0).data(HeaderTableModel::ErrorRuleRole).toString(),
             QStringLiteral("unique"));
    QVERIFY(!save->isEnabled());

    // Removing the duplicate row makes the form valid again.
    headers->setCurrentIndex(headers->model()->index(1, 0));
    QTest::mouseClick(find<QPushButton>(page, "removeHeaderButton"), Qt::LeftButton);
    QCOMPARE(headers->model()->rowCount(), 1);
    QVERIFY(!headersError->isVisible());
    QVERIFY(save->isEnabled());
    // A row added and left blank is not an error, and is not saved.
    QTest::mouseClick(find<QPushButton>(page, "addHeaderButton"), Qt::LeftButton);
    QCOMPARE(headers->model()->rowCount(), 2);
    QVERIFY(!headersError->isVisible());
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    const Receiver after = stored(store, receiver.id);
    QCOMPARE(after.headers.size(), 1);
    QCOMPARE(after.headers.constFirst().key, QStringLiteral("Authorization"));
    QCOMPARE(after.headers.constFirst().value, QStringLiteral("Bearer abc"));

    // The page closes with a header still being edited: the editor's last commit must not reach a
    // form that is going away (valgrind and ASan runs would see it).
    const QModelIndex value = headers->model()->index(0, HeaderTableModel::ValueColumn);
    headers->setCurrentIndex(value);
    headers->edit(value);
    QTRY_VERIFY(QApplication::focusWidget() &&
                QApplication::focusWidget()->parentWidget() == headers->viewport());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(" unsaved"));
}

void TestReceiverForm::editThenUndoAndRedo()
{
    TestStore store;
    const Receiver receiver = store.makeReceiver(QStringLiteral("undo"));
    ReceiversPage page(hookboard::test::consoleContextFor(store));
    QVERIFY(hookboard::test::showAndWait(page));
    ReceiverForm *form = page.form();
    QUndoStack *undo = form->undoStack();
    auto *name = find<QLineEdit>(page, "nameEdit");
    auto *url = find<QLineEdit>(page, "urlEdit");
    auto *undoButton = find<QToolButton>(page, "undoButton");
    auto *redoButton = find<QToolButton>(page, "redoButton");
    QVERIFY(!undoButton->isEnabled());

    retype(name, QStringLiteral("Renamed"));
    url->setFocus();
    url->end(false);
    QTest::keyClicks(url, QStringLiteral("/v2"));
    // Typing merges per field: one step for the name, one for the URL.
    QCOMPARE(undo->count(), 2);
    QVERIFY(form->isDirty());
    QVERIFY(undoButton->isEnabled());
    QCOMPARE(find<QPushButton>(page, "saveButton")->isEnabled(), true);

    // Ctrl+Z in the URL field undoes through the form's stack, not the line edit's own history.
    QTest::keyClick(url, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(url->text(), receiver.webhookUri);
    QCOMPARE(name->text(), QStringLiteral("Renamed"));
    QTest::mouseClick(undoButton, Qt::LeftButton);
    QCOMPARE(name->text(), receiver.name);
    QVERIFY(!form->isDirty());
    QVERIFY(!find<QPushButton>(page, "saveButton")->isEnabled());
    QVERIFY(!undoButton->isEnabled());

    QTest::mouseClick(redoButton, Qt::LeftButton);
    QCOMPARE(name->text(), QStringLiteral("Renamed"));
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(url->text(), receiver.webhookUri + QStringLiteral("/v2"));
    QVERIFY(!redoButton->isEnabled());

    // Toggling Active and back leaves nothing to undo: the merged step is obsolete.
    auto *active = find<QCheckBox>(page, "activeCheck");
    QTest::mouseClick(active, Qt::LeftButton);
    QTest::mouseClick(active, Qt::LeftButton);
    QCOMPARE(undo->count(), 2);

    QTest::mouseClick(find<QPushButton>(page, "saveButton"), Qt::LeftButton);
    const Receiver after = stored(store, receiver.id);
    QCOMPARE(after.name, QStringLiteral("Renamed"));
    QCOMPARE(after.webhookUri, receiver.webhookUri + QStringLiteral("/v2"));
    QVERIFY(!form->isDirty());
    // A saved edit can still be undone, and the form then has something to save again.
    QTest::mouseClick(undoButton, Qt::LeftButton);
    QVERIFY(form->isDirty());
}

void TestReceiverForm::secretRevealCopyRegenerate()
{
    TestStore store;
    const Receiver receiver = store.makeReceiver(QStringLiteral("secret"));
    ReceiversPage page(hookboard::test::consoleContextFor(store));
    QVERIFY(hookboard::test::showAndWait(page));
    auto *edit = find<QLineEdit>(page, "secretEdit");
    auto *reveal = find<QToolButton>(page, "revealSecretButton");

    QCOMPARE(edit->echoMode(), QLineEdit::Password); // hidden by default
    QCOMPARE(edit->text(), receiver.sharedSecret);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);

    QApplication::clipboard()->clear();
    QTest::mouseClick(find<QToolButton>(page, "copySecretButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), receiver.sharedSecret);

    QTest::mouseClick(find<QToolButton>(page, "regenerateSecretButton"), Qt::LeftButton);
    const QString regenerated = edit->text();
    QVERIFY(regenerated != receiver.sharedSecret);
    QVERIFY(!secret::check(regenerated));
    QVERIFY(page.form()->isDirty());
    QCOMPARE(stored(store, receiver.id).sharedSecret, receiver.sharedSecret); // not until saved

    // A typed secret is checked by the core's rule.
    retype(edit, QStringLiteral("whsec_tooShort"));
    QVERIFY(find<FieldErrorLabel>(page, "secretError")->isVisible());
    QVERIFY(!find<QPushButton>(page, "saveButton")->isEnabled());
    QVERIFY(!find<QPushButton>(page, "rotateSecretButton")->isEnabled());
    page.form()->undoStack()->undo(); // back to the regenerated one
    QCOMPARE(edit->text(), regenerated);

    QTest::mouseClick(find<QPushButton>(page, "saveButton"), Qt::LeftButton);
    const Receiver after = stored(store, receiver.id);
    QCOMPARE(after.sharedSecret, regenerated);
    QVERIFY(after.previousSecret.isEmpty()); // a regenerated secret replaces the old one at once
}

void TestReceiverForm::secretRotationKeepsOldOneInGrace()
{
    TestStore store;
    const Receiver receiver = store.makeReceiver(QStringLiteral("rotate"));
    ReceiversPage page(hookboard::test::consoleContextFor(store));
    QVERIFY(hookboard::test::showAndWait(page));
    auto *edit = find<QLineEdit>(page, "secretEdit");
    auto *grace = find<QComboBox>(page, "rotateGraceCombo");
    auto *rotate = find<QPushButton>(page, "rotateSecretButton");
    QVERIFY(rotate->isVisible());
    // Beside the buttons, in words: what each does to a receiver's deliveries.
    auto *hint = find<QLabel>(page, "secretButtonsHint");
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QLatin1String("Regenerate")) &&
            hint->text().contains(QLatin1String("Rotate now")));

    // An unsaved name change survives the rotation, which is stored at once.
    retype(find<QLineEdit>(page, "nameEdit"), QStringLiteral("Still editing"));
    grace->setCurrentIndex(grace->findData(qint64(24) * 3600 * 1000));
    QTest::mouseClick(rotate, Qt::LeftButton);
    Receiver after = stored(store, receiver.id);
    QVERIFY(after.sharedSecret != receiver.sharedSecret);
    QVERIFY(!secret::check(after.sharedSecret));
    QCOMPARE(after.previousSecret, receiver.sharedSecret);
    QCOMPARE(after.previousSecretExpiresAtMs, store.clock().nowMs() + 24LL * 3600 * 1000);
    QCOMPARE(after.name, receiver.name);
    QCOMPARE(edit->text(), after.sharedSecret);
    QVERIFY(find<QLabel>(page, "previousSecretNote")->isVisible());
    QCOMPARE(page.form()->draft().value().name, QStringLiteral("Still editing"));

    // The rotation moved the etag; saving the name must not see that as someone else's change.
    QVERIFY(!hookboard::test::saveRaisesConflict(page));
    after = stored(store, receiver.id);
    QCOMPARE(after.name, QStringLiteral("Still editing"));
    QCOMPARE(after.previousSecret, receiver.sharedSecret);

    // A secret regenerated in the field is the one a rotation stores.
    const QString before = after.sharedSecret;
    QTest::mouseClick(find<QToolButton>(page, "regenerateSecretButton"), Qt::LeftButton);
    const QString chosen = edit->text();
    grace->setCurrentIndex(grace->findData(qint64(0)));
    QTest::mouseClick(rotate, Qt::LeftButton);
    after = stored(store, receiver.id);
    QCOMPARE(after.sharedSecret, chosen);
    QVERIFY(after.previousSecret.isEmpty()); // no grace: the old one stops at once
    QVERIFY(after.sharedSecret != before);
    QVERIFY(!page.form()->isDirty());
}

void TestReceiverForm::staleEtagOpensConflictDialog_data()
{
    QTest::addColumn<int>("choice");
    QTest::newRow("reload") << int(ConflictDialog::Reload);
    QTest::newRow("overwrite") << int(ConflictDialog::Overwrite);
    QTest::newRow("keep editing") << int(ConflictDialog::KeepEditing);
}

void TestReceiverForm::staleEtagOpensConflictDialog()
{
    QFETCH(int, choice);
    TestStore store;
    const Receiver receiver = store.makeReceiver(QStringLiteral("conflict"));
    ReceiversPage page(hookboard::test::consoleContextFor(store));
    QVERIFY(hookboard::test::showAndWait(page));
    auto *name = find<QLineEdit>(page, "nameEdit");
    retype(name, QStringLiteral("Mine"));

    // Meanwhile, through the API:
    ReceiverInput theirs;
    theirs.description = QStringLiteral("changed through the API");
    theirs.expectedResponseCode = 202;
    const Result<Receiver> changed = store.service().updateReceiver(receiver.id, receiver.etag, theirs);
    QVERIFY(changed.ok());
    QTRY_VERIFY(find<QLabel>(page, "changedElsewhereNote")->isVisible());
    QCOMPARE(name->text(), QStringLiteral("Mine")); // the person's edit is kept

    bool asked = false;
    QStringList differences;
    QStringList edited;
    QString storedColumn;
    QString notEdited;
    ConflictDialog::setNextAnswer([&](ConflictDialog &dialog) {
        asked = true;
        differences = dialog.differences();
        edited = dialog.edited();
        storedColumn = dialog.table()->item(1, 2)->text(); // Description, stored version
        notEdited = dialog.table()->item(1, 1)->text();    // Description, the person's edits
        const char *button = choice == ConflictDialog::Reload      ? "conflictReloadButton"
                             : choice == ConflictDialog::Overwrite ? "conflictOverwriteButton"
                                                                   : "conflictKeepEditingButton";
        QTest::mouseClick(find<QPushButton>(dialog, button), Qt::LeftButton);
        return dialog.choice();
    });
    QTest::mouseClick(find<QPushButton>(page, "saveButton"), Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(differences, (QStringList{QStringLiteral("Name"), QStringLiteral("Description"),
                                       QStringLiteral("Expected response code")}));
    QCOMPARE(edited, QStringList{QStringLiteral("Name")});
    QCOMPARE(storedColumn, QStringLiteral("changed through the API"));
    QCOMPARE(notEdited, QStringLiteral("not edited"));

    const Receiver after = stored(store, receiver.id);
    switch (choice) {
    case ConflictDialog::Reload:
        QCOMPARE(after.etag, changed->etag); // nothing written
        QCOMPARE(name->text(), changed->name);
        QCOMPARE(find<QPlainTextEdit>(page, "descriptionEdit")->toPlainText(), theirs.description.value());
        QVERIFY(!page.form()->isDirty());
        break;
    case ConflictDialog::Overwrite:
        QVERIFY(after.etag != changed->etag);
        QCOMPARE(after.name, QStringLiteral("Mine"));
        // Only the field the person edited is written: the API's changes to others stay.
        QCOMPARE(after.description, theirs.description.value());
        QCOMPARE(after.expectedResponseCode, 202);
        QCOMPARE(find<QPlainTextEdit>(page, "descriptionEdit")->toPlainText(), theirs.description.value());
        QVERIFY(!page.form()->isDirty());
        break;
    default:
        QCOMPARE(after.etag, changed->etag);
        QCOMPARE(name->text(), QStringLiteral("Mine"));
        QVERIFY(page.form()->isDirty());
        QVERIFY(find<QLabel>(page, "changedElsewhereNote")->isVisible());
        break;
    }
}

void TestReceiverForm::deletedElsewhereLeavesTheForm()
{
    TestStore store;
    const Receiver receiver = store.makeReceiver(QStringLiteral("gone"));
    ReceiversPage page(hookboard::test::consoleContextFor(store));
    QVERIFY(hookboard::test::showAndWait(page));
    retype(find<QLineEdit>(page, "nameEdit"), QStringLiteral("Edited"));
    // Deleted by someone else: the list moves on, and so does the form, without asking about edits
    // that can no longer be saved.
    QVERIFY(store.service().deleteReceiver(receiver.id, receiver.etag).ok());
    QTRY_VERIFY(find<QLabel>(page, "receiversEmptyNote")->isVisible());
    QVERIFY(!page.form()->isEditing());
}

void TestReceiverForm::serviceRefusalIsShown()
{
    // Everything the form checks as it is typed passes, but the service also needs to know who
    // creates the receiver: with no operator name it refuses, and the form says so by field and rule.
    TestStore store;
    ReceiversPage page(hookboard::test::consoleContextFor(store, QString()));
    QVERIFY(hookboard::test::showAndWait(page));
    QTest::mouseClick(find<QPushButton>(page, "newReceiverButton"), Qt::LeftButton);
    QTest::keyClicks(find<QLineEdit>(page, "nameEdit"), QStringLiteral("Nobody's"));
    QTest::keyClicks(find<QLineEdit>(page, "urlEdit"), QStringLiteral("https://nobody.example.com/"));
    auto *formError = find<FieldErrorLabel>(page, "formError");
    QVERIFY(!formError->isVisible());
    QTest::mouseClick(find<QPushButton>(page, "saveButton"), Qt::LeftButton);
    QCOMPARE(store.rowCount(QStringLiteral("receivers")), 0);
    QVERIFY(formError->isVisible());
    QCOMPARE(formError->rules(), QStringList{QStringLiteral("required")});
    QVERIFY(formError->text().contains(QLatin1String("createdBy")));
    QVERIFY(page.form()->isNew());
    // The next edit answers it: the message is about a version that no longer is.
    QTest::keyClicks(find<QLineEdit>(page, "nameEdit"), QStringLiteral("!"));
    QVERIFY(!formError->isVisible());
}

// SPEC §2's per-receiver settings, set in the form: saved, checked by the core's rules as they are
// typed, undone like any field, and a concurrent re-enable is not undone by saving them.
void TestReceiverForm::deliverySettingsAreEditedLikeEveryField()
{
    TestStore store;
    const Receiver receiver = store.makeReceiver(QStringLiteral("settings"));
    ReceiversPage page(hookboard::test::consoleContextFor(store));
    QVERIFY(hookboard::test::showAndWait(page));
    auto *ordered = find<QCheckBox>(page, "orderedCheck");
    auto *inFlight = find<QSpinBox>(page, "maxInFlightSpin");
    auto *timeout = find<QSpinBox>(page, "timeoutSpin");
    auto *schedule = find<QLineEdit>(page, "retryScheduleEdit");
    auto *save = find<QPushButton>(page, "saveButton");
    QVERIFY(!ordered->isChecked());
    QCOMPARE(inFlight->value(), 0); // "Default"
    QVERIFY(inFlight->text().startsWith(QLatin1String("Default")));
    QVERIFY(schedule->text().isEmpty());

    // Out of range: the core's rule, under the field, and Save refuses.
    inFlight->setFocus();
    inFlight->selectAll();
    QTest::keyClicks(inFlight, QStringLiteral("80"));
    auto *inFlightError = find<FieldErrorLabel>(page, "maxInFlightError");
    QTRY_VERIFY(inFlightError->isVisible());
    QVERIFY(inFlightError->text().contains(QLatin1String("64")));
    QVERIFY(!save->isEnabled());
    inFlight->selectAll();
    QTest::keyClicks(inFlight, QStringLiteral("3"));
    QVERIFY(!inFlightError->isVisible());

    // A schedule that is not a list of delays cannot be saved; one that is, is read with its units.
    retype(schedule, QStringLiteral("10s, 5x"));
    auto *scheduleError = find<FieldErrorLabel>(page, "retryScheduleError");
    QVERIFY(scheduleError->isVisible());
    QVERIFY2(scheduleError->text().contains(QLatin1String("step 2"), Qt::CaseInsensitive),
             qPrintable(scheduleError->text()));
    QVERIFY(!save->isEnabled());
    retype(schedule, QStringLiteral("10s, 1m, 1h30m"));
    QVERIFY(!scheduleError->isVisible());
    retype(schedule, QStringLiteral("10s, 0s"));
    QTRY_VERIFY(scheduleError->isVisible()); // the core's range rule now, for step 2
    QVERIFY(scheduleError->text().contains(QLatin1String("86400")) ||
            scheduleError->text().contains(QLatin1String("between")));
    retype(schedule, QStringLiteral("10s, 1m, 1h30m"));
    // On the box itself: a check box as wide as its column only takes clicks on its box and text.
    QTest::mouseClick(ordered, Qt::LeftButton, {}, QPoint(8, ordered->height() / 2));
    QVERIFY(ordered->isChecked());
    timeout->setFocus();
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("20"));
    QVERIFY(save->isEnabled());

    // Meanwhile the receiver is disabled elsewhere; saving the settings leaves that alone.
    ReceiverInput off;
    off.active = false;
    QVERIFY(store.service().updateReceiver(receiver.id, receiver.etag, off).ok());
    bool asked = false;
    QStringList edited;
    ConflictDialog::setNextAnswer([&](ConflictDialog &dialog) {
        asked = true;
        edited = dialog.edited();
        QTest::mouseClick(find<QPushButton>(dialog, "conflictOverwriteButton"), Qt::LeftButton);
        return dialog.choice();
    });
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(edited, QStringList{QStringLiteral("Delivery")});
    const Receiver after = stored(store, receiver.id);
    QCOMPARE(after.delivery.ordered, true);
    QCOMPARE(after.delivery.maxInFlight, std::optional<int>(3));
    QCOMPARE(after.delivery.timeoutMs, std::optional<int>(20000));
    QCOMPARE(after.delivery.retrySchedule, std::optional<QList<int>>(QList<int>{10, 60, 5400}));
    QCOMPARE(after.active, false);
    QCOMPARE(schedule->text(), QStringLiteral("10s, 1m, 1h30m"));

    // Undo goes back step by step through the settings, like any field.
    QUndoStack *undo = page.form()->undoStack();
    QVERIFY(undo->canUndo());
    undo->undo(); // the timeout
    QCOMPARE(page.form()->draft().value().delivery.timeoutMs, std::nullopt);
    QCOMPARE(timeout->value(), 0);
    undo->undo(); // ordered
    QVERIFY(!ordered->isChecked());
}

// The four settings are four fields: saving one over a concurrent change of another keeps both; a
// timeout stored in milliseconds is not rounded by showing it; a schedule being typed with a
// mistake stays while another field is edited.
void TestReceiverForm::deliverySettingsKeepWhatOthersChanged()
{
    TestStore store;
    const Receiver made = store.makeReceiver(QStringLiteral("merge"));
    ReceiverInput precise;
    precise.delivery = DeliverySettings{false, std::nullopt, 1500, std::nullopt};
    const Receiver receiver = *store.service().updateReceiver(made.id, made.etag, precise);
    ReceiversPage page(hookboard::test::consoleContextFor(store));
    QVERIFY(hookboard::test::showAndWait(page));
    auto *schedule = find<QLineEdit>(page, "retryScheduleEdit");
    auto *scheduleError = find<FieldErrorLabel>(page, "retryScheduleError");

    retype(schedule, QStringLiteral("10s, 5x"));
    QVERIFY(scheduleError->isVisible());
    retype(find<QLineEdit>(page, "nameEdit"), QStringLiteral("merge, renamed"));
    QCOMPARE(schedule->text(), QStringLiteral("10s, 5x")); // not replaced by the draft's
    QVERIFY(scheduleError->isVisible());
    QVERIFY(!find<QPushButton>(page, "saveButton")->isEnabled());
    retype(schedule, QStringLiteral("30s"));

    // Meanwhile, through the API: another setting.
    ReceiverInput theirs;
    theirs.delivery = DeliverySettings{false, 5, 1500, std::nullopt};
    QVERIFY(store.service().updateReceiver(receiver.id, receiver.etag, theirs).ok());
    ConflictDialog::setNextAnswer([&](ConflictDialog &dialog) {
        QTest::mouseClick(find<QPushButton>(dialog, "conflictOverwriteButton"), Qt::LeftButton);
        return dialog.choice();
    });
    QTest::mouseClick(find<QPushButton>(page, "saveButton"), Qt::LeftButton);
    const Receiver after = stored(store, receiver.id);
    QCOMPARE(after.name, QStringLiteral("merge, renamed"));
    QCOMPARE(after.delivery.retrySchedule, std::optional<QList<int>>(QList<int>{30}));
    QCOMPARE(after.delivery.maxInFlight, std::optional<int>(5));
    QCOMPARE(after.delivery.timeoutMs, std::optional<int>(1500));
}

QTEST_MAIN(TestReceiverForm)
#include "tst_receiverform.moc"
