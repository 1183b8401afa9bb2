#include "core/BundleLoader.h"
#include "core/MilestoneModel.h"
#include "core/ReadingSession.h"
#include "ui/MilestoneCard.h"

#include <QAccessible>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace hope::core;
using namespace hope::ui;

class TestMilestoneCard : public QObject
{
    Q_OBJECT

private:
    // The embedded article's milestones, loaded once for every test.
    MilestoneModel m_model;
    Article m_article;

private slots:
    void initTestCase()
    {
        const BundleLoadResult r = BundleLoader::loadFile(BundleLoader::embeddedBundlePath());
        QVERIFY(r.ok());
        m_model.setArticle(*r.article);
        m_article = *r.article;
    }

    // A panel to assistive technology, not a frame: Orca read "frame" as
    // if the card were a window.
    void isAPanelToAScreenReader()
    {
        MilestoneCard card;
        QAccessibleInterface *pane = QAccessible::queryAccessibleInterface(&card);
        QVERIFY(pane);
        QCOMPARE(pane->role(), QAccessible::Pane);
        // With no milestone chosen its hint is said once, by its label, not
        // again as the panel's description (Orca read it twice).
        QCOMPARE(pane->text(QAccessible::Description), QString());
        bool hintShown = false;
        for (const QLabel *label : card.findChildren<QLabel *>())
            hintShown |= label->text().startsWith(u"Click a milestone on the timeline");
        QVERIFY(hintShown);
    }

    // The card marks the category with the marker's own shape, as the
    // timeline and its legend do: the film a cross, not a dot.
    void marksTheCategoryWithItsMarkerShape()
    {
        m_model.setLanguage(Language::English);
        MilestoneCard card;
        card.resize(300, 220);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        card.setMilestone(m_model.index(m_model.rowOf(QStringLiteral("m-film-release")), 0));
        const QLabel *category = nullptr;
        const QLabel *mark = nullptr;
        for (const QLabel *l : card.findChildren<QLabel *>()) {
            if (l->text() == u"Film")
                category = l;
            if (!l->pixmap().isNull())
                mark = l;
        }
        QVERIFY(category && category->isVisible());
        QVERIFY(mark && mark->isVisible());
        const QImage image = mark->pixmap().toImage();
        const int side = image.width();
        QVERIFY(side > 8);
        const QColor colour = category->palette().color(QPalette::WindowText);
        // Solid at the centre and on the arms; empty between the arms, where
        // a dot (or any other shape but the cross) would be filled.
        const auto at = [&image, side](qreal x, qreal y) {
            return image.pixelColor(int(side / 2.0 + x * side), int(side / 2.0 + y * side));
        };
        QCOMPARE(at(0, 0).rgb(), colour.rgb());
        QCOMPARE(at(0.25, 0).rgb(), colour.rgb());
        QCOMPARE(at(0, -0.25).rgb(), colour.rgb());
        QCOMPARE(at(0.24, 0.24).alpha(), 0);
        QCOMPARE(at(-0.24, -0.24).alpha(), 0);
    }

    void showsTheMilestone_andReadRequestsIt()
    {
        MilestoneModel &model = m_model;
        model.setLanguage(Language::English);
        MilestoneCard card;
        card.resize(300, 220);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        auto *read = card.findChild<QPushButton *>(QStringLiteral("readInArticle"));
        QVERIFY(read);
        QVERIFY(!read->isVisible());

        card.setMilestone(model.index(model.rowOf(QStringLiteral("m-3d-tracking")), 0));
        QStringList texts;
        for (const QLabel *l : card.findChildren<QLabel *>()) texts << l->text();
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(u"2019"), qPrintable(all));
        QVERIFY(!all.contains(u"January 2019"));  // never more precise than the source
        QVERIFY(all.contains(
            u"Alibaba Cloud and Intel launch AI-powered 3D athlete tracking technology"));
        QVERIFY(all.contains(u"Technology"));
        QVERIFY(read->isVisible());

        QSignalSpy activated(&card, &MilestoneCard::milestoneActivated);
        QTest::mouseClick(read, Qt::LeftButton);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("m-3d-tracking"));

        // Following the reading language.
        model.setLanguage(Language::Chinese);
        texts.clear();
        for (const QLabel *l : card.findChildren<QLabel *>()) texts << l->text();
        QVERIFY(texts.join(u'\n').contains(u"阿里云与英特尔发布人工智能3D运动员跟踪技术"));
    }
    // The card shows the milestone the session selects, found by its id,
    // in the session's language; a new article clears it.
    void followsTheSessionsSelection_byId()
    {
        ReadingSession session;
        MilestoneModel model;
        model.follow(&session);
        MilestoneCard card;
        card.follow(&session, &model);
        session.setArticle(m_article);
        session.setLanguage(Language::English);
        const int index = m_article.milestoneIndex(QStringLiteral("m-pyeongchang-pavilion"));
        QVERIFY(index >= 0);
        QVERIFY(session.selectMilestone(QStringLiteral("m-pyeongchang-pavilion")));
        QCOMPARE(card.descriptionLabel()->text(), m_article.milestones.at(index).description.en);
        session.setLanguage(Language::Chinese);
        QCOMPARE(card.descriptionLabel()->text(), m_article.milestones.at(index).description.zh);
        session.setArticle(m_article);
        QVERIFY(card.descriptionLabel()->text() != m_article.milestones.at(index).description.zh);
    }

    void saysWhereTheDateComesFrom()
    {
        MilestoneModel &model = m_model;
        model.setLanguage(Language::English);
        MilestoneCard card;
        card.resize(320, 420);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        auto *basis = card.findChild<QLabel *>(QStringLiteral("dateBasis"));
        QVERIFY(basis);
        QVERIFY(!basis->isVisible());  // nothing picked yet

        card.setMilestone(model.index(model.rowOf(QStringLiteral("m-tokyo-interactive")), 0));
        QVERIFY(basis->isVisible());
        QVERIFY2(basis->text().startsWith(u"Date worked out from the article: "),
                 qPrintable(basis->text()));
        QVERIFY(basis->text().contains(u"went live by then"));
        // Only a latest day is known: the date says so, not a day of its own.
        bool dated = false;
        for (const QLabel *l : card.findChildren<QLabel *>())
            dated = dated || l->text() == u"by 23 June 2021"_qs;
        QVERIFY(dated);

        card.setMilestone(model.index(model.rowOf(QStringLiteral("m-film-release")), 0));
        QVERIFY2(basis->text().startsWith(u"Date from outside the article: "),
                 qPrintable(basis->text()));
        QVERIFY(
            basis->text().endsWith(u"(source: International Olympic Committee, Olympic Day "
                                   u"(23 June))"));

        card.setMilestone(model.index(model.rowOf(QStringLiteral("m-cloud-datacentre")), 0));
        QCOMPARE(basis->text(), u"Date as the article gives it"_qs);
        // The note is no longer repeated in the description.
        for (const QLabel *l : card.findChildren<QLabel *>())
            QVERIFY(l == basis || !l->text().contains(u"About the date"));
    }
};

QTEST_MAIN(TestMilestoneCard)
#include "tst_milestonecard.moc"
