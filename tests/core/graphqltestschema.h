#pragma once

#include "graphql/schema.h"

#include <QStringList>

// A small library schema (books, authors, an enum, input objects, a mutation and a JSON scalar)
// shared by the GraphQL engine tests. Every resolver counts its calls, so the limit tests can prove
// that refused documents never ran.
class LibraryFixture
{
public:
    LibraryFixture()
    {
        using namespace hookboard;
        using namespace hookboard::graphql;
        m_books = {book(QStringLiteral("1"), QStringLiteral("Dune"), QStringLiteral("SCIFI"), 1965,
                        QStringLiteral("a1")),
                   book(QStringLiteral("2"), QStringLiteral("The Hobbit"), QStringLiteral("FANTASY"), 1937,
                        QStringLiteral("a2")),
                   book(QStringLiteral("3"), QStringLiteral("Children of Dune"), QStringLiteral("SCIFI"),
                        1976, QStringLiteral("a1"))};

        schema.addScalar(
            QStringLiteral("JSON"), [](const Value &v) -> Result<Value> { return v; },
            [](const Value &v) -> Result<Value> { return Value::fromRawJson(v.toJson()); },
            QStringLiteral("Any JSON value, passed through as written."),
            QStringLiteral("https://www.rfc-editor.org/rfc/rfc8259"));

        TypeDef &genre = schema.addEnum(QStringLiteral("Genre"), QStringLiteral("What a book is about."));
        genre.value(QStringLiteral("FANTASY"), QStringLiteral("Dragons and such."));
        genre.value(QStringLiteral("SCIFI"));
        genre.value(QStringLiteral("HISTORY")).deprecationReason = QStringLiteral("Use NONFICTION.");
        genre.value(QStringLiteral("NONFICTION"));

        TypeDef &author = schema.addObject(QStringLiteral("Author"));
        author.field(QStringLiteral("id"), QStringLiteral("ID!"), counted({}));
        author.field(QStringLiteral("name"), QStringLiteral("String!"), counted({}));
        author.field(QStringLiteral("books"), QStringLiteral("[Book!]!"),
                     counted([this](const ResolveContext &c) -> Result<Value> {
                         QList<Value> out;
                         for (const Value &b : m_books) {
                             if (b.member(QStringLiteral("authorId"))->toString() ==
                                 c.parent.member(QStringLiteral("id"))->toString())
                                 out.append(b);
                         }
                         return Value::fromList(out);
                     }));

        TypeDef &bookType = schema.addObject(QStringLiteral("Book"), QStringLiteral("A book on the shelf."));
        bookType.field(QStringLiteral("id"), QStringLiteral("ID!"), counted({}));
        bookType.field(QStringLiteral("title"), QStringLiteral("String!"), counted({}),
                       QStringLiteral("The title."));
        bookType.field(QStringLiteral("genre"), QStringLiteral("Genre"), counted({}));
        bookType.field(QStringLiteral("year"), QStringLiteral("Int"), counted({}));
        bookType.field(QStringLiteral("tags"), QStringLiteral("[String!]!"),
                       counted([](const ResolveContext &c) -> Result<Value> {
                           const Value *t = c.parent.member(QStringLiteral("tags"));
                           return t ? *t : Value::fromList({});
                       }));
        bookType.field(QStringLiteral("metadata"), QStringLiteral("JSON"), counted({}));
        bookType.field(QStringLiteral("author"), QStringLiteral("Author"),
                       counted([](const ResolveContext &c) -> Result<Value> {
                           const QString id = c.parent.member(QStringLiteral("authorId"))->toString();
                           const QString name = id == QLatin1String("a1")
                                                    ? QStringLiteral("Frank Herbert")
                                                    : QStringLiteral("J. R. R. Tolkien");
                           return Value::fromObject({{QStringLiteral("id"), Value::fromString(id)},
                                                     {QStringLiteral("name"), Value::fromString(name)}});
                       }));
        bookType
            .field(QStringLiteral("isbn"), QStringLiteral("String"),
                   counted([](const ResolveContext &) -> Result<Value> {
                       return Error::notFound(QStringLiteral("ISBN"), 7, QStringLiteral("isbn"));
                   }))
            .deprecated();
        bookType
            .field(QStringLiteral("publisher"), QStringLiteral("String!"),
                   counted([](const ResolveContext &) -> Result<Value> { return Value(); }))
            .deprecated(QStringLiteral("Not tracked."));

        TypeDef &filter = schema.addInputObject(QStringLiteral("BookFilter"));
        filter.inputField(QStringLiteral("genre"), QStringLiteral("Genre"));
        filter.inputField(QStringLiteral("minYear"), QStringLiteral("Int"), Value::fromInt(0));
        filter.inputField(QStringLiteral("titles"), QStringLiteral("[String!]"));

        TypeDef &details = schema.addInputObject(QStringLiteral("BookDetailsInput"));
        details.inputField(QStringLiteral("pages"), QStringLiteral("Int"));
        details.inputField(QStringLiteral("metadata"), QStringLiteral("JSON"));
        details.inputField(QStringLiteral("tags"), QStringLiteral("[String!]"));

        TypeDef &add = schema.addInputObject(QStringLiteral("AddBookInput"), QStringLiteral("A new book."));
        add.inputField(QStringLiteral("title"), QStringLiteral("String!"));
        add.inputField(QStringLiteral("authorId"), QStringLiteral("ID!"));
        add.inputField(QStringLiteral("genre"), QStringLiteral("Genre"),
                       Value::fromEnum(QStringLiteral("FANTASY")));
        add.inputField(QStringLiteral("details"), QStringLiteral("BookDetailsInput"));

        TypeDef &query = schema.addObject(QStringLiteral("Query"));
        query
            .field(QStringLiteral("books"), QStringLiteral("[Book!]!"),
                   counted([this](const ResolveContext &c) -> Result<Value> {
                       QList<Value> out;
                       const Value *f = c.argument(QStringLiteral("filter"));
                       const qint64 first = c.argument(QStringLiteral("first"))->toInt();
                       for (const Value &b : m_books) {
                           if (f && !f->isNull()) {
                               const Value *g = f->member(QStringLiteral("genre"));
                               if (g && !g->isNull() &&
                                   g->toString() != b.member(QStringLiteral("genre"))->toString())
                                   continue;
                               if (b.member(QStringLiteral("year"))->toInt() <
                                   f->member(QStringLiteral("minYear"))->toInt())
                                   continue;
                               const Value *titles = f->member(QStringLiteral("titles"));
                               if (titles && !titles->isNull() &&
                                   !titles->items().contains(*b.member(QStringLiteral("title"))))
                                   continue;
                           }
                           if (out.size() < first)
                               out.append(b);
                       }
                       return Value::fromList(out);
                   }))
            .arg(QStringLiteral("filter"), QStringLiteral("BookFilter"))
            .arg(QStringLiteral("first"), QStringLiteral("Int"), Value::fromInt(10),
                 QStringLiteral("At most this many."));
        query
            .field(QStringLiteral("book"), QStringLiteral("Book"),
                   counted([this](const ResolveContext &c) -> Result<Value> {
                       for (const Value &b : m_books) {
                           if (*b.member(QStringLiteral("id")) == *c.argument(QStringLiteral("id")))
                               return b;
                       }
                       return Value();
                   }))
            .arg(QStringLiteral("id"), QStringLiteral("ID!"));
        query
            .field(QStringLiteral("echo"), QStringLiteral("JSON"),
                   counted([](const ResolveContext &c) -> Result<Value> {
                       const Value *v = c.argument(QStringLiteral("value"));
                       return v ? *v : Value();
                   }))
            .arg(QStringLiteral("value"), QStringLiteral("JSON"));
        query.field(QStringLiteral("payload"), QStringLiteral("JSON!"),
                    counted([](const ResolveContext &) -> Result<Value> {
                        return Value::fromRawJson("{\"big\":12345678901234567890,\"f\":1.50}");
                    }));
        query
            .field(QStringLiteral("echoInput"), QStringLiteral("String!"),
                   counted([](const ResolveContext &c) -> Result<Value> {
                       return Value::fromString(
                           QString::fromUtf8(c.argument(QStringLiteral("input"))->toJson()));
                   }))
            .arg(QStringLiteral("input"), QStringLiteral("AddBookInput!"));
        query
            .field(QStringLiteral("echoInt"), QStringLiteral("Int"),
                   counted([](const ResolveContext &c) -> Result<Value> {
                       const Value *v = c.argument(QStringLiteral("value"));
                       return v ? *v : Value();
                   }))
            .arg(QStringLiteral("value"), QStringLiteral("Int"));

        TypeDef &mutation = schema.addObject(QStringLiteral("Mutation"));
        mutation
            .field(QStringLiteral("addBook"), QStringLiteral("Book!"),
                   counted([this](const ResolveContext &c) -> Result<Value> {
                       const Value *in = c.argument(QStringLiteral("input"));
                       Value b = book(QString::number(m_books.size() + 1),
                                      in->member(QStringLiteral("title"))->toString(),
                                      in->member(QStringLiteral("genre"))->toString(), 2024,
                                      in->member(QStringLiteral("authorId"))->toString());
                       m_books.append(b);
                       return b;
                   }))
            .arg(QStringLiteral("input"), QStringLiteral("AddBookInput!"));
        mutation
            .field(QStringLiteral("appendLog"), QStringLiteral("[String!]!"),
                   counted([this](const ResolveContext &c) -> Result<Value> {
                       log.append(c.argument(QStringLiteral("entry"))->toString());
                       QList<Value> out;
                       for (const QString &e : log)
                           out.append(Value::fromString(e));
                       return Value::fromList(out);
                   }))
            .arg(QStringLiteral("entry"), QStringLiteral("String!"));
        schema.setMutationType(QStringLiteral("Mutation"));
    }
    LibraryFixture(const LibraryFixture &) = delete;
    LibraryFixture &operator=(const LibraryFixture &) = delete;

    hookboard::graphql::Schema schema;
    int resolverCalls = 0;
    QStringList log;

private:
    static hookboard::graphql::Value book(const QString &id, const QString &title, const QString &genre,
                                          int year, const QString &authorId)
    {
        using hookboard::graphql::Value;
        return Value::fromObject({{QStringLiteral("id"), Value::fromString(id)},
                                  {QStringLiteral("title"), Value::fromString(title)},
                                  {QStringLiteral("genre"), Value::fromEnum(genre)},
                                  {QStringLiteral("year"), Value::fromInt(year)},
                                  {QStringLiteral("authorId"), Value::fromString(authorId)}});
    }

    hookboard::graphql::Resolver counted(hookboard::graphql::Resolver inner)
    {
        using namespace hookboard::graphql;
        return [this, inner](const ResolveContext &c) -> hookboard::Result<Value> {
            ++resolverCalls;
            if (inner)
                return inner(c);
            const Value *m = c.parent.member(c.fieldName);
            return m ? *m : Value();
        };
    }

    QList<hookboard::graphql::Value> m_books;
};
