#pragma once

#include "model/receiver.h"

#include <QDialog>
#include <functional>

class QTableWidget;

namespace hookboard {

// Shown when a save finds the receiver changed since the form loaded it (ETAG_MISMATCH): the
// person's edits beside the stored version, and the choice to take the stored version or to write
// the edited fields (only those) over it.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice
    {
        KeepEditing, // close the dialog; the form stays as it is
        Reload,      // discard the form's changes and load the stored version
        Overwrite    // save the fields the form edited over the stored version
    };
    using Script = std::function<Choice(ConflictDialog &dialog)>;

    // base: what the form loaded; mine: the form now; stored: the newer stored version.
    ConflictDialog(const Receiver &base, const Receiver &mine, const Receiver &stored,
                   QWidget *parent = nullptr);

    // Shows the dialog and returns the person's choice; when a test has scripted the next answer,
    // builds the dialog, hands it to the script and returns its answer instead of blocking in exec().
    static Choice ask(const Receiver &base, const Receiver &mine, const Receiver &stored, QWidget *parent);
    static void setNextAnswer(Script script);

    Choice choice() const { return m_choice; }
    QTableWidget *table() const { return m_table; }
    // The fields that differ, by their labels ("URL", "Custom headers"...).
    QStringList differences() const { return m_differences; }
    // The fields the person edited, which saving writes.
    QStringList edited() const { return m_edited; }

private:
    void finish(Choice choice);
    static Script &nextAnswer();

    QTableWidget *m_table;
    QStringList m_differences;
    QStringList m_edited;
    Choice m_choice = KeepEditing;
};

} // namespace hookboard
