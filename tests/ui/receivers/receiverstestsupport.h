#pragma once

// Shared by the receivers page's GUI tests: clicking cells, and a
// page shown at a realistic size.

#include "consoletestsupport.h"
#include "receivers/conflictdialog.h"

#include <QAbstractItemView>
#include <QPushButton>
#include <QTest>
#include <QWidget>

namespace hookboard::test {

inline void clickCell(QAbstractItemView *view, const QModelIndex &index,
                      Qt::MouseButton button = Qt::LeftButton)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), button, {}, view->visualRect(index).center());
}

inline bool showAndWait(QWidget &widget)
{
    widget.resize(1180, 760);
    widget.show();
    return QTest::qWaitForWindowExposed(&widget);
}

// Clicks Save on page and tells whether a conflict dialog was asked for (it is answered "keep
// editing", so a save that conflicts stores nothing).
inline bool saveRaisesConflict(const QWidget &page)
{
    bool asked = false;
    ConflictDialog::setNextAnswer([&](ConflictDialog &) {
        asked = true;
        return ConflictDialog::KeepEditing;
    });
    QTest::mouseClick(find<QPushButton>(page, "saveButton"), Qt::LeftButton);
    ConflictDialog::setNextAnswer({});
    return asked;
}

} // namespace hookboard::test
