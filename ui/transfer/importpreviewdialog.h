#pragma once

#include "transfer/configimport.h"

#include <QDialog>

class QTreeWidget;

namespace hookboard {

// What importing a configuration file will change, before anything is written: each receiver of
// the file (new, changed and which fields, or unchanged) with its subscriptions, and a summary.
// Import is offered only when the plan changes something.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPreviewDialog(const ImportPlan &plan, const QString &fileName, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};

} // namespace hookboard
