#pragma once

#include <QString>

namespace hookboard {

// The console's colour scheme: the desktop's own, or Fusion in light or dark, so the console is
// pleasant where the desktop's style has no dark variant (and screenshots can show both).
class Theme
{
public:
    enum Kind
    {
        System,
        Light,
        Dark
    };

    // Applies kind to the whole application. The desktop's style and palette are remembered the
    // first time, so System brings them back.
    static void apply(Kind kind);
    static Kind current();
    // "system", "light", "dark" as kept in settings.ini; anything else is System.
    static Kind fromKey(const QString &key);
    static QString key(Kind kind);
};

} // namespace hookboard
