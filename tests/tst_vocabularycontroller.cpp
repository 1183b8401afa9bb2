#include "TestArticle.h"
#include "app/VocabularyController.h"
#include "core/ReadingSession.h"
#include "core/VocabularyFile.h"
#include "core/VocabularyModel.h"
#include "ui/VocabularyPanel.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListView>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hope::core;
using hope::app::VocabularyController;
using namespace Qt::StringLiterals;

namespace {

VocabularyWord word(const QString &text, const QString &block = u"s1-p1"_s)
{
    return {text, u"pīnyīn"_s, u"meaning"_s, u"一句。"_s, block, QDateTime::currentDateTimeUtc()};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

// The words kept, on disk per article, in their window and for Anki.
class TestVocabularyController final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void keptWordsAreSavedAndReadBack()
    {
        const Article article = embeddedArticle();
        const QString path = VocabularyFile::pathFor(article);
        {
            QWidget window;
            ReadingSession session;
            session.setArticle(article);
            VocabularyController vocabulary(&session, &window, true);
            QVERIFY(vocabulary.model()->add(word(u"奥运会"_s)));
            // Saved a moment later, not on every change.
            QTRY_VERIFY(QFileInfo::exists(path));
            QVERIFY(vocabulary.model()->add(word(u"希望"_s)));
        }  // The one waiting is saved as the controller goes.
        QWidget window;
        ReadingSession session;
        session.setArticle(article);
        VocabularyController again(&session, &window, true);
        QCOMPARE(again.model()->rowCount(), 2);
        QCOMPARE(again.model()->words().at(1).word, u"希望"_s);
    }

    void anotherArticleKeepsItsOwnWords()
    {
        const Article first = embeddedArticle();
        Article second = first;
        second.meta.title.zh = u"另一篇"_s;
        QWidget window;
        ReadingSession session;
        session.setArticle(first);
        VocabularyController vocabulary(&session, &window, true);
        vocabulary.model()->add(word(u"奥运会"_s));
        session.setArticle(second);
        QCOMPARE(vocabulary.model()->rowCount(), 0);
        // The first article's word went to its own file at once.
        const VocabularyFile::Read read = VocabularyFile::read(VocabularyFile::pathFor(first));
        QCOMPARE(read.words.size(), 1);
        QVERIFY(!QFileInfo::exists(VocabularyFile::pathFor(second)));
    }

    void aCorruptFileIsAnEmptyListAndAMessage()
    {
        const Article article = embeddedArticle();
        const QString path = VocabularyFile::pathFor(article);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"hope-reader-vocabulary\", \"version\": 1, \"words\": [7]}");
        broken.close();
        QWidget window;
        ReadingSession session;
        session.setArticle(article);
        VocabularyController persistent(&session, &window, true);
        QCOMPARE(persistent.model()->rowCount(), 0);
        // Said in a box naming the file, which does not hold the window up.
        QMessageBox *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY2(box->text().contains(path), qPrintable(box->text()));
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QVERIFY(!box->isModal() || box->windowModality() != Qt::ApplicationModal);
        const QStringList aside =
            QDir(QFileInfo(path).absolutePath()).entryList({u"*.unreadable-*"_s}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY(readFile(QFileInfo(path).absolutePath() + u'/' + aside.first())
                    .contains("\"words\": [7]"));
        // The list starts empty and is saved afresh, the broken one kept.
        QVERIFY(persistent.model()->add(word(u"光"_s)));
        persistent.flush();
        QTRY_COMPARE(VocabularyFile::read(path).words.size(), 1);
    }

    void exportedForAnki()
    {
        QWidget window;
        ReadingSession session;
        session.setArticle(embeddedArticle());
        VocabularyController vocabulary(&session, &window, false);
        vocabulary.model()->add(word(u"奥运会"_s));
        QSignalSpy message(&vocabulary, &VocabularyController::message);
        QTemporaryDir dir;
        const QString tsv = dir.filePath(u"words.tsv"_s);
        QVERIFY(vocabulary.exportTo(tsv));
        QVERIFY(readFile(tsv).contains("\n奥运会\tpīnyīn\tmeaning\t"));
        QCOMPARE(message.size(), 1);
        QVERIFY(message.first().first().toString().contains(tsv));
        // A folder is refused and said.
        QVERIFY(!vocabulary.exportTo(dir.path()));
        QCOMPARE(message.size(), 2);
    }

    void theWindowGoesToTheParagraph()
    {
        QWidget window;
        ReadingSession session;
        const Article article = embeddedArticle();
        session.setArticle(article);
        VocabularyController vocabulary(&session, &window, false);
        const QString block = article.sections.at(2).blocks.at(0).id;
        vocabulary.model()->add(word(u"希望"_s, block));
        vocabulary.showAction()->trigger();
        QVERIFY(vocabulary.window()->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(vocabulary.window()));
        QSignalSpy jumped(&session, &ReadingSession::navigationRequested);
        QTest::keyClick(vocabulary.panel()->list(), Qt::Key_Return);
        QCOMPARE(jumped.size(), 1);
        QCOMPARE(jumped.first().first().value<ReadingPosition>().blockId, block);
        QTest::keyClick(vocabulary.window(), Qt::Key_Escape);
        QVERIFY(!vocabulary.window()->isVisible());
        QVERIFY(!vocabulary.showAction()->isChecked());
    }
};

QTEST_MAIN(TestVocabularyController)
#include "tst_vocabularycontroller.moc"
