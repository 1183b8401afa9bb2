#include "TestArticle.h"
#include "core/ModelRoles.h"
#include "core/VocabularyModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hope::core;
using namespace Qt::StringLiterals;

namespace {

VocabularyWord word(const QString &text, const QString &block = u"s1-p1"_s)
{
    return {text, u"pīnyīn"_s, u"meaning"_s, u"一句话。"_s, block, QDateTime::currentDateTimeUtc()};
}

}  // namespace

// The words kept as a list model: each word once, in the order kept, with
// its roles; checked by Qt's model tester throughout.
class TestVocabularyModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keepsEachWordOnce()
    {
        VocabularyModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &VocabularyModel::edited);
        QVERIFY(model.add(word(u"奥运会"_s)));
        QVERIFY(model.add(word(u"希望"_s)));
        QVERIFY(!model.add(word(u"奥运会"_s)));
        QVERIFY(!model.add(word(QString())));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(edited.size(), 2);
        QVERIFY(model.contains(u"希望"_s));
        QVERIFY(model.remove(0));
        QVERIFY(!model.remove(5));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(ModelRoles::VocabularyWordRole).toString(), u"希望"_s);
        QCOMPARE(edited.size(), 3);
        model.setWords({word(u"光"_s)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(edited.size(), 3);  // Loading is not an edit.
    }

    void roles()
    {
        VocabularyModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Article article = embeddedArticle();
        model.setArticle(article);
        const QString block = article.sections.at(1).blocks.at(0).id;
        model.add(word(u"奥运会"_s, block));
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(Qt::DisplayRole).toString(), u"奥运会 pīnyīn — meaning"_s);
        QCOMPARE(row.data(ModelRoles::VocabularyPinyinRole).toString(), u"pīnyīn"_s);
        QCOMPARE(row.data(ModelRoles::VocabularyMeaningRole).toString(), u"meaning"_s);
        QCOMPARE(row.data(ModelRoles::VocabularySentenceRole).toString(), u"一句话。"_s);
        QCOMPARE(row.data(ModelRoles::VocabularyBlockRole).toString(), block);
        // The paragraph's place, named as the notes name it.
        const QString place = row.data(ModelRoles::VocabularyPlaceRole).toString();
        QVERIFY2(place.contains(article.sections.at(1).number), qPrintable(place));
        // Bundle text is never offered as a tooltip, which guesses rich text.
        QVERIFY(!row.data(Qt::ToolTipRole).isValid());
    }
};

QTEST_GUILESS_MAIN(TestVocabularyModel)
#include "tst_vocabularymodel.moc"
