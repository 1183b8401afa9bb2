// The "Cannot open bundle" dialog shows a stranger's bundle text as text:
// no image is loaded from a path in it, no link in it is live.
#include "ui/BundleProblemDialog.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace hope::ui;

class TestBundleProblemDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void markupInProblems_staysText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A loud red picture: if any part of the dialog rendered the markup,
        // its pixels would be on screen.
        const QString picture = dir.filePath(QStringLiteral("red.png"));
        QImage red(120, 60, QImage::Format_RGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(picture));
        const QString img = QStringLiteral("<img src=\"%1\">").arg(picture);
        const QString link = QStringLiteral("<a href=\"http://127.0.0.1:9/x\">click</a>");
        const QStringList problems{
            QStringLiteral("bundle.json: milestones[0].category: unknown category \"%1\"").arg(img),
            QStringLiteral("bundle.json: eras[0].id: %1").arg(link),
            QStringLiteral("bundle.json: third <b>bold</b>"),
        };
        BundleProblemDialog box(QStringLiteral("The bundle <i>%1</i> cannot be opened.").arg(img),
                                problems);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        const QImage shot = box.grab().toImage().convertToFormat(QImage::Format_RGB32);
        int redPixels = 0;
        for (int y = 0; y < shot.height(); ++y) {
            for (int x = 0; x < shot.width(); ++x) redPixels += shot.pixel(x, y) == qRgb(255, 0, 0);
        }
        QCOMPARE(redPixels, 0);
        // Every label shows the markup as typed, with no live link.
        QStringList shown;
        for (QLabel *label : box.findChildren<QLabel *>()) {
            QCOMPARE(label->textFormat(), Qt::PlainText);
            QVERIFY(!label->openExternalLinks());
            shown << label->text();
        }
        const QString all = shown.join(u'\n');
        QVERIFY2(all.contains(img), qPrintable(all));
        QVERIFY(all.contains(link));
        QVERIFY(all.contains(QStringLiteral("<b>bold</b>")));
        // The details hold every problem, as plain text.
        auto *details = box.findChild<QTextEdit *>();
        QVERIFY(details);
        QCOMPARE(details->toPlainText(), problems.join(u'\n'));
    }

    void manyProblems_showAFew_andSayHowManyMore()
    {
        QStringList problems;
        for (int i = 0; i < 50; ++i) problems << QStringLiteral("bundle.json: problem %1").arg(i);
        BundleProblemDialog box(QStringLiteral("Cannot."), problems);
        QString informative;
        for (QLabel *label : box.findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("problem 0")))
                informative = label->text();
        }
        QVERIFY(informative.contains(QStringLiteral("problem 2")));
        QVERIFY(!informative.contains(QStringLiteral("problem 3")));
        QVERIFY2(informative.contains(QStringLiteral("47 more")), qPrintable(informative));
        // Problems the loader only counted are counted here too.
        BundleProblemDialog counted(QStringLiteral("Cannot."), problems, 1000);
        QString told;
        for (QLabel *label : counted.findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("problem 0")))
                told = label->text();
        }
        QVERIFY2(told.contains(QStringLiteral("1047 more")), qPrintable(told));
    }
};

QTEST_MAIN(TestBundleProblemDialog)
#include "tst_bundleproblemdialog.moc"
