#include "eventstatusstyle.h"

#include "widgets/paintedicon.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

namespace hookboard {

namespace {

struct Shades
{
    QRgb onLight;
    QRgb onDark;
};

// Each pair keeps a contrast above 4.5:1 against white and against the dark theme's #1f2124.
Shades shadesOf(EventStatus status)
{
    switch (status) {
    case EventStatus::Pending:
        return {0x0a5fc2, 0x6cb0ff};
    case EventStatus::Sending:
        return {0x7a3fd1, 0xc2a0ff};
    case EventStatus::Retrying:
        return {0x8a5a00, 0xe8b84a};
    case EventStatus::Succeeded:
        return {0x1a7f37, 0x5fd07a};
    case EventStatus::Failed:
        return {0xc62828, 0xff8a80};
    case EventStatus::Cancelled:
        return {0x5f6670, 0xa3a9b0};
    }
    return {0x000000, 0xffffff};
}

// The glyph of a status, drawn in a unit box (0..1) so it scales with the icon.
QPainterPath glyphOf(EventStatus status)
{
    QPainterPath path;
    switch (status) {
    case EventStatus::Succeeded: // a check mark
        path.moveTo(0.28, 0.52);
        path.lineTo(0.44, 0.68);
        path.lineTo(0.73, 0.36);
        break;
    case EventStatus::Failed: // a cross
        path.moveTo(0.33, 0.33);
        path.lineTo(0.67, 0.67);
        path.moveTo(0.67, 0.33);
        path.lineTo(0.33, 0.67);
        break;
    case EventStatus::Retrying: // clock hands: waiting for the next attempt
        path.moveTo(0.5, 0.27);
        path.lineTo(0.5, 0.52);
        path.lineTo(0.68, 0.62);
        break;
    case EventStatus::Sending: // an arrow: on its way
        path.moveTo(0.28, 0.5);
        path.lineTo(0.72, 0.5);
        path.moveTo(0.55, 0.33);
        path.lineTo(0.72, 0.5);
        path.lineTo(0.55, 0.67);
        break;
    case EventStatus::Pending: // three dots: queued
        for (const double x : {0.3, 0.5, 0.7}) {
            path.moveTo(x, 0.5);
            path.lineTo(x + 0.001, 0.5);
        }
        break;
    case EventStatus::Cancelled: // a dash: stopped
        path.moveTo(0.3, 0.5);
        path.lineTo(0.7, 0.5);
        break;
    }
    return path;
}

// The status's disc with its glyph, in square (drawn at any size: see paintedIcon).
void paintIcon(QPainter &painter, const QRectF &square, EventStatus status, const QColor &fill)
{
    const qreal size = square.width();
    painter.translate(square.topLeft());
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(size / 32, size / 32, size - size / 16, size - size / 16));
    // The glyph takes the colour that stands out on the fill: white on the darker light-theme
    // shades, near-black on the lighter dark-theme ones.
    const QColor ink = fill.lightness() > 150 ? QColor(0x1f, 0x21, 0x24) : QColor(Qt::white);
    painter.setBrush(Qt::NoBrush);
    painter.scale(size, size); // the glyph is drawn in a unit box, so the pen width is a fraction too
    painter.setPen(QPen(ink, 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(glyphOf(status));
}

} // namespace

QList<EventStatus> EventStatusStyle::all()
{
    return {EventStatus::Pending,   EventStatus::Sending, EventStatus::Retrying,
            EventStatus::Succeeded, EventStatus::Failed,  EventStatus::Cancelled};
}

QString EventStatusStyle::label(EventStatus status)
{
    switch (status) {
    case EventStatus::Pending:
        return QCoreApplication::translate("EventStatusStyle", "Pending");
    case EventStatus::Sending:
        return QCoreApplication::translate("EventStatusStyle", "Sending");
    case EventStatus::Retrying:
        return QCoreApplication::translate("EventStatusStyle", "Retrying");
    case EventStatus::Succeeded:
        return QCoreApplication::translate("EventStatusStyle", "Succeeded");
    case EventStatus::Failed:
        return QCoreApplication::translate("EventStatusStyle", "Failed");
    case EventStatus::Cancelled:
        return QCoreApplication::translate("EventStatusStyle", "Cancelled");
    }
    return {};
}

bool EventStatusStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor EventStatusStyle::color(EventStatus status, const QPalette &palette)
{
    const Shades shades = shadesOf(status);
    return QColor(isDark(palette) ? shades.onDark : shades.onLight);
}

QIcon EventStatusStyle::icon(EventStatus status, const QPalette &palette)
{
    // Painted once per status and theme: data() asks for it for every visible row on every repaint.
    static QHash<int, QIcon> cache;
    const bool dark = isDark(palette);
    const int key = int(status) * 2 + (dark ? 1 : 0);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    const QColor fill = color(status, palette);
    const QIcon icon = paintedIcon([status, fill](QPainter &painter, const QRectF &square) {
        paintIcon(painter, square, status, fill);
    });
    cache.insert(key, icon);
    return icon;
}

} // namespace hookboard
