#include "storecopy.h"

#include "database.h"
#include "datadir.h"
#include "sqlquery.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <climits>
#include <map>

namespace hookboard {

namespace {

// The messages of this file, under the context "StoreCopy".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)
};

struct TableSpec
{
    QString name;
    QString key; // the primary key: pages are read in its order
};

// Every table of the schema (migrations.cpp), parents before the rows that point at them, so that
// each foreign key finds its row already copied.
const QList<TableSpec> &tables()
{
    static const QList<TableSpec> list{
        {QStringLiteral("users"), QStringLiteral("id")},
        {QStringLiteral("receivers"), QStringLiteral("id")},
        {QStringLiteral("receiver_headers"), QStringLiteral("id")},
        {QStringLiteral("receiver_health"), QStringLiteral("receiver_id")},
        {QStringLiteral("subscriptions"), QStringLiteral("id")},
        {QStringLiteral("changes"), QStringLiteral("id")},
        {QStringLiteral("events"), QStringLiteral("id")},
        {QStringLiteral("attempts"), QStringLiteral("id")},
        {QStringLiteral("settings"), QStringLiteral("key")},
    };
    return list;
}

// PostgreSQL's own bookkeeping table (the schema version), made by opening the target.
const QString kSchemaTable = QStringLiteral("hookboard_schema");

// A batch holding more than this (attempt bodies can be large) is written before it has batchRows
// rows, so that neither Hookboard nor the statement it sends grows without bound.
constexpr qsizetype kBatchBytes = 16 * 1024 * 1024;

// How a value goes into its PostgreSQL column. SQLite keeps what it was given (a body may come back
// as text, a text as bytes); PostgreSQL's columns say what each must be.
enum class Kind
{
    Other, // integers: as they are
    Text,
    Bytes,
};

struct Column
{
    QString name;
    Kind kind = Kind::Other;
};

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

QString columnList(const QList<Column> &columns)
{
    QStringList names;
    for (const Column &column : columns)
        names << quoted(column.name);
    return names.join(QStringLiteral(", "));
}

QVariant converted(const QVariant &value, Kind kind)
{
    if (value.isNull())
        return QVariant();
    switch (kind) {
    case Kind::Bytes: {
        QByteArray bytes = value.toByteArray();
        // An empty body is an empty byte string, never NULL.
        return bytes.isNull() ? QByteArray("") : bytes;
    }
    case Kind::Text: {
        QString text = value.typeId() == QMetaType::QByteArray ? QString::fromUtf8(value.toByteArray())
                                                               : value.toString();
        return text.isNull() ? QStringLiteral("") : text;
    }
    case Kind::Other:
        break;
    }
    return value;
}

qsizetype sizeOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return value.toByteArray().size();
    case QMetaType::QString:
        return value.toString().size() * 2;
    default:
        return 8;
    }
}

