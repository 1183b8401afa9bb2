#include "core/PinyinConverter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using hope::core::PinyinConverter;
using hope::core::PinyinDictionary;
using hope::core::PinyinWord;

namespace {

// Every text of the article in Chinese: paragraphs, headings, labels,
// milestones, the clip's chapters.
QStringList articleTexts()
{
    QFile file(QStringLiteral(HOPE_SOURCE_DIR "/resources/article/hope-lights-us-up.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList texts;
    const std::function<void(const QJsonValue &, const QString &)> walk =
        [&](const QJsonValue &value, const QString &key) {
            if (value.isObject()) {
                const QJsonObject object = value.toObject();
                for (auto it = object.begin(); it != object.end(); ++it) walk(*it, it.key());
            } else if (value.isArray()) {
                for (const QJsonValue &item : value.toArray()) walk(item, key);
            } else if (key == u"zh" && !value.toString().isEmpty()) {
                texts << value.toString();
            }
        };
    walk(QJsonDocument::fromJson(file.readAll()).object(), QString());
    return texts;
}

// The syllables of text[start, start + length), from whichever words
// cover it: the test reads a word's pinyin whether or not the converter
// cut the text into words the same way.
QStringList syllablesOf(const QList<PinyinWord> &words, qsizetype start, qsizetype length)
{
    QStringList out;
    for (const PinyinWord &w : words) {
        if (!w.isHan())
            continue;
        // One syllable per character; these texts have no surrogates.
        for (qsizetype i = 0; i < w.length && i < w.syllables.size(); ++i) {
            if (w.start + i >= start && w.start + i < start + length)
                out << w.syllables.at(i);
        }
    }
    return out;
}

}  // namespace

class TestPinyinConverter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The pinyin index is kept in the test's own cache folder.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_converter.load(), qPrintable(m_converter.error()));
    }

