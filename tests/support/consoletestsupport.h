#pragma once

// For GUI tests only (they link hookboard_ui): the ConsoleContext a page gets, over a TestStore.

#include "consolecontext.h"
#include "testsupport.h"

namespace hookboard::test {

inline ConsoleContext consoleContextFor(TestStore &store,
                                        const QString &operatorName = QStringLiteral("tester"))
{
    ConsoleContext context;
    context.service = &store.service();
    context.store = &store.store();
    context.clock = &store.clock();
    context.dataDir = store.dataDir();
    context.operatorName = operatorName;
    return context;
}

} // namespace hookboard::test