Result<qint64> countRows(Database &db, const QString &table)
{
    SqlQuery query(db.connection(), QStringLiteral("SELECT count(*) FROM ") + quoted(table));
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

// The target's columns of table, in order, with the kind each needs.
Result<QList<Column>> targetColumns(Database &target, const QString &table)
{
    SqlQuery query(target.connection(),
                   QStringLiteral("SELECT column_name, data_type FROM information_schema.columns "
                                  "WHERE table_schema = current_schema() AND table_name = :table "
                                  "ORDER BY ordinal_position"));
    query.bind(QStringLiteral(":table"), table);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Column> columns;
    while (query.next()) {
        const QString type = query.value(1).toString();
        const Kind kind = type == QLatin1String("bytea")  ? Kind::Bytes
                          : type == QLatin1String("text") ? Kind::Text
                                                          : Kind::Other;
        columns.append({query.value(0).toString(), kind});
    }
    return columns;
}

Result<QSet<QString>> sourceColumns(Database &source, const QString &table)
{
    SqlQuery query(source.connection(), QStringLiteral("SELECT name FROM pragma_table_info(:table)"));
    query.bind(QStringLiteral(":table"), table);
    if (Status status = query.exec(); !status)
        return status.error();
    QSet<QString> names;
    while (query.next())
        names.insert(query.value(0).toString());
    return names;
}

// Both sides must have the same columns: a column only the SQLite store has would be lost quietly.
Result<QList<Column>> matchedColumns(Database &source, Database &target, const QString &table)
{
    Result<QList<Column>> columns = targetColumns(target, table);
    if (!columns)
        return columns.error();
    Result<QSet<QString>> theirs = sourceColumns(source, table);
    if (!theirs)
        return theirs.error();
    QSet<QString> ours;
    for (const Column &column : *columns)
        ours.insert(column.name);
    if (ours.isEmpty() || ours != *theirs) {
        QStringList sourceNames(theirs->begin(), theirs->end());
        QStringList targetNames(ours.begin(), ours.end());
        sourceNames.sort();
        targetNames.sort();
        return Error::internal(Text::tr("cannot copy the table %1: its columns differ between %2 (%3) and "
                                        "%4 (%5); nothing was copied")
                                   .arg(table, source.filePath(), sourceNames.join(QStringLiteral(", ")),
                                        target.filePath(), targetNames.join(QStringLiteral(", "))));
    }
    return columns;
}

// The highest id SQLite's AUTOINCREMENT ever gave in table (0 when none): higher than any row left
// when the newest rows were deleted, and never to be given again.
Result<qint64> highestIdGiven(Database &source, const QString &table)
{
    SqlQuery query(source.connection(),
                   QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = :table"));
    query.bind(QStringLiteral(":table"), table);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

// The target's multi-row INSERTs, prepared once per table and row count and reused. They outlive
// the copy's transaction: inside one that failed, PostgreSQL cannot free them.
using Inserts = std::map<std::pair<QString, int>, std::unique_ptr<QSqlQuery>>;

// The rows of one table, read from the source a page at a time in key order and written to the
// target in multi-row INSERTs.
class TableCopy
{
public:
    TableCopy(Database &source, Database &target, const TableSpec &spec, QList<Column> columns, int batchRows,
              Inserts &inserts)
        : m_source(source), m_target(target), m_spec(spec), m_columns(std::move(columns)),
          m_batchRows(batchRows), m_inserts(inserts)
    {}

    // The rows copied.
    Result<qint64> run();
    // The key of the last row copied: the highest, since pages come in key order.
    QVariant lastKey() const { return m_lastKey; }

private:
    Status flush();
    Result<QSqlQuery *> insertFor(int rows);

    Database &m_source;
    Database &m_target;
    const TableSpec &m_spec;
    QList<Column> m_columns;
    int m_batchRows;
    QList<QVariantList> m_pending;
    qsizetype m_pendingBytes = 0;
    qint64 m_copied = 0;
    QVariant m_lastKey;
    Inserts &m_inserts;
};

Result<qint64> TableCopy::run()
{
    const QString select =
        QStringLiteral("SELECT %1 FROM %2 ").arg(columnList(m_columns), quoted(m_spec.name));
    const QString order = QStringLiteral(" ORDER BY %1 LIMIT :limit").arg(quoted(m_spec.key));
    SqlQuery firstPage(m_source.connection(), select + order);
    SqlQuery nextPage(m_source.connection(),
                      select + QStringLiteral("WHERE %1 > :after").arg(quoted(m_spec.key)) + order);
    qsizetype keyColumn = 0;
    while (keyColumn < m_columns.size() && m_columns.at(keyColumn).name != m_spec.key)
        ++keyColumn;
    if (keyColumn == m_columns.size())
        return Error::internal(
            Text::tr("cannot copy the table %1: it has no column %2").arg(m_spec.name, m_spec.key));
    for (bool first = true;; first = false) {
        SqlQuery &page = first ? firstPage : nextPage;
        page.bind(QStringLiteral(":limit"), m_batchRows);
        if (!first)
            page.bind(QStringLiteral(":after"), m_lastKey);
        if (Status status = page.exec(); !status)
            return status.error();
        int read = 0;
        while (page.next()) {
            ++read;
            QVariantList row;
            row.reserve(m_columns.size());
            for (qsizetype i = 0; i < m_columns.size(); ++i) {
                row.append(converted(page.value(int(i)), m_columns.at(i).kind));
                m_pendingBytes += sizeOf(row.constLast());
            }
            m_lastKey = page.value(int(keyColumn));
            m_pending.append(std::move(row));
            if (m_pending.size() >= m_batchRows || m_pendingBytes >= kBatchBytes) {
                if (Status written = flush(); !written)
                    return written.error();
            }
        }
        if (read < m_batchRows)
            break;
    }
    if (Status written = flush(); !written)
        return written.error();
    return m_copied;
}

Result<QSqlQuery *> TableCopy::insertFor(int rows)
{
    std::unique_ptr<QSqlQuery> &kept = m_inserts[{m_spec.name, rows}];
    if (kept)
        return kept.get();
    const QString placeholders =
        u'(' + QStringList(m_columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + u')';
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(quoted(m_spec.name), columnList(m_columns)) +
        QStringList(rows, placeholders).join(QStringLiteral(", "));
    auto query = std::make_unique<QSqlQuery>(m_target.connection());
    if (!query->prepare(sql))
        return storeError(QStringLiteral("preparing the insert into %1").arg(m_spec.name),
                          query->lastError().text());
    kept = std::move(query);
    return kept.get();
}

Status TableCopy::flush()
{
    if (m_pending.isEmpty())
        return {};
    Result<QSqlQuery *> insert = insertFor(int(m_pending.size()));
    if (!insert)
        return insert.error();
    QSqlQuery &query = **insert;
    int position = 0;
    for (const QVariantList &row : std::as_const(m_pending)) {
        for (const QVariant &value : row)
            query.bindValue(position++, value);
    }
    if (!query.exec())
        return storeError(QStringLiteral("copying rows into %1 of %2").arg(m_spec.name, m_target.filePath()),
                          query.lastError().text().trimmed());
    query.finish();
    m_copied += m_pending.size();
    m_pending.clear();
    m_pendingBytes = 0;
    return {};
}

// The target, locked against other writers until the copy commits, must hold no rows: kept ids
// would collide with its own, and a store is never merged into another.
Status checkEmpty(Database &target)
{
    QStringList names;
    for (const TableSpec &table : tables())
        names << quoted(table.name);
    if (Status locked = SqlQuery::run(
            target.connection(),
            QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(names.join(QStringLiteral(", "))));
        !locked)
        return locked;
    QStringList holding;
    for (const TableSpec &table : tables()) {
        Result<qint64> rows = countRows(target, table.name);
        if (!rows)
            return rows.error();
        if (*rows > 0)
            holding << table.name;
    }
    if (holding.isEmpty())
        return {};
    return Error::storeUnusable(QStringLiteral("not-empty"),
                                Text::tr("the database %1 is not empty (it holds rows in %2); --migrate-to "
                                         "copies only into an empty database, and nothing was copied")
                                    .arg(target.filePath(), holding.join(QStringLiteral(", "))));
}

// Every table of the target is one the copy knows: a table added to the schema and not to tables()
// would otherwise be left behind without a word.
Status checkTables(Database &target)
{
    SqlQuery query(target.connection(),
                   QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                  "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"));
    if (Status status = query.exec(); !status)
        return status;
    QSet<QString> known{kSchemaTable};
    for (const TableSpec &table : tables())
        known.insert(table.name);
    QStringList unknown;
    while (query.next()) {
        if (!known.contains(query.value(0).toString()))
            unknown << query.value(0).toString();
    }
    if (unknown.isEmpty())
        return {};
    return Error::internal(Text::tr("cannot copy into %1: this Hookboard does not know how to copy the "
                                    "tables %2; nothing was copied")
                               .arg(target.filePath(), unknown.join(QStringLiteral(", "))));
}

// The next id PostgreSQL gives in table comes after every id the SQLite store gave.
Status moveSequence(Database &source, Database &target, const QString &table, qint64 highestCopied)
{
    Result<qint64> given = highestIdGiven(source, table);
    if (!given)
        return given.error();
    const qint64 last = qMax(highestCopied, *given);
    if (last <= 0)
        return {}; // nothing given yet: the sequence starts at 1 as it is
    SqlQuery query(target.connection(),
                   QStringLiteral("SELECT setval(pg_get_serial_sequence(:table, 'id'), :last)"));
    query.bind(QStringLiteral(":table"), table).bind(QStringLiteral(":last"), last);
    return query.exec();
}

// Counts every table on both sides: the copy holds exactly what the store held.
Status verifyCounts(Database &source, Database &target, const CopyReport &report)
{
    for (const CopyReport::Table &table : report.tables) {
        Result<qint64> there = countRows(source, table.name);
        if (!there)
            return there.error();
        Result<qint64> here = countRows(target, table.name);
        if (!here)
            return here.error();
        if (*there != table.rows || *here != table.rows)
            return Error::internal(
                Text::tr("the copy of the table %1 does not match: %2 rows in %3, %4 copied, "
                         "%5 in %6; nothing was copied")
                    .arg(table.name)
                    .arg(*there)
                    .arg(source.filePath())
                    .arg(table.rows)
                    .arg(*here)
                    .arg(target.filePath()));
    }
    return {};
}

QString counted(const QString &table, qint64 rows)
{
    const int n = int(qMin<qint64>(rows, INT_MAX));
    if (table == QLatin1String("users"))
        return Text::tr("%n user(s)", nullptr, n);
    if (table == QLatin1String("receivers"))
        return Text::tr("%n receiver(s)", nullptr, n);
    if (table == QLatin1String("receiver_headers"))
        return Text::tr("%n receiver header(s)", nullptr, n);
    if (table == QLatin1String("receiver_health"))
        return Text::tr("%n receiver health record(s)", nullptr, n);
    if (table == QLatin1String("subscriptions"))
        return Text::tr("%n subscription(s)", nullptr, n);
    if (table == QLatin1String("changes"))
        return Text::tr("%n change(s)", nullptr, n);
    if (table == QLatin1String("events"))
        return Text::tr("%n event(s)", nullptr, n);
    if (table == QLatin1String("attempts"))
        return Text::tr("%n attempt(s)", nullptr, n);
    if (table == QLatin1String("settings"))
        return Text::tr("%n setting(s)", nullptr, n);
    return QStringLiteral("%1 %2").arg(rows).arg(table);
}

} // namespace

qint64 CopyReport::rows(const QString &table) const
{
    for (const Table &copied : tables) {
        if (copied.name == table)
            return copied.rows;
    }
    return 0;
}

QString CopyReport::summary() const
{
    QStringList parts;
    for (const Table &table : tables)
        parts << counted(table.name, table.rows);
    return Text::tr("copied %1; counts verified").arg(parts.join(QStringLiteral(", ")));
}

StoreCopy::StoreCopy(Database &source, Database &target, int batchRows)
    : m_source(source), m_target(target), m_batchRows(qMax(1, batchRows))
{}

Result<CopyReport> StoreCopy::run()
{
    if (m_source.engine() != Engine::SQLite || m_target.engine() != Engine::PostgreSQL)
        return Error::internal(
            Text::tr("a store is copied from SQLite into PostgreSQL only (from %1 into %2)")
                .arg(m_source.filePath(), m_target.filePath()));
    if (Status known = checkTables(m_target); !known)
        return known.error();
    Inserts inserts;
    // The source is read under one snapshot (a transaction that writes nothing); the target is
    // written in one transaction, so a failure anywhere leaves it as it was: empty.
    return m_source.transaction([&]() -> Result<CopyReport> {
        return m_target.transaction([&]() -> Result<CopyReport> {
            if (Status empty = checkEmpty(m_target); !empty)
                return empty.error();
            CopyReport report;
            QList<std::pair<QString, qint64>> highestIds; // per table with an identity column
            for (const TableSpec &table : tables()) {
                Result<QList<Column>> columns = matchedColumns(m_source, m_target, table.name);
                if (!columns)
                    return columns.error();
                TableCopy copy(m_source, m_target, table, std::move(columns).value(), m_batchRows, inserts);
                Result<qint64> rows = copy.run();
                if (!rows)
                    return rows.error();
                report.tables.append({table.name, *rows});
                if (table.key == QLatin1String("id"))
                    highestIds.append({table.name, copy.lastKey().toLongLong()});
            }
            if (Status verified = verifyCounts(m_source, m_target, report); !verified)
                return verified.error();
            // Last, because a rollback does not undo setval(): a copy that failed before here leaves
            // the sequences as they were.
            for (const auto &[table, highest] : std::as_const(highestIds)) {
                if (Status moved = moveSequence(m_source, m_target, table, highest); !moved)
                    return moved.error();
            }
            return report;
        });
    });
}

Result<CopyReport> StoreCopy::migrate(const QString &dataDir, const StoreLocation &target, int batchRows)
{
    if (target.engine() != Engine::PostgreSQL)
        return Error::badInput(QStringLiteral("--migrate-to"), QStringLiteral("postgresql-url"),
                               Text::tr("--migrate-to needs a PostgreSQL database to copy into"));
    const QString file = QDir(dataDir).filePath(QString::fromLatin1(Store::kFileName));
    // Checked before anything else, so that a mistyped --data-dir is not created empty.
    if (!QFileInfo(file).isFile())
        return Error::storeUnusable(
            QStringLiteral("no-store"),
            Text::tr("there is no Hookboard store to copy in %1 (%2 is missing); name the data folder "
                     "with --data-dir")
                .arg(dataDir, file));
    Result<std::unique_ptr<QLockFile>> lock = datadir::lock(dataDir);
    if (!lock)
        return lock.error();
    Result<std::unique_ptr<Database>> source = Database::open(file);
    if (!source)
        return source.error();
    if (Status intact = (*source)->checkIntegrity(); !intact)
        return intact.error();
    Result<std::unique_ptr<Database>> destination = Database::open(target);
    if (!destination)
        return destination.error();
    return StoreCopy(**source, **destination, batchRows).run();
}

} // namespace hookboard
