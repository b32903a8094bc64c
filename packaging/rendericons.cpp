// Renders the application's SVG icon to the hicolor theme's PNG sizes at build time (Qt's SVG
// image plugin draws it), so the PNGs never drift from the SVG and none is kept in git.
// Usage: hookboard_render_icons SVG OUTDIR SIZE... ; writes OUTDIR/SIZExSIZE/apps/NAME.png.
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fputs("usage: hookboard_render_icons SVG OUTDIR NAME SIZE...\n", stderr);
        return 2;
    }
    for (const QString &sizeText : args.mid(4)) {
        const int size = sizeText.toInt();
        QImageReader reader(args[1]);
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (image.isNull() || image.width() != size) {
            std::fprintf(stderr, "hookboard_render_icons: %s at %d px: %s\n", qPrintable(args[1]), size,
                         qPrintable(reader.errorString()));
            return 1;
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args[2]).arg(size);
        QDir().mkpath(dir);
        if (!image.save(dir + QLatin1Char('/') + args[3] + QStringLiteral(".png"))) {
            std::fprintf(stderr, "hookboard_render_icons: cannot write into %s\n", qPrintable(dir));
            return 1;
        }
    }
    return 0;
}