    // Every character of the article with more than one reading in the
    // Xiandai Hanyu Cidian (Unihan's kXHC1983), in each word it occurs in,
    // with the text around it as in the article. The expected readings are
    // the standard mainland ones, written by hand; "|" separates readings
    // that the dictionary allows both of (an optional neutral tone).
    void polyphonic_data()
    {
        QTest::addColumn<QString>("context");  // the word in [brackets]
        QTest::addColumn<QString>("expected");
        const auto row = [](const char16_t *context, const char16_t *expected) {
            const QString c = QString::fromUtf16(context);
            QTest::newRow(c.toUtf8().constData()) << c << QString::fromUtf16(expected);
        };
        // 有: you3 you4
        row(u"希望[有]你", u"you3");
        row(u"相信奥林匹克圣火将成为[所有]人的一盏明灯", u"suo3 you3");
        row(u"[也有]通过云上连线相聚在云端毕业典礼的毕业生", u"ye3 you3");
        // 阿: a1 a5 e1
        row(u"国际奥林匹克日[阿里巴巴]发布奥运大片", u"a1 li3 ba1 ba1");
        row(u"[阿里]云的ET体育大脑正式亮相", u"a1 li3");
        // 发: fa1 fa4
        row(u"国际奥林匹克日阿里巴巴[发布]奥运大片", u"fa1 bu4");
        row(u"[引发]全民点赞", u"yin3 fa1");
        row(u"来进一步助力奥运会的数字化和体育行业的[发展]", u"fa1 zhan3");
        row(u"助力奥运会这一顶级体育IP[焕发]出新的可能", u"huan4 fa1");
        row(u"都是以奥运为[爆发]点", u"bao4 fa1");
        row(u"在如今这个关键时刻[发声]", u"fa1 sheng1");
        // 大: da4 dai4
        row(u"国际奥林匹克日阿里巴巴发布奥运[大片]", u"da4 pian4");
        row(u"更是凝聚体育力量的[集大成者]", u"ji2 da4 cheng2 zhe3");
        row(u"运动员承受着[最大]压力", u"zui4 da4");
        row(u"[大家]都在用新的方式突破挑战", u"da4 jia1");
        row(u"短片或许没有聚焦气势恢宏的[大赛]场面", u"da4 sai4");
        row(u"全人类的坚韧与团结在此刻得到[放大]与升华", u"fang4 da4");
        row(u"相信小的[伟大]", u"wei3 da4");
        row(u"阿里云的ET体育[大脑]正式亮相", u"da4 nao3");
        row(u"[大麦]成为北京2022年冬奥会票务系统和服务供应商", u"da4 mai4");
        // 壳: ke2 qiao4
        row(u"[贝壳]号", u"bei4 ke2");
        // 号: hao2 hao4
        row(u"贝壳[号]", u"hao4");
        row(u"本文转载至微信[公众号]", u"gong1 zhong4 hao4");
        // 体: ti1 ti3
        row(u"[体育]产业生态圈", u"ti3 yu4");
        row(u"在[氪体]记者看来", u"ke4 ti3");
        row(u"这种希望不灭的信念正是奥运精神的[体现]", u"ti3 xian4");
        row(u"帮助[媒体]记者和观众更好的呈现赛场比赛", u"mei2 ti3");
        // 圈: juan1 juan4 quan1
        row(u"体育产业生态[圈]", u"quan1");
        // 转: zhuai3 zhuan3 zhuan4
        row(u"本文[转载]至微信公众号", u"zhuan3 zai3");
        row(u"云[转播]", u"zhuan3 bo1");
        row(u"全力助力奥林匹克官方内容数字化[转型]", u"zhuan3 xing2");
        // 作: zuo1 zuo2 zuo4
        row(u"[作者]", u"zuo4 zhe3");
        row(u"[作为]奥林匹克全球合作伙伴", u"zuo4 wei2");
        row(u"这份[作品]是阿里巴巴对每位心怀希望", u"zuo4 pin3");
        row(u"为本文[制作]的", u"zhi4 zuo4");
        // 研: yan2 yan4
        row(u"贝壳投[研]经授发布", u"yan2");
        // 经: jing1 jing4
        row(u"贝壳投研[经]授发布", u"jing1");
        row(u"已然[经历]了一个", u"jing1 li4");
        // 语: yu3 yu4
        row(u"[导语]", u"dao3 yu3");
        // 一: yi1 yi2 yi4
        row(u"延迟[一年]的东京奥运会", u"yi1 nian2");
        row(u"相信奥林匹克圣火将成为所有人的[一盏]明灯", u"yi1 zhan3");
        row(u"日复[一日]地坚持前行", u"yi1 ri4");
        row(u"中国女足名将王霜疫情中[一度]困守武汉", u"yi1 du4");
        row(u"[一次]又一次地坚持训练", u"yi1 ci4");
        row(u"也感染着[每一个人]", u"mei3 yi1 ge4 ren2");
        row(u"[一起]为活出奥林匹克精神的人加油", u"yi1 qi3");
        row(u"我们[一同]浸入那一片黑暗之中", u"yi1 tong2");
        row(u"我们一同浸入那[一片]黑暗之中", u"yi1 pian4");
        row(u"最终一起迎来了那[一抹]胜利的光", u"yi1 mo3");
        row(u"用[一首]温情却有力量的", u"yi1 shou3");
        row(u"这也与阿里巴巴关注每[一个]个体的", u"yi1 ge4");
        row(u"来[进一步]助力奥运会的数字化和体育行业的发展", u"jin4 yi1 bu4");
        row(u"助力奥运会[这一]顶级体育IP焕发出新的可能", u"zhe4 yi1");
        row(u"这来时路的每[一步]里", u"yi1 bu4");
        row(u"各国都借[这一]世界舞台", u"zhe4 yi1");
        row(u"翻开奥运数字化的[又一]新篇章", u"you4 yi1");
        row(u"从黑暗里的[第一]束光", u"di4 yi1");
        // 的: de5 di2 di4
        row(u"延迟一年[的]东京奥运会", u"de5");
        row(u"相信奥林匹克圣火将成为所有[人的]一盏明灯", u"ren2 de5");
        row(u"大家都在用[新的]方式突破挑战", u"xin1 de5");
        row(u"阿里巴巴希望传达[的是]用科技支持每一个人前行", u"de5 shi4");
        row(u"云端[的]毕业典礼", u"de5");
        // 会: hui4 kuai4
        row(u"延迟一年的东京[奥运会]", u"ao4 yun4 hui4");
        row(u"在2018年平昌[冬奥会]到来之际", u"dong1 ao4 hui4");
        // 将: jiang1 jiang4 qiang1
        row(u"[将]在30天后如期举办", u"jiang1");
        row(u"向[即将]出征的运动员以及在生活中奋力前行的人们传递力量", u"ji2 jiang1");
        row(u"中国女足[名将]王霜疫情中一度困守武汉", u"ming2 jiang4");
        row(u"[必将]被照亮", u"bi4 jiang1");
        row(u"奥运圣火[将会]成为黑暗隧道尽头的光", u"jiang1 hui4");
        row(u"他们[将]更多科技技术与奥运结合", u"jiang1");
        row(u"并称这[将]是人类再次重聚的重要标志", u"jiang1");
        row(u"阿里巴巴[将]抓住奥运这一最大的科技展", u"jiang1");
        // 期: ji1 qi1
        row(u"将在30天后[如期]举办", u"ru2 qi1");
        row(u"标志着重聚人类所有美好的[期待]", u"qi1 dai4");
        row(u"翘首[期盼]", u"qi1 pan4");
        row(u"奥运会[延期]", u"yan2 qi1");
        row(u"在这个[周期]里", u"zhou1 qi1");
        // 相: xiang1 xiang4
        row(u"全世界人民[相聚]在奥运五环旗之下", u"xiang1 ju4");
        row(u"[相信]奥林匹克圣火将成为所有人的一盏明灯", u"xiang1 xin4");
        row(u"阿里云的ET体育大脑正式[亮相]", u"liang4 xiang4");
        row(u"[相信]小的伟大", u"xiang1 xin4");
        // 结: jie1 jie2
        row(u"以[团结]", u"tuan2 jie2");
        row(u"他们将更多科技技术与奥运[结合]", u"jie2 he2");
        row(u"[结语]", u"jie2 yu3");
        // 和: he2 he4 hu2 huo2 huo4
        row(u"[和平]", u"he2 ping2");
        row(u"有在空场演出的[和]太鼓演员", u"he2");
        row(u"以云计算[和]全球电商服务", u"he2");
        row(u"帮助媒体记者[和]观众更好的呈现赛场比赛", u"he2");
        row(u"大麦成为北京2022年冬奥会票务系统[和]服务供应商", u"he2");
        // 为: wei2 wei4
        row(u"友谊[为]宗旨进行公平竞技", u"wei2");
        row(u"相信奥林匹克圣火将[成为]所有人的一盏明灯", u"cheng2 wei2");
        row(u"而[为了]保持良好竞技状态", u"wei4 le5");
        row(u"一起[为]活出奥林匹克精神的人加油", u"wei4");
        row(u"[为]本文制作的", u"wei4");
        row(u"阿里巴巴在今日也上线了主张[为]", u"wei2");
        row(u"一起用奥运精神[为]奥运选手加油", u"wei4");
        row(u"都是以奥运[为]爆发点", u"wei2");
        // 行: hang2 hang4 xing4 xing2
        row(u"友谊为宗旨[进行]公平竞技", u"jin4 xing2");
        row(u"向即将出征的运动员以及在生活中奋力[前行]的人们传递力量", u"qian2 xing2");
        row(u"来进一步助力奥运会的数字化和体育[行业]的发展", u"hang2 ye4");
        row(u"不断[践行]", u"jian4 xing2");
        row(u"用科技助推奥运[前行]", u"qian2 xing2");
        row(u"照亮[前行]的路", u"qian2 xing2");
        // 更: geng1 geng4
        row(u"[更多]人也参与到体育运动中来", u"geng4 duo1");
        row(u"科技之光[更加]闪耀", u"geng4 jia1");
        row(u"只为[更好]蓄力", u"geng4 hao3");
        row(u"[更是]凝聚体育力量的集大成者", u"geng4 shi4");
        row(u"让中国消费者[更能]方便接触奥林匹克周边商品", u"geng4 neng2");
        row(u"在北京冬奥会上也将有[更]实的科技展现", u"geng4");
        row(u"让中国消费者[更]方便地接触奥林匹克周边商品", u"geng4");
        // 参: can1 cen1 shen1
        row(u"更多人也[参与]到体育运动中来", u"can1 yu4");
        row(u"阿里巴巴从助力运动[参赛]", u"can1 sai4");
        // 中: zhong1 zhong4
        row(u"更多人也参与到体育[运动中]来", u"yun4 dong4 zhong1");
        row(u"[中国]女足名将王霜疫情中一度困守武汉", u"zhong1 guo2");
        row(u"让运动员们仍然努力不放弃的原因正是那[心中]不灭的奥运信念", u"xin1 zhong1");
        row(u"我们一同浸入那一片黑暗[之中]", u"zhi1 zhong1");
        row(u"阿里云智能揭牌北京2022冬奥云数据[中心]", u"zhong1 xin1");
        row(u"中国女足名将王霜疫情[中]一度困守武汉", u"zhong1");
        row(u"最终在与韩国女足的决战[中]", u"zhong1");
        // 过: guo1 guo4
        row(u"疫情[过后]", u"guo4 hou4");
        row(u"我们都会一起[走过]尽头", u"zou3 guo4");
        row(u"[透过]这部短片", u"tou4 guo4");
        row(u"从[过往]的电视转播技术", u"guo4 wang3");
        // 合: ge3 he2
        row(u"作为奥林匹克全球[合作]伙伴", u"he2 zuo4");
        row(u"阿里云智能与英特尔[联合]发布全新人工智能3D运动员跟踪技术", u"lian2 he2");
        // 从: cong1 cong2
        row(u"阿里巴巴[从]签约之初", u"cong2");
        row(u"[自从]与国际奥委会签约起", u"zi4 cong2");
        // 约: yao1 yue1
        row(u"阿里巴巴从[签约]之初", u"qian1 yue1");
        // 数: shu3 shu4 shuo4
        row(u"就希望用科技[数字]化服务百年奥运", u"shu4 zi4");
        row(u"阿里云智能揭牌北京2022冬奥云[数据]中心", u"shu4 ju4");
        row(u"细细[数]来", u"shu3");
        row(u"[细细数来]", u"xi4 xi4 shu3 lai2");
        // 化: hua1 hua4
        row(u"就希望用科技[数字化]服务百年奥运", u"shu4 zi4 hua4");
        // 服: fu2 fu4
        row(u"就希望用科技数字化[服务]百年奥运", u"fu2 wu4");
        // 这: zhe4 zhei4
        row(u"[这]届特殊的东京奥运会能顺利召开", u"zhe4");
        row(u"[这些]", u"zhe4 xie1");
        row(u"[这种]希望不灭的信念正是奥运精神的体现", u"zhe4 zhong3");
        row(u"在[这个]周期里", u"zhe4 ge4|zhe4 ge5");
        // 召: shao4 zhao4
        row(u"这届特殊的东京奥运会能顺利[召开]", u"zhao4 kai1");
        // 着: zhao1 zhao2 zhe5 zhuo2
        row(u"[标志着]重聚人类所有美好的期待", u"biao1 zhi4 zhe5");
        row(u"运动员承受[着]最大压力", u"zhe5");
        row(u"伴[随着]钢琴家陈萨弹奏的", u"sui2 zhe5");
        row(u"但黑暗中蕴藏[着]希望", u"zhe5");
        row(u"她在训练之余隔[着]手机屏幕与家人通话的情景", u"zhe5");
        row(u"伴[着]陈萨弹奏的", u"zhe5");
        row(u"也感染[着]每一个人", u"zhe5");
        row(u"共同等待[着]奥运盛会回归到我们的时代里", u"zhe5");
        row(u"阿里巴巴不断展示[着]他们的能量", u"zhe5");
        // 重: chong2 zhong4
        row(u"标志着[重聚]人类所有美好的期待", u"chong2 ju4");
        row(u"并称这将是人类再次[重聚]的重要标志", u"chong2 ju4");
        row(u"并称这将是人类再次重聚的[重要]标志", u"zhong4 yao4");
        row(u"但当她成为妈妈决心复出[重回]攀登巅峰时", u"chong2 hui2");
        row(u"而当东京奥运圣火[重燃]", u"chong2 ran2");
        // 好: hao3 hao4
        row(u"标志着重聚人类所有[美好]的期待", u"mei3 hao3");
        row(u"而为了保持[良好]竞技状态", u"liang2 hao3");
        // 上: shang3 shang4
        row(u"阿里巴巴在今日也[上线]了主张为", u"shang4 xian4");
        row(u"刘虹曾在赛场[上]夺冠无数", u"shang4|shang5");
        row(u"也有通过[云上]连线相聚在云端毕业典礼的毕业生", u"yun2 shang4");
        row(u"在北京冬奥会[上]也将有更实的科技展现", u"shang4|shang5");
        // 了: le5 liao3 liao4
        row(u"阿里巴巴在今日也上线[了]主张为", u"le5");
        row(u"王霜在两球落后的逆境中[站了]出来", u"zhan4 le5");
        row(u"却遇到[了]东京奥运延迟一年的境况", u"le5");
        row(u"开始[了]科技的演进", u"le5");
        row(u"已然经历[了]一个", u"le5");
        row(u"最终一起迎来[了]那一抹胜利的光", u"le5");
        // 片: pian1 pian4
        row(u"的奥运[短片]", u"duan3 pian4");
        row(u"[片头]", u"pian4 tou2");
        // 员: yuan2 yun2 yun4
        row(u"向即将出征的[运动员]以及在生活中奋力前行的人们传递力量", u"yun4 dong4 yuan2");
        row(u"作为国人骄傲的中国女排[队员]们", u"dui4 yuan2");
        row(u"有在空场演出的和太鼓[演员]", u"yan3 yuan2");
        // 传: chuan2 zhuan4
        row(u"向即将出征的运动员以及在生活中奋力前行的人们[传递]力量", u"chuan2 di4");
        row(u"阿里巴巴希望[传达]的是用科技支持每一个人前行", u"chuan2 da2");
        // 量: liang2 liang4
        row(u"向即将出征的运动员以及在生活中奋力前行的人们传递[力量]", u"li4 liang4|li4 liang5");
        row(u"给予人们走出困境的[能量]", u"neng2 liang4");
        // 翘: qiao2 qiao4
        row(u"[翘首]期盼", u"qiao2 shou3");
        // 待: dai1 dai4
        row(u"一年[等待]", u"deng3 dai4");
        // 只: zhi1 zhi3
        row(u"[只为]更好蓄力", u"zhi3 wei4");
        row(u"艰苦状态下[只能]不停训练", u"zhi3 neng2");
        // 委: wei1 wei3
        row(u"东京[奥组委]顶住压力", u"ao4 zu3 wei3");
        // 压: ya1 ya4
        row(u"东京奥组委顶住[压力]", u"ya1 li4");
        // 并: bing1 bing4
        row(u"[并称]这将是人类再次重聚的重要标志", u"bing4 cheng1");
        row(u"但困难[并]没有就此困住我们", u"bing4");
        row(u"[并非]阿里巴巴的原片", u"bing4 fei1");
        // 奔: ben1 ben4
        row(u"即将[奔赴]赛场的运动员们", u"ben1 fu4");
        row(u"心怀希望朝未来[奔跑]", u"ben1 pao3");
        // 场: chang2 chang3
        row(u"即将奔赴[赛场]的运动员们", u"sai4 chang3");
        row(u"短片或许没有聚焦气势恢宏的大赛[场面]", u"chang3 mian4");
        // 不: bu2 bu4
        row(u"艰苦状态下只能[不停]训练", u"bu4 ting2");
        row(u"让运动员们仍然努力[不]放弃的原因正是那心中不灭的奥运信念", u"bu4");
        row(u"让运动员们仍然努力不放弃的原因正是那心中[不灭]的奥运信念", u"bu4 mie4");
        row(u"[不仅是]运动员", u"bu4 jin3 shi4");
        row(u"企业理念[不谋而合]", u"bu4 mou2 er2 he2");
        row(u"阿里巴巴[不断]展示着他们的能量", u"bu4 duan4");
        // 地: de5 di4
        row(u"日复一日[地]坚持前行", u"de5");
        row(u"再到与观众跨[地域]互动", u"di4 yu4");
        row(u"让中国消费者更方便[地]接触奥林匹克周边商品", u"de5");
        row(u"让运动员可以更好[地]训练", u"de5");
        row(u"一次又一次[地]坚持训练", u"de5");
        // 王: wang2 wang4
        row(u"中国女足名将[王]霜疫情中一度困守武汉", u"wang2");
        // 台: tai1 tai2
        row(u"但她在[天台]", u"tian1 tai2");
        row(u"各国都借这一世界[舞台]", u"wu3 tai2");
        // 区: ou1 qu1
        row(u"[小区]步道里依然练球", u"xiao3 qu1");
        // 里: li3 li5
        row(u"小区步道[里]依然练球", u"li3|li5");
        // 与: yu2 yu3 yu4
        row(u"最终在[与]韩国女足的决战中", u"yu3");
        // 落: la4 lao4 luo1 luo4
        row(u"王霜在两球[落后]的逆境中站了出来", u"luo4 hou4");
        // 打: da2 da3
        row(u"[打进]两个金子般的进球", u"da3 jin4");
        // 个: ge4 ge3
        row(u"打进[两个]金子般的进球", u"liang3 ge4");
        row(u"这也与阿里巴巴关注每一个[个体]的", u"ge4 ti3");
        row(u"[每个人]都在寻找新的出路", u"mei3 ge4 ren2|mei3 ge5 ren2");
        // 般: ban1 bo1 pan2
        row(u"打进两个金子[般]的进球", u"ban1");
        // 虹: hong2 jiang4
        row(u"刘[虹]曾在赛场上夺冠无数", u"hong2");
        // 曾: ceng2 zeng1
        row(u"刘虹[曾在]赛场上夺冠无数", u"ceng2 zai4");
        // 冠: guan1 guan4
        row(u"刘虹曾在赛场上[夺冠]无数", u"duo2 guan4");
        // 无: mo2 wu2
        row(u"刘虹曾在赛场上夺冠[无数]", u"wu2 shu4");
        row(u"[毫无]疑问", u"hao2 wu2");
        row(u"[无论]这条黑暗的隧道有多长", u"wu2 lun4");
        // 当: dang1 dang4
        row(u"但[当]她成为妈妈决心复出重回攀登巅峰时", u"dang1");
        row(u"而[当]东京奥运圣火重燃", u"dang1");
        row(u"[当]奥运五环标志的光再次从被照亮", u"dang1");
        // 尽: jin3 jin4
        row(u"[尽管]如此", u"jin3 guan3");
        row(u"我们都会一起走过[尽头]", u"jin4 tou2");
        // 屏: bing3 ping2
        row(u"她在训练之余隔着手机[屏幕]与家人通话的情景", u"ping2 mu4");
        // 家: jia1 jia5 jie5
        row(u"她在训练之余隔着手机屏幕与[家人]通话的情景", u"jia1 ren2");
        row(u"伴随着[钢琴家]陈萨弹奏的", u"gang1 qin2 jia1");
        // 通: tong1 tong4
        row(u"她在训练之余隔着手机屏幕与家人[通话]的情景", u"tong1 hua4");
        row(u"而阿里巴巴也希望[通过]", u"tong1 guo4");
        // 令: ling2 ling3 ling4
        row(u"[令人]动容", u"ling4 ren2");
        // 排: pai2 pai3
        row(u"作为国人骄傲的中国[女排]队员们", u"nv3 pai2");
        // 没: mei2 mo4
        row(u"在[没有]比赛的日子里采用郎平的", u"mei2 you3");
        // 采: cai3 cai4
        row(u"在没有比赛的日子里[采用]郎平的", u"cai3 yong4");
        // 郎: lang2 lang4
        row(u"在没有比赛的日子里采用[郎平]的", u"lang2 ping2");
        // 溃: hui4 kui4
        row(u"[崩溃]训练法", u"beng1 kui4");
        // 得: de2 de5 dei3
        row(u"只为继续[取得]佳绩", u"qu3 de2");
        row(u"全人类的坚韧与团结在此刻[得到]放大与升华", u"de2 dao4");
        row(u"也[显得]恰如其分", u"xian3 de5");
        // 都: dou1 du1
        row(u"[都是]运动员坚持备战的剪影", u"dou1 shi4");
        row(u"全人类[都]共同抗击疫情", u"dou1");
        row(u"大家[都在]用新的方式突破挑战", u"dou1 zai4");
        row(u"我们[都会]一起走过尽头", u"dou1 hui4");
        // 正: zheng1 zheng4
        row(u"让运动员们仍然努力不放弃的原因[正是]那心中不灭的奥运信念", u"zheng4 shi4");
        row(u"[正如]国际奥委会主席巴赫先生所说", u"zheng4 ru2");
        row(u"从2017年1月[正式]宣布与国际奥委会正式签约后", u"zheng4 shi4");
        // 那: na1 na3 na4 nai3 ne4 nei3 nei4
        row(u"让运动员们仍然努力不放弃的原因正是[那]心中不灭的奥运信念", u"na4");
        row(u"我们一同浸入[那]一片黑暗之中", u"na4");
        row(u"最终一起迎来了[那]一抹胜利的光", u"na4");
        // 同: tong2 tong4
        row(u"全人类都[共同]抗击疫情", u"gong4 tong2");
        row(u"[同年]12月", u"tong2 nian2");
        // 难: nan2 nan4
        row(u"但[困难]并没有就此困住我们", u"kun4 nan5|kun4 nan2");
        // 挑: tiao1 tiao3
        row(u"大家都在用新的方式突破[挑战]", u"tiao3 zhan4");
        // 寻: xin2 xun2
        row(u"[寻找]新方向", u"xun2 zhao3");
        // 朝: chao2 zhao1
        row(u"心怀希望[朝]未来奔跑", u"chao2");
        // 给: gei3 ji3
        row(u"[给予]人们走出困境的能量", u"ji3 yu3");
        row(u"文章没有[给]出月份", u"gei3");
        // 别: bie2 bie4
        row(u"一起成为[别人]的光", u"bie2 ren2");
        // 钢: gang1 gang4
        row(u"伴随着[钢琴]家陈萨弹奏的", u"gang1 qin2");
        // 弹: dan4 tan2
        row(u"伴随着钢琴家陈萨[弹奏]的", u"tan2 zou4");
        row(u"有在街角街道里[弹琴]的盲人", u"tan2 qin2");
        // 藏: cang2 zang4
        row(u"但黑暗中[蕴藏]着希望", u"yun4 cang2");
        // 看: kan1 kan4
        row(u"我们[看到]", u"kan4 dao4");
        row(u"在氪体记者[看来]", u"kan4 lai2");
        // 空: kong1 kong4
        row(u"有在[空场]演出的和太鼓演员", u"kong1 chang3");
        // 角: jiao3 jue2
        row(u"有在[街角]街道里弹琴的盲人", u"jie1 jiao3");
        // 胜: sheng1 sheng4
        row(u"最终一起迎来了那一抹[胜利]的光", u"sheng4 li4");
        // 其: ji1 qi2
        row(u"却[反其道而行]之", u"fan3 qi2 dao4 er2 xing2");
        row(u"也显得[恰如其分]", u"qia4 ru2 qi2 fen4");
        // 华: hua2 hua4
        row(u"全人类的坚韧与团结在此刻得到放大与[升华]", u"sheng1 hua2");
        // 说: shui4 shuo1 yue4
        row(u"正如国际奥委会主席巴赫先生所[说]", u"shuo1");
        // 长: chang2 zhang3
        row(u"无论这条黑暗的隧道有[多长]", u"duo1 chang2");
        row(u"无论这条黑暗的隧道有多[长]", u"chang2");
        // 划: hua2 hua4 huai5
        row(u"阿里巴巴的数字奥运[计划]", u"ji4 hua4");
        // 可: ke3 ke4
        row(u"焕新奥运IP的新[可能]", u"ke3 neng2");
        row(u"让运动员[可以]更好的训练", u"ke3 yi3");
        // 已: si4 yi3
        row(u"[已然]经历了一个", u"yi3 ran2");
        row(u"官方互动官网也[已]在天猫正式上线", u"yi3");
        // 纪: ji3 ji4
        row(u"四年数字奥运[纪]", u"ji4");
        // 广: an1 guang3
        row(u"阿里巴巴发布了全球奥运会形象[广告]", u"guang3 gao4");
        // 拉: la1 la2 la3 la4
        row(u"也[拉开]帷幕", u"la1 kai1");
        // 智: zhi1 zhi4
        row(u"阿里云[智能]揭牌北京2022冬奥云数据中心", u"zhi4 neng2");
        // 猫: mao1 mao2
        row(u"全球首家奥林匹克官方旗舰店入驻天[猫]", u"mao1");
        // 便: bian4 pian2
        row(u"让中国消费者更能[方便]接触奥林匹克周边商品", u"fang1 bian4");
        // 边: bian1 bian5
        row(u"让中国消费者更能方便接触奥林匹克[周边]商品", u"zhou1 bian1");
        // 术: shu4 zhu2
        row(u"阿里云智能与英特尔联合发布全新人工智能3D运动员跟踪[技术]", u"ji4 shu4");
        // 系: ji4 xi4
        row(u"大麦成为北京2022年冬奥会票务[系统]和服务供应商", u"xi4 tong3");
        // 供: gong1 gong4
        row(u"大麦成为北京2022年冬奥会票务系统和服务[供应]商", u"gong1 ying4");
        // 观: guan1 guan4
        row(u"再到与[观众]跨地域互动", u"guan1 zhong4");
        row(u"[纵观]历届奥运会", u"zong4 guan1");
        // 革: ge2 ji2
        row(u"都在不断推动着数字奥运会的全新[改革]", u"gai3 ge2");
        // 各: ge3 ge4
        row(u"[各国]都借这一世界舞台", u"ge4 guo2");
        // 创: chuang1 chuang4
        row(u"展现科技的[创新]和突破", u"chuang4 xin1");
        row(u"秒[原创]替代短片", u"yuan2 chuang4");
        // 沙: sha1 sha4
        row(u"来化用[流沙河]的", u"liu2 sha1 he2");
        // 盛: cheng2 sheng4
        row(u"共同等待着奥运[盛会]回归到我们的时代里", u"sheng4 hui4");
        // 提: di1 ti2
        row(u"原文此处的图片无法[提供]", u"ti2 gong1");
        // 色: se4 shai3
        row(u"再到汇聚成[五色]的光", u"wu3 se4");
        // Words of the figure notes, milestones and eras.
        row(u"原文此[处]的图片无法提供", u"chu4");
        row(u"原文此处的[图片]无法提供", u"tu2 pian4");
        row(u"原文此处的图片[无法]提供", u"wu2 fa3");
        row(u"本阅读器的替代[短片]中没有与这里文字相应的画面", u"duan3 pian4");
        row(u"本阅读器的替代短片[中]没有与这里文字相应的画面", u"zhong1");
        row(u"本阅读器的替代短片中没有与[这里]文字相应的画面", u"zhe4 li3|zhe4 li5");
        row(u"本阅读器的替代短片中没有与这里文字[相应]的画面", u"xiang1 ying4");
        row(u"这是本阅读器替代短片中的[一帧]", u"yi1 zhen1");
        row(u"开启[为期]12年的奥林匹克全球合作赞助之旅", u"wei2 qi1");
        row(u"这是[一座]科技展馆", u"yi1 zuo4");
        row(u"[不是]奥运会的赛事", u"bu4 shi4");
        row(u"月份据平昌冬奥会的[会期]", u"hui4 qi1");
        row(u"文章没有[说明]这个数据中心的用途", u"shuo1 ming2");
        row(u"大麦是阿里巴巴旗下的票务[平台]", u"ping2 tai2");
        row(u"国际奥林匹克日[当天]", u"dang4 tian1");
        row(u"[日期]说明", u"ri4 qi1");
        row(u"国际奥林匹克日是国际奥委会定在每年6月23日的[纪念]日", u"ji4 nian4");
        row(u"只说到发文时（2021年6月）[已经]上线", u"yi3 jing1");
        row(u"由此[推得]7月23日", u"tui1 de2");
        row(u"与实际的开幕日期[相符]", u"xiang1 fu2");
        row(u"[第一个]「四年数字奥运纪」", u"di4 yi1 ge4|di4 yi1 ge5");
        // Not in the article: two readings in the word list with no weight.
        row(u"天气[不好]", u"bu4 hao3");
        row(u"这样做[好不好]", u"hao3 bu4 hao3");
        row(u"他很[爱好]音乐", u"ai4 hao4");
        // Read one way only, but wrongly in the word list.
        row(u"在没有比赛的[日子]里采用郎平的", u"ri4 zi5");
        row(u"阿里巴巴继续推进数字奥运会的[步伐]", u"bu4 fa2");
    }

