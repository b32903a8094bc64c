#pragma once

#include "common/result.h"
#include "model/user.h"

namespace hookboard {

class Database;

// The people and API tokens that appear as createdBy.
class UserStore
{
public:
    explicit UserStore(Database &db) : m_db(db) {}

    // The user with this name, created on first use.
    Result<User> ensure(const QString &name, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace hookboard
