#pragma once

#include <QString>

namespace hookboard {

// Who made an object: the local operator (OS user name) or an API token's name.
struct User
{
    qint64 id = 0;
    QString name;

    friend bool operator==(const User &, const User &) = default;
};

} // namespace hookboard
