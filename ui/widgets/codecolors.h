#pragma once

#include <QColor>
#include <QPalette>

namespace hookboard {

// The colours code is highlighted with, picked to read well on the palette's Base colour: one set
// for light backgrounds and one for dark, so switching the theme keeps every token legible.
struct CodeColors
{
    QColor keyword;     // GraphQL keywords, JSON true/false/null
    QColor name;        // GraphQL field and type names after a keyword, JSON member names
    QColor variable;    // $variables, @directives
    QColor string;      // string literals
    QColor number;      // numbers
    QColor comment;     // # comments
    QColor punctuation; // braces, brackets, colons
    QColor error;       // text that says something failed
    QColor success;     // text that says something worked

    static CodeColors forPalette(const QPalette &palette);
    static bool isDark(const QPalette &palette);
};

} // namespace hookboard