    void polyphonic()
    {
        QFETCH(QString, context);
        QFETCH(QString, expected);
        const qsizetype start = context.indexOf(u'[');
        const qsizetype length = context.indexOf(u']') - start - 1;
        QVERIFY(start >= 0 && length > 0);
        const QString text = QString(context).remove(u'[').remove(u']');
        const QList<PinyinWord> words = m_converter.convert(text);
        const QString got = syllablesOf(words, start, length).join(u' ');
        QVERIFY2(expected.split(u'|').contains(got),
                 qPrintable(QStringLiteral("%1 read as \"%2\", expected \"%3\"")
                                .arg(text.mid(start, length), got, expected)));
    }

    // Every Chinese character of the article gets a reading, and the words
    // cover each text exactly, in order.
    void article_everyCharacterRead()
    {
        const QStringList texts = articleTexts();
        QVERIFY(texts.size() > 50);
        for (const QString &text : texts) {
            const QList<PinyinWord> words = m_converter.convert(text);
            qsizetype at = 0;
            for (const PinyinWord &w : words) {
                QCOMPARE(w.start, at);
                QCOMPARE(w.text, text.mid(w.start, w.length));
                at += w.length;
                if (w.isHan()) {
                    QCOMPARE(w.syllables.size(), w.length);
                    QVERIFY2(!w.syllables.contains(QString()), qPrintable(w.text));
                    QCOMPARE(w.marked, PinyinConverter::toneMarked(w.numbered()));
                } else {
                    for (const uint c : w.text.toUcs4())
                        QVERIFY2(QChar::script(c) != QChar::Script_Han, qPrintable(w.text));
                }
            }
            QCOMPARE(at, text.size());
        }
    }

