#include "paintedicon.h"

#include <QIconEngine>
#include <QPainter>
#include <QPixmap>

namespace hookboard {

namespace {

class PaintedIconEngine : public QIconEngine
{
public:
    explicit PaintedIconEngine(std::function<void(QPainter &, const QRectF &)> paint)
        : m_paint(std::move(paint))
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (mode == QIcon::Disabled)
            painter->setOpacity(painter->opacity() * 0.4);
        // A square in the middle of rect: icons keep their proportions in wide cells.
        const int side = std::min(rect.width(), rect.height());
        const QRectF square(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0,
                            side, side);
        m_paint(*painter, square);
        painter->restore();
    }

    // size is in device pixels already (QIcon multiplies by the device pixel ratio before asking).
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

    QIconEngine *clone() const override { return new PaintedIconEngine(m_paint); }

    QString key() const override { return QStringLiteral("hookboard-painted"); }

private:
    std::function<void(QPainter &, const QRectF &)> m_paint;
};

} // namespace

QIcon paintedIcon(std::function<void(QPainter &painter, const QRectF &rect)> paint)
{
    return QIcon(new PaintedIconEngine(std::move(paint)));
}

} // namespace hookboard
