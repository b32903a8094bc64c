#pragma once

#include "consolecontext.h"
#include "transfer/configimport.h"

#include <QObject>

class QAction;
class QWidget;

namespace hookboard {

// Moving a configuration between data folders from the console: export this Hookboard's receivers
// and subscriptions to a file (secrets only when asked), and import such a file after a preview
// of what it changes. Reads and file work run on the StoreReader's thread; the import itself is
// written through the service in one transaction, as every console change is.
class ConfigTransfer : public QObject
{
    Q_OBJECT
public:
    ConfigTransfer(const ConsoleContext &context, QWidget *parent);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

signals:
    // What happened, for the page to show.
    void message(const QString &text, bool isError);

private:
    void exportConfiguration();
    void importConfiguration();
    void preview(const ImportPlan &plan, const QString &path);
    QWidget *window() const;

    ConsoleContext m_context;
    QAction *m_export;
    QAction *m_import;
};

// A file dialog that is the same widget on every desktop (tests drive it): save or open.
QString chooseTransferFile(QWidget *parent, bool save, const QString &title, const QString &suggestedName,
                           const QString &nameFilter);

} // namespace hookboard
