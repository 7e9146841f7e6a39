// Renders the app's SVG icon into installer/windows/floorbridge.ico (16–256 px, PNG entries) through Qt's SVG image
// plugin, so no icon tool is needed. Not part of the build; run it again in this folder when the icon changes:
//   g++ -std=c++17 -fPIC make-ico.cpp $(pkg-config --cflags --libs Qt6Gui) -o /tmp/make-ico
//   QT_QPA_PLATFORM=offscreen /tmp/make-ico ../../resources/icons/io.floorbridge.Floorbridge.svg floorbridge.ico
#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QtEndian>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        qWarning("usage: make-ico ICON.svg OUT.ico");
        return 2;
    }
    const QString in = QString::fromLocal8Bit(argv[1]), out = QString::fromLocal8Bit(argv[2]);
    QList<QByteArray> pngs;
    QList<int> sizes{16, 24, 32, 48, 64, 128, 256};
    for (int s : sizes) {
        QImageReader r(in);
        r.setScaledSize(QSize(s, s));
        QImage img = r.read().convertToFormat(QImage::Format_ARGB32);
        if (img.isNull()) {
            qFatal("cannot read %s: %s", argv[1], qPrintable(r.errorString()));
        }
        QByteArray png;
        QBuffer b(&png);
        b.open(QIODevice::WriteOnly);
        img.save(&b, "PNG");
        pngs << png;
    }
    QByteArray ico;
    auto u16 = [&](quint16 v) {
        char c[2];
        qToLittleEndian(v, c);
        ico.append(c, 2);
    };
    auto u32 = [&](quint32 v) {
        char c[4];
        qToLittleEndian(v, c);
        ico.append(c, 4);
    };
    u16(0);
    u16(1);
    u16(quint16(sizes.size()));
    quint32 offset = 6 + 16 * sizes.size();
    for (int i = 0; i < sizes.size(); ++i) {
        ico.append(char(sizes[i] == 256 ? 0 : sizes[i]));
        ico.append(char(sizes[i] == 256 ? 0 : sizes[i]));
        ico.append(char(0));
        ico.append(char(0));
        u16(1);
        u16(32);
        u32(quint32(pngs[i].size()));
        u32(offset);
        offset += pngs[i].size();
    }
    for (const QByteArray &p : pngs)
        ico.append(p);
    QFile f(out);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    f.write(ico);
    return 0;
}
