#pragma once

#include <QIcon>
#include <functional>

class QPainter;
class QRectF;

namespace hookboard {

// An icon drawn by code at whatever size and device pixel ratio it is shown at, so it is as sharp
// on a 2× or 3× screen as on a 1× one (a QIcon of fixed-size pixmaps is scaled up there).
// paint draws into rect with an antialiased painter; a disabled icon is drawn faded.
QIcon paintedIcon(std::function<void(QPainter &painter, const QRectF &rect)> paint);

} // namespace hookboard
