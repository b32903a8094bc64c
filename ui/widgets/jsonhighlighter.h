#pragma once

#include "codehighlighter.h"

namespace hookboard {

// Highlights JSON: member names, strings, numbers, true/false/null and punctuation. Works on any
// text, valid or not, so a half-typed variables object is coloured as far as it goes.
class JsonHighlighter : public CodeHighlighter
{
    Q_OBJECT
public:
    using CodeHighlighter::CodeHighlighter;

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace hookboard
