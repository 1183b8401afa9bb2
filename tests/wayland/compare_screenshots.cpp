// compare_screenshots A.png B.png MAX_PERCENT
// Compares two screenshots of the reader pixel by pixel: the share of
// pixels whose colour differs by more than a small tolerance in any
// channel (anti-aliasing and subpixel rounding may differ between
// platforms; a panel in another place or a missing word does not hide
// in it). Prints the share and the bounding box of what differs; exits 1
// if the sizes differ or the share is over MAX_PERCENT, 2 on bad input.
#include <QCoreApplication>
#include <QImage>
#include <QRect>
#include <QTextStream>

#include <cstdlib>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: compare_screenshots A.png B.png MAX_PERCENT\n";
        return 2;
    }
    const QImage a = QImage(args.at(1)).convertToFormat(QImage::Format_RGB32);
    const QImage b = QImage(args.at(2)).convertToFormat(QImage::Format_RGB32);
    bool ok = false;
    const double maxPercent = args.at(3).toDouble(&ok);
    if (a.isNull() || b.isNull() || !ok) {
        QTextStream(stderr) << "compare_screenshots: cannot read "
                            << (a.isNull()   ? args.at(1)
                                : b.isNull() ? args.at(2)
                                             : args.at(3))
                            << '\n';
        return 2;
    }
    if (a.size() != b.size()) {
        out << "sizes differ: " << a.width() << 'x' << a.height() << " and " << b.width() << 'x'
            << b.height() << '\n';
        return 1;
    }
    constexpr int kTolerance = 24;  // of 255, per channel
    qint64 differing = 0;
    QRect box;
    for (int y = 0; y < a.height(); ++y) {
        const auto *lineA = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *lineB = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = lineA[x];
            const QRgb q = lineB[x];
            if (std::abs(qRed(p) - qRed(q)) > kTolerance ||
                std::abs(qGreen(p) - qGreen(q)) > kTolerance ||
                std::abs(qBlue(p) - qBlue(q)) > kTolerance) {
                ++differing;
                box |= QRect(x, y, 1, 1);
            }
        }
    }
    const double percent = 100.0 * double(differing) / (double(a.width()) * a.height());
    out << a.width() << 'x' << a.height() << ": " << differing << " pixels differ ("
        << QString::number(percent, 'f', 3) << " %, at most " << maxPercent << " %)";
    if (differing > 0)
        out << " within " << box.x() << ',' << box.y() << ' ' << box.width() << 'x' << box.height();
    out << '\n';
    return percent <= maxPercent ? 0 : 1;
}
