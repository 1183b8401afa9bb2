// Time to first pinyin, as ratios within one run (these machines are shared
// and noisy). Not part of ctest: run build/tests/bench_pinyin by hand.
//   sources  PinyinDictionary read from the word list and Unihan
//   index    the same from the index the first left in the cache
//   shown    Show Pinyin on the article (a fresh converter, the index
//            cached): loading, reading every word, spacing the lines and
//            drawing, until the view has painted
//   retypeset the same view typeset again at another width, pinyin on
//            and the converter loaded: what the view costs without loading
#include "core/ArticleDocumentBuilder.h"
#include "core/BundleLoader.h"
#include "core/PinyinConverter.h"
#include "core/PinyinDictionary.h"
#include "ui/ArticleView.h"
#include "ui/EmbeddedFonts.h"

#include <QElapsedTimer>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace hope::core;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

}  // namespace

class BenchPinyin : public QObject
{
    Q_OBJECT

private:
    Article m_article;
    QTemporaryDir m_cache;

    void make(hope::ui::ArticleView &view, std::shared_ptr<PinyinConverter> converter)
    {
        Typography t;
        t.chinese = {hope::ui::EmbeddedFonts::serif(18, Language::Chinese),
                     hope::ui::EmbeddedFonts::serif(18, Language::Chinese)};
        t.english = {hope::ui::EmbeddedFonts::serif(18, Language::English),
                     hope::ui::EmbeddedFonts::serif(18, Language::English)};
        view.setTypography(t);
        view.setPinyinConverter(std::move(converter));
        view.resize(1100, 700);
        view.setArticle(m_article, Language::Chinese);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        hope::ui::EmbeddedFonts::ensureRegistered();
        const BundleLoadResult r = BundleLoader::loadFile(BundleLoader::embeddedBundlePath());
        QVERIFY(r.ok());
        m_article = *r.article;
        QVERIFY(m_cache.isValid());
    }

    void ratios()
    {
        PinyinDictionary::Sources fromSources;
        fromSources.cache = QString();
        PinyinDictionary::Sources fromIndex;
        fromIndex.cache = m_cache.filePath(QStringLiteral("pinyin.index"));
        QVERIFY(PinyinDictionary::load(fromIndex).ok());

        QList<double> sources, index, shown, retypeset;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer t;
            t.start();
            QVERIFY(!PinyinDictionary::load(fromSources).fromCache);
            sources << t.nsecsElapsed() / 1e6;
            t.restart();
            QVERIFY(PinyinDictionary::load(fromIndex).fromCache);
            index << t.nsecsElapsed() / 1e6;

            hope::ui::ArticleView view;
            make(view, std::make_shared<PinyinConverter>(fromIndex));
            view.viewport()->repaint();
            t.restart();
            view.setPinyinShown(true);
            view.viewport()->repaint();
            shown << t.nsecsElapsed() / 1e6;
            t.restart();
            view.resize(1000, 700);
            QCoreApplication::processEvents();
            view.viewport()->repaint();
            retypeset << t.nsecsElapsed() / 1e6;
        }
        const double s = median(sources), x = median(index), v = median(shown),
                     r = median(retypeset);
        qInfo("dictionary from the sources %.1f ms, from the index %.1f ms (%.1fx faster)", s, x,
              s / x);
        qInfo(
            "Show Pinyin, fresh converter, index cached: %.1f ms; the view typeset again at "
            "another width with pinyin: %.1f ms (%.2fx)",
            v, r, v / r);
    }
};

QTEST_MAIN(BenchPinyin)
#include "bench_pinyin.moc"
