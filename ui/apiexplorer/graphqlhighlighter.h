#pragma once

#include "widgets/codehighlighter.h"

namespace hookboard {

// Highlights GraphQL documents: keywords, type names, $variables and @directives, strings (block
// strings across lines too), numbers and # comments.
class GraphQlHighlighter : public CodeHighlighter
{
    Q_OBJECT
public:
    using CodeHighlighter::CodeHighlighter;

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State
    {
        Normal = 0,
        InBlockString = 1 // inside """ ... """ that began on an earlier line
    };
};

} // namespace hookboard
