#pragma once

#include "common/result.h"
#include "storelocation.h"

#include <QList>
#include <QString>

namespace hookboard {

class Database;

// What a copy moved: the rows of each table, in the order they were copied.
struct CopyReport
{
    struct Table
    {
        QString name;
        qint64 rows = 0;
    };
    QList<Table> tables;

    // The rows copied into table (0 for a table the copy does not know).
    qint64 rows(const QString &table) const;
    // "copied 3 receivers, 2 receiver headers, …; counts verified": what hookboard --migrate-to prints.
    QString summary() const;
};

// Copies a data folder's SQLite store into an empty PostgreSQL database (hookboard --migrate-to):
// every table of the schema, every id kept, inside one PostgreSQL transaction, so that a failure
// anywhere leaves the target without a single row. Each identity sequence is then moved past the
// highest id the SQLite store ever gave, and every table is counted on both sides before commit.
class StoreCopy
{
public:
    static constexpr int kBatchRows = 1000;

    // source is an SQLite store, target a PostgreSQL one (its schema made by opening it). Rows are
    // read a page of batchRows at a time, in key order, and written batchRows to a statement.
    StoreCopy(Database &source, Database &target, int batchRows = kBatchRows);

    Result<CopyReport> run();

    // The whole command: takes the data folder (refused while another Hookboard holds it), opens
    // its store and the target (creating the target's schema), and copies.
    static Result<CopyReport> migrate(const QString &dataDir, const StoreLocation &target,
                                      int batchRows = kBatchRows);

private:
    Database &m_source;
    Database &m_target;
    int m_batchRows;
};

} // namespace hookboard
