// Start-up costs, as ratios within one run (these machines are shared and
// noisy). Not part of ctest: run build/tests/bench_startup by hand.
//   full     the main window with its article, timeline and clip panel
//   noclip   the same window's widgets without the clip panel's share
//   panel    the clip panel alone, poster and all, as the window builds it
//   player   the first ClipPlayer, which is what Play adds
#include "app/LanguageController.h"
#include "app/MainWindow.h"
#include "core/BundleLoader.h"
#include "ui/ClipPanel.h"
#include "ui/EmbeddedFonts.h"
#include "ui/player/ClipPlayer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace hope::core;
using namespace hope::ui;
using namespace hope::app;

class BenchStartup : public QObject
{
    Q_OBJECT

private:
    Article m_article;

    static void settle()
    {
        for (int i = 0; i < 3; ++i) QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        EmbeddedFonts::ensureRegistered();
        const BundleLoadResult r = BundleLoader::loadFile(BundleLoader::embeddedBundlePath());
        QVERIFY(r.ok());
        m_article = *r.article;
    }

    void mainWindow()
    {
        LanguageController languages;
        languages.apply(Language::Chinese);
        QBENCHMARK
        {
            MainWindow w(&languages, nullptr);
            w.setArticle(m_article);
            w.show();
            settle();
        }
    }

    void clipPanelAlone()
    {
        QBENCHMARK
        {
            ClipPanel panel;
            panel.setClip(m_article.clip, Language::Chinese);
            panel.resize(360, 520);
            panel.show();
            settle();
        }
    }

    void ratios()
    {
        // Interleaved runs, medians, so that load on the machine hits both.
        LanguageController languages;
        languages.apply(Language::Chinese);
        QList<qint64> full, panel;
        for (int i = 0; i < 15; ++i) {
            QElapsedTimer t;
            t.start();
            {
                MainWindow w(&languages, nullptr);
                w.setArticle(m_article);
                w.show();
                settle();
            }
            full << t.nsecsElapsed();
            t.restart();
            {
                ClipPanel p;
                p.setClip(m_article.clip, Language::Chinese);
                p.resize(360, 520);
                p.show();
                settle();
            }
            panel << t.nsecsElapsed();
        }
        std::sort(full.begin(), full.end());
        std::sort(panel.begin(), panel.end());
        const double f = full.at(7) / 1e6;
        const double p = panel.at(7) / 1e6;
        qInfo(
            "window with panel %.1f ms, panel alone %.1f ms, window without panel ~%.1f ms, "
            "panel share %.0f %%",
            f, p, f - p, 100.0 * p / f);

        QElapsedTimer t;
        t.start();
        auto *player = new ClipPlayer;
        player->setSource(QUrl(QStringLiteral("qrc:/article/clip/hope-clip.webm")));
        const double first = t.nsecsElapsed() / 1e6;
        delete player;
        qInfo("first ClipPlayer (what Play adds): %.1f ms = %.1fx the whole window's start", first,
              first / f);
    }
};

QTEST_MAIN(BenchStartup)
#include "bench_startup.moc"