    // Every word of two characters or more that the converter reads in the
    // article, where CC-CEDICT (independent of the word list and Unihan, and
    // mainland in its readings) has the word, reads as one of its entries.
    void article_wordsAsCedictReadsThem()
    {
        QFile file(QStringLiteral(HOPE_SOURCE_DIR "/resources/dictionary/cedict-subset.u8"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        // "傳統 传统 [chuan2 tong3] /tradition/": simplified -> readings.
        QMultiHash<QString, QString> cedict;
        for (const QByteArray &raw : file.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            const qsizetype open = line.indexOf(u'[');
            const qsizetype close = line.indexOf(u']');
            if (line.startsWith(u'#') || open < 0 || close < open)
                continue;
            const QString simplified = line.section(u' ', 1, 1);
            cedict.insert(
                simplified,
                line.mid(open + 1, close - open - 1).toLower().replace(u"u:"_qs, u"v"_qs));
        }
        QVERIFY(cedict.size() > 1000);
        // Decided, and kept: 个 as a measure word has its own tone in the
        // dictionaries' examples and GB/T 16159's (yī gè, měi gè rén);
        // CC-CEDICT gives the neutral tone of quick speech. The Xiandai
        // Hanyu Cidian writes
        // 别人 bié·rén and 看来 kàn·lái, "usually neutral, at times
        // stressed", which CC-CEDICT writes as neutral: the tone is kept, as
        // the word list and learners' lists write them.
        const QStringList accepted{u"一个 yi1 ge4"_qs, u"每个人 mei3 ge4 ren2"_qs,
                                   u"别人 bie2 ren2"_qs, u"看来 kan4 lai2"_qs};
        QStringList disagree;
        int checked = 0;
        for (const QString &text : articleTexts()) {
            for (const PinyinWord &w : m_converter.convert(text)) {
                if (!w.isHan() || w.length < 2 || !cedict.contains(w.text))
                    continue;
                ++checked;
                const QStringList readings = cedict.values(w.text);
                if (!readings.contains(w.numbered()) &&
                    !accepted.contains(w.text + u' ' + w.numbered()))
                    disagree << QStringLiteral("%1 %2 (CC-CEDICT: %3)")
                                    .arg(w.text, w.numbered(), readings.join(u" / "_qs));
            }
        }
        disagree.removeDuplicates();
        qInfo("%d words checked", checked);
        QVERIFY2(disagree.isEmpty(), qPrintable(disagree.join(u'\n')));
    }

    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("pieces");    // word texts, in order
        QTest::addColumn<QStringList>("numbered");  // their readings; "" if none
        QTest::newRow("Chinese, digits and punctuation")
            << QStringLiteral("东京2020年奥运会,")
            << QStringList{QStringLiteral("东京"), QStringLiteral("2020"), QStringLiteral("年"),
                           QStringLiteral("奥运"), QStringLiteral("会"),   QStringLiteral(",")}
            << QStringList{QStringLiteral("dong1 jing1"), QString(),
                           QStringLiteral("nian2"),       QStringLiteral("ao4 yun4"),
                           QStringLiteral("hui4"),        QString()};
        QTest::newRow("a Latin run is one word")
            << QStringLiteral("重燃,hope lights us up。")
            << QStringList{QStringLiteral("重燃"), QStringLiteral(",hope lights us up。")}
            << QStringList{QStringLiteral("chong2 ran2"), QString()};
        QTest::newRow("a correction of two words")
            << QStringLiteral("友谊为宗旨")
            << QStringList{QStringLiteral("友谊"), QStringLiteral("为"), QStringLiteral("宗旨")}
            << QStringList{QStringLiteral("you3 yi4"), QStringLiteral("wei2"),
                           QStringLiteral("zong1 zhi3")};
        QTest::newRow("thirty days later, not the goddess Tianhou")
            << QStringLiteral("在30天后")
            << QStringList{QStringLiteral("在"), QStringLiteral("30"), QStringLiteral("天"),
                           QStringLiteral("后")}
            << QStringList{QStringLiteral("zai4"), QString(), QStringLiteral("tian1"),
                           QStringLiteral("hou4")};
        QTest::newRow("no Chinese")
            << QStringLiteral("ET 3D") << QStringList{QStringLiteral("ET 3D")}
            << QStringList{QString()};
        QTest::newRow("empty") << QString() << QStringList() << QStringList();
    }

    void words()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, pieces);
        QFETCH(QStringList, numbered);
        const QList<PinyinWord> words = m_converter.convert(text);
        QStringList gotPieces;
        QStringList gotNumbered;
        for (const PinyinWord &w : words) {
            gotPieces << w.text;
            gotNumbered << w.numbered();
        }
        QCOMPARE(gotPieces, pieces);
        QCOMPARE(gotNumbered, numbered);
    }

    // A character outside the BMP is two code units and one syllable.
    void supplementaryCharacter()
    {
        const QString text =
            QStringLiteral("希望") + QString::fromUcs4(U"\U00020000") + QStringLiteral("光");
        const QList<PinyinWord> words = m_converter.convert(text);
        qsizetype covered = 0;
        for (const PinyinWord &w : words) {
            covered += w.length;
            if (w.text.toUcs4().contains(0x20000u)) {
                QVERIFY(w.isHan());
                QCOMPARE(w.syllables.size(), w.text.toUcs4().size());
            }
        }
        QCOMPARE(covered, text.size());
    }

    // Constructing costs nothing and reads nothing; the first use loads,
    // and a missing file is then a clear error, not a crash.
    void missingWordList_isAnErrorOnFirstUse()
    {
        PinyinDictionary::Sources sources;
        sources.wordList = QStringLiteral("/nonexistent/terra_pinyin.dict.yaml");
        const PinyinConverter converter(sources);
        QVERIFY(converter.error().isEmpty());
        QVERIFY(converter.convert(QStringLiteral("希望")).isEmpty());
        QVERIFY(!converter.load());
        QVERIFY2(converter.error().contains(sources.wordList), qPrintable(converter.error()));
        QVERIFY2(converter.error().contains(u"apt-get install rime-data-terra-pinyin"),
                 qPrintable(converter.error()));
    }

private:
    const PinyinConverter m_converter;
};

QTEST_GUILESS_MAIN(TestPinyinConverter)
#include "tst_pinyinconverter.moc"
