// The code highlighters: GraphQL documents and JSON coloured for the light or the dark palette.
#include "apiexplorer/graphqlhighlighter.h"
#include "widgets/codecolors.h"
#include "widgets/jsonhighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace hookboard;

namespace {

// The colour of the character at offset of the document's line.
QColor colourAt(QTextDocument &document, int line, int offset)
{
    const QTextBlock block = document.findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (offset >= range.start && offset < range.start + range.length)
            return range.format.foreground().color();
    }
    return {};
}

} // namespace

class TestCodeHighlighters : public QObject
{
    Q_OBJECT

private slots:
    void jsonHighlighting()
    {
        QTextDocument document(QStringLiteral("{\n  \"name\": \"x\",\n  \"n\": 12, \"ok\": true\n}"));
        auto *highlighter = new JsonHighlighter(&document);
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        const CodeColors colours = CodeColors::forPalette(light);
        highlighter->setColors(colours);
        QCOMPARE(colourAt(document, 1, 3), colours.name);
        QCOMPARE(colourAt(document, 1, 11), colours.string);
        QCOMPARE(colourAt(document, 2, 8), colours.number);
        QCOMPARE(colourAt(document, 2, 18), colours.keyword);

        // Dark base, dark set: every token colour changes with it.
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
        const CodeColors darkColours = CodeColors::forPalette(dark);
        QVERIFY(darkColours.name != colours.name);
        highlighter->setColors(darkColours);
        QCOMPARE(colourAt(document, 1, 3), darkColours.name);
    }

    void graphqlHighlighting()
    {
        QTextDocument document(QStringLiteral(
            "# Create\nmutation M($input: CreateWebhookReceiverInput!) {\n  f(a: \"s\", n: 3) @skip(if: "
            "false)\n  \"\"\"block\nstill block\"\"\" g\n}"));
        auto *highlighter = new GraphQlHighlighter(&document);
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        const CodeColors c = CodeColors::forPalette(light);
        highlighter->setColors(c);
        QCOMPARE(colourAt(document, 0, 2), c.comment);
        QCOMPARE(colourAt(document, 1, 0), c.keyword);   // mutation
        QCOMPARE(colourAt(document, 1, 11), c.variable); // $input
        QCOMPARE(colourAt(document, 1, 19), c.name);     // CreateWebhookReceiverInput
        QCOMPARE(colourAt(document, 2, 2), QColor());    // a field name keeps the text colour
        QCOMPARE(colourAt(document, 2, 7), c.string);
        QCOMPARE(colourAt(document, 2, 15), c.number);
        QCOMPARE(colourAt(document, 2, 19), c.variable); // @skip
        QCOMPARE(colourAt(document, 3, 5), c.string);    // a block string ...
        QCOMPARE(colourAt(document, 4, 2), c.string);    // ... across lines
        QCOMPARE(colourAt(document, 4, 15), QColor());   // and after it, a field again
    }
};

QTEST_MAIN(TestCodeHighlighters)
#include "tst_codehighlighters.moc"
