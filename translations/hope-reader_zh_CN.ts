<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppSettings</name>
    <message>
        <source>Settings file %1: values not read (not of a kind the reader writes): %2.</source>
        <translation>设置文件 %1：以下值未读取（不是阅读器写入的类型）：%2。</translation>
    </message>
</context>
<context>
    <name>ArticleDocumentBuilder</name>
    <message>
        <source>%1 · published %2</source>
        <translation>%1 · 发布于 %2</translation>
    </message>
    <message>
        <source>Text: %1    Editor: %2</source>
        <translation>文 / %1    编辑 / %2</translation>
    </message>
    <message>
        <source>Figure %1</source>
        <translation>图 %1</translation>
    </message>
    <message>
        <source>A picture stood here in the original article.</source>
        <translation>原文此处为配图。</translation>
    </message>
    <message>
        <source>Play this scene of the clip</source>
        <translation>播放短片中的这一场景</translation>
    </message>
    <message>
        <source>▶ Play this scene</source>
        <translation>▶ 播放此场景</translation>
    </message>
    <message>
        <source>A scene from the clip: %1</source>
        <translation>短片场景：%1</translation>
    </message>
</context>
<context>
    <name>ArticlePrint</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>AudioExport</name>
    <message>
        <source>There is nothing to read in this part of the article.</source>
        <translation>文章的这一部分没有可朗读的内容。</translation>
    </message>
</context>
<context>
    <name>BatchCommands</name>
    <message>
        <source>Audio written to %1 (%2)</source>
        <translation>音频已写入 %1（%2）</translation>
    </message>
    <message>
        <source>Unknown section &quot;%1&quot;. Known sections: %2</source>
        <translation>未知章节“%1”。已有章节：%2</translation>
    </message>
    <message>
        <source>Unknown milestone &quot;%1&quot;. Known milestones: %2</source>
        <translation>未知里程碑“%1”。已有里程碑：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 条笔记写入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个词语写入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleDrop</name>
    <message>
        <source>Drop one bundle at a time.</source>
        <translation>一次只能放入一个文章包。</translation>
    </message>
    <message>
        <source>Only a bundle file on this computer can be opened.</source>
        <translation>只能打开本机上的文章包文件。</translation>
    </message>
    <message>
        <source>The folder %1 holds no article bundle.</source>
        <translation>文件夹 %1 中没有文章包。</translation>
    </message>
    <message>
        <source>The folder %1 holds more than one article bundle: drop the one to open.</source>
        <translation>文件夹 %1 中有不止一个文章包：请放入要打开的那一个。</translation>
    </message>
</context>
<context>
    <name>ChineseDictionary</name>
    <message>
        <source>The dictionary %1 is missing or not a regular file.</source>
        <translation>词典 %1 不存在或不是普通文件。</translation>
    </message>
    <message>
        <source>The dictionary %1 is too large to be one (%2 bytes).</source>
        <translation>词典 %1 过大（%2 字节），不是词典文件。</translation>
    </message>
    <message>
        <source>The dictionary %1 cannot be read: %2</source>
        <translation>无法读取词典 %1：%2</translation>
    </message>
    <message>
        <source>The dictionary %1 has no entries.</source>
        <translation>词典 %1 中没有词条。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Reads the article &quot;Hope lights us up&quot; (希望是光,希望有你), or another bundle.</source>
        <translation>阅读文章《希望是光，希望有你》，或其他文章包。</translation>
    </message>
    <message>
        <source>Read in this language: zh or en.</source>
        <translation>以此语言阅读：zh 或 en。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Open at this section, by index or id.</source>
        <translation>打开时定位到此章节（序号或标识）。</translation>
    </message>
    <message>
        <source>section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Print the sections (index, id, heading) and exit.</source>
        <translation>列出各章节（序号、标识、标题）后退出。</translation>
    </message>
    <message>
        <source>Render the window at its default size to this PNG file and exit.</source>
        <translation>以默认尺寸将窗口渲染为此 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>文章包</translation>
    </message>
    <message>
        <source>An article bundle file to open (JSON).</source>
        <translation>要打开的文章包文件（JSON）。</translation>
    </message>
    <message>
        <source>[bundle]</source>
        <translation>[文章包]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh or en.</source>
        <translation>未知语言“%1”：请使用 zh 或 en。</translation>
    </message>
    <message>
        <source>Only one bundle can be opened at a time.</source>
        <translation>一次只能打开一个文章包。</translation>
    </message>
    <message>
        <source>Print the milestones (id, date, title) and exit.</source>
        <translation>列出各里程碑（标识、日期、标题）后退出。</translation>
    </message>
    <message>
        <source>Open with this milestone selected and its paragraph in view.</source>
        <translation>打开时选中此里程碑并显示其所在段落。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Print the clip&apos;s chapters (start, title) and exit.</source>
        <translation>列出短片章节（开始时间、标题）后退出。</translation>
    </message>
    <message>
        <source>Start playing the clip on launch.</source>
        <translation>启动时即播放短片。</translation>
    </message>
    <message>
        <source>Start the clip at this time (with --screenshot, show that frame).</source>
        <translation>从指定时间开始播放短片（与 --screenshot 同用时显示该帧）。</translation>
    </message>
    <message>
        <source>mm:ss</source>
        <translation>分:秒</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: use mm:ss, for example 00:15.</source>
        <translation>“%1”不是有效的时间：请按“分:秒”格式输入，例如 00:15。</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more not shown.</source>
        <translation>
            <numerusform>……另有 %n 个未显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the article (or --section) aloud in the reading language into this WAV file and exit.</source>
        <translation>以阅读语言朗读文章（或 --section 指定的章节），写入此 WAV 文件后退出。</translation>
    </message>
    <message>
        <source>Open the window at this size for this run (with --screenshot, the picture&apos;s size).</source>
        <translation>本次运行时以此尺寸打开窗口（与 --screenshot 同用时为截图的尺寸）。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>宽x高</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a window size: use WxH, each side from %2 to %3 pixels, for example 1280x800.</source>
        <translation>“%1”不是有效的窗口尺寸：请按“宽x高”格式输入，宽、高各为 %2 至 %3 像素，例如 1280x800。</translation>
    </message>
    <message>
        <source>Show the reader in this theme for this run: light, sepia, dark or system.</source>
        <translation>本次运行以此主题显示：light（浅色）、sepia（棕褐）、dark（深色）或 system（跟随系统）。</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;: use light, sepia, dark or system.</source>
        <translation>未知主题“%1”：请使用 light、sepia、dark 或 system。</translation>
    </message>
    <message>
        <source>Lay the article out for this run: zh, en, parallel (side by side) or interleaved.</source>
        <translation>本次运行的文章版式：zh（中文）、en（英文）、parallel（左右对照）或 interleaved（逐段对照）。</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>Typeset the article in the reading layout into this PDF file and exit.</source>
        <translation>按阅读版式将文章排版，输出为此 PDF 文件后退出。</translation>
    </message>
    <message>
        <source>Unknown layout &quot;%1&quot;: use zh, en, parallel or interleaved.</source>
        <translation>未知版式“%1”：请使用 zh、en、parallel 或 interleaved。</translation>
    </message>
    <message>
        <source>With --export-pdf, the paper: a4 or letter (else the one of your locale).</source>
        <translation>与 --export-pdf 一起使用时的纸张：a4 或 letter（默认按所在地区）。</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Unknown paper &quot;%1&quot;: use a4 or letter.</source>
        <translation>未知纸张“%1”：请使用 a4 或 letter。</translation>
    </message>
    <message>
        <source>Write your highlights, notes and bookmarks on the article as Markdown into this file and exit.</source>
        <translation>把你在文章上的高亮、笔记和书签以 Markdown 格式写入此文件后退出。</translation>
    </message>
    <message>
        <source>Write the words you kept from the lookup card as a tab-separated file that Anki imports into this file and exit.</source>
        <translation>把你从查词卡片中收藏的词语写成 Anki 可导入的制表符分隔文件，写入此文件后退出。</translation>
    </message>
    <message>
        <source>Show the Chinese for this run in Simplified (hans, as published) or Traditional characters with Taiwan&apos;s (hant-tw) or Hong Kong&apos;s (hant-hk) words.</source>
        <translation>本次运行以简体（hans，即原文）或繁体字显示中文，繁体的用词依台湾（hant-tw）或香港（hant-hk）习惯。</translation>
    </message>
    <message>
        <source>script</source>
        <translation>字形</translation>
    </message>
    <message>
        <source>Unknown script &quot;%1&quot;: use hans, hant-tw or hant-hk.</source>
        <translation>未知的字形“%1”：请用 hans、hant-tw 或 hant-hk。</translation>
    </message>
    <message>
        <source>Print each Chinese text&apos;s id (title, headings, paragraphs) and its pinyin, and exit.</source>
        <translation>列出每段中文（标题、小标题、段落）的标识及其拼音后退出。</translation>
    </message>
    <message>
        <source>With --pinyin, write 一 and 不 in the tones they are spoken in (yí gè, búduàn).</source>
        <translation>与 --pinyin 同用时，拼音中的“一”“不”按说话时的声调标注。</translation>
    </message>
</context>
<context>
    <name>DateBasisKinds</name>
    <message>
        <source>Date as the article gives it</source>
        <translation>日期依文章所载</translation>
    </message>
    <message>
        <source>Date worked out from the article</source>
        <translation>日期据文章推算</translation>
    </message>
    <message>
        <source>Date from outside the article</source>
        <translation>日期来自文章之外</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>date basis: kind, note</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (source: %2)</source>
        <comment>date basis with its source</comment>
        <translation>%1（来源：%2）</translation>
    </message>
</context>
<context>
    <name>EspeakProbe</name>
    <message>
        <source>Reinstall the package espeak-ng-data (sudo apt-get install --reinstall espeak-ng-data).</source>
        <translation>请重新安装软件包 espeak-ng-data（sudo apt-get install --reinstall espeak-ng-data）。</translation>
    </message>
    <message>
        <source>the voice &quot;%1&quot;</source>
        <translation>语音“%1”</translation>
    </message>
    <message>
        <source>espeak-ng finds %1 in %2 damaged (&quot;%3&quot;). %4</source>
        <translation>espeak-ng 发现 %2 中的%1已损坏（“%3”）。%4</translation>
    </message>
    <message>
        <source>espeak-ng cannot read %1 in %2: the data is damaged or of another version. %3</source>
        <translation>espeak-ng 无法读取 %2 中的%1：数据已损坏或版本不符。%3</translation>
    </message>
    <message>
        <source>espeak-ng crashed reading %1 in %2: the data is damaged. %3</source>
        <translation>espeak-ng 读取 %2 中的%1时崩溃：数据已损坏。%3</translation>
    </message>
    <message>
        <source>espeak-ng did not finish reading its voice data in %1 within %2 s: the machine may be too busy (try again), or the data is damaged. %3</source>
        <translation>espeak-ng 未能在 %2 秒内读完 %1 中的语音数据：可能是本机正在运行其他程序（请之后重试），也可能是数据已损坏。%3</translation>
    </message>
</context>
<context>
    <name>FrameSnapshot</name>
    <message>
        <source>There is no frame to save yet: play the clip first.</source>
        <translation>还没有可保存的画面：请先播放短片。</translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 already holds too many frames of this moment.</source>
        <translation>%1 中这一时刻的画面已经太多。</translation>
    </message>
    <message>
        <source>Could not encode the frame as PNG.</source>
        <translation>无法将画面编码为 PNG。</translation>
    </message>
</context>
<context>
    <name>JsonFileHeader</name>
    <message>
        <source>larger than %1 MiB</source>
        <translation>大于 %1 MiB</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>不是 JSON（第 %2 字节处%1）</translation>
    </message>
    <message>
        <source>version %1 is not one this reader knows</source>
        <translation>本阅读器不认识版本 %1</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Cannot open %1:</source>
        <translation>无法打开 %1：</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1</source>
        <translation>无法将截图写入 %1</translation>
    </message>
    <message>
        <source>Screenshot written to %1</source>
        <translation>截图已写入 %1</translation>
    </message>
    <message>
        <source>The bundle %1 cannot be opened. The article that ships with the reader is shown instead.</source>
        <translation>无法打开文章包 %1。现改为显示阅读器自带的文章。</translation>
    </message>
    <message>
        <source>PDF written to %1</source>
        <translation>PDF 已写入 %1</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>Cannot show the Chinese in Traditional characters: %1
</source>
        <translation>无法以繁体字显示中文：%1
</translation>
    </message>
</context>
<context>
    <name>MilestoneCategories</name>
    <message>
        <source>Partnership</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>赛事</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云计算</translation>
    </message>
    <message>
        <source>Commerce</source>
        <translation>电商</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>影片</translation>
    </message>
</context>
<context>
    <name>NotesFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not a Hope Reader notes file</source>
        <translation>不是“希望阅读器”的笔记文件</translation>
    </message>
    <message>
        <source>it has no list of items</source>
        <translation>其中没有条目列表</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>条目多于 %1 条</translation>
    </message>
    <message>
        <source>items[%1]: %2</source>
        <translation>items[%1]：%2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be text of 1 to %1 characters</source>
        <translation>“id”须为 1 至 %1 个字符的文字</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is given twice</source>
        <translation>id“%1”出现了两次</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;highlight&quot; or &quot;bookmark&quot;</source>
        <translation>“kind”须为“highlight”（高亮）或“bookmark”（书签）</translation>
    </message>
    <message>
        <source>&quot;block&quot; must be a paragraph id</source>
        <translation>“block”须为段落 id</translation>
    </message>
    <message>
        <source>&quot;language&quot; must be &quot;zh&quot; or &quot;en&quot;</source>
        <translation>“language”须为“zh”或“en”</translation>
    </message>
    <message>
        <source>&quot;start&quot; and &quot;length&quot; must be whole numbers from 0</source>
        <translation>“start”和“length”须为从 0 起的整数</translation>
    </message>
    <message>
        <source>&quot;quote&quot; must be text of at most %1 characters</source>
        <translation>“quote”须为至多 %1 个字符的文字</translation>
    </message>
    <message>
        <source>a highlight&apos;s &quot;quote&quot; must be its words, &quot;length&quot; long</source>
        <translation>高亮的“quote”须为其文字，长度与“length”相同</translation>
    </message>
    <message>
        <source>&quot;colour&quot; must be yellow, green, blue or pink</source>
        <translation>“colour”须为 yellow、green、blue 或 pink</translation>
    </message>
    <message>
        <source>&quot;note&quot; must be text of at most %1 characters</source>
        <translation>“note”（笔记）须为至多 %1 个字符的文字</translation>
    </message>
    <message>
        <source>&quot;created&quot; must be a date and time (ISO 8601)</source>
        <translation>“created”须为日期和时间（ISO 8601）</translation>
    </message>
    <message>
        <source>%1: a link; the reader keeps its notes in a file of its own</source>
        <translation>%1：这是一个链接；阅读器只把笔记存在自己的文件里</translation>
    </message>
    <message>
        <source>%1: it %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&quot;article&quot; must be an object</source>
        <translation>“article”须为对象</translation>
    </message>
    <message>
        <source>&quot;article&quot;.&quot;title&quot; must be text</source>
        <translation>“article”.“title”须为文字</translation>
    </message>
</context>
<context>
    <name>NotesMarkdown</name>
    <message>
        <source>— “%1”, %2, %3, %4; %5, paragraph %6</source>
        <extracomment>A citation under a quote: title, outlet, author, date; section, paragraph number. Written in the quote&apos;s language.</extracomment>
        <translation>——《%1》，%2，%3，%4；%5，第%6段</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>笔记：%1</translation>
    </message>
    <message>
        <source>Not in this article</source>
        <translation>不在本文中</translation>
    </message>
    <message>
        <source>Bookmark: %1…</source>
        <translation>书签：%1…</translation>
    </message>
    <message>
        <source>(Detached: the article&apos;s text no longer has these words.)</source>
        <translation>（已脱离：文章中已没有这些文字。）</translation>
    </message>
    <message>
        <source>No highlights, notes or bookmarks yet.</source>
        <translation>还没有高亮、笔记或书签。</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Not in this article</source>
        <translation>不在本文中</translation>
    </message>
    <message>
        <source>%1, paragraph %2</source>
        <translation>%1，第%2段</translation>
    </message>
</context>
<context>
    <name>PdfFinisher</name>
    <message>
        <source>%1: not there</source>
        <translation>%1：不存在</translation>
    </message>
    <message>
        <source>The PDF has no outline: the PDF module was not found (%1).</source>
        <translation>PDF 中没有章节目录：找不到 PDF 模块（%1）。</translation>
    </message>
    <message>
        <source>The PDF has no outline: %1</source>
        <translation>PDF 中没有章节目录：%1</translation>
    </message>
</context>
<context>
    <name>PinyinDictionary</name>
    <message>
        <source>Cannot read the pinyin corrections %1: %2</source>
        <translation>无法读取拼音校正表 %1：%2</translation>
    </message>
    <message>
        <source>%1, line %2: expected Chinese words (a space between two), a tab, and one tone-numbered syllable for each character</source>
        <translation>%1，第 %2 行：应为中文词语（两词之间用空格）、一个制表符，以及每个汉字一个带数字声调的音节</translation>
    </message>
    <message>
        <source>%1, line %2: %3 is corrected twice</source>
        <translation>%1，第 %2 行：%3 被校正了两次</translation>
    </message>
    <message>
        <source>The pinyin readings could not be indexed.</source>
        <translation>无法生成拼音读音的索引。</translation>
    </message>
</context>
<context>
    <name>PinyinSources</name>
    <message>
        <source>Cannot read %1: %2. Pinyin needs it; it is installed by the Debian package %3 (sudo apt-get install %3).</source>
        <translation>无法读取 %1：%2。显示拼音需要此文件，它由 Debian 软件包 %3 提供（sudo apt-get install %3）。</translation>
    </message>
    <message>
        <source>it is not a Rime dictionary</source>
        <translation>它不是 Rime 词典</translation>
    </message>
    <message>
        <source>it holds no words</source>
        <translation>其中没有词条</translation>
    </message>
    <message>
        <source>it holds no kMandarin readings</source>
        <translation>其中没有 kMandarin 读音</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>%1: not there</source>
        <translation>%1：不存在</translation>
    </message>
    <message>
        <source>Printing is not available: the print module was not found (%1).</source>
        <translation>无法打印：找不到打印模块（%1）。</translation>
    </message>
    <message>
        <source>The article could not be printed.</source>
        <translation>无法打印文章。</translation>
    </message>
</context>
<context>
    <name>RecentlyUsedXbel</name>
    <message>
        <source>it has more than one root element</source>
        <translation>它有不止一个根元素</translation>
    </message>
    <message>
        <source>it is not XML (line %1: %2)</source>
        <translation>它不是 XML（第 %1 行：%2）</translation>
    </message>
    <message>
        <source>it is not an XBEL document</source>
        <translation>它不是 XBEL 文档</translation>
    </message>
    <message>
        <source>%1 is not updated: it %2.</source>
        <translation>%1 未更新：它%2。</translation>
    </message>
    <message>
        <source>%1 is not updated: %2.</source>
        <translation>%1 未更新：%2。</translation>
    </message>
</context>
<context>
    <name>SafeOutputFile</name>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO), not a regular file</source>
        <translation>它是命名管道（FIFO），不是普通文件</translation>
    </message>
    <message>
        <source>it is a device, not a regular file</source>
        <translation>它是设备，不是普通文件</translation>
    </message>
    <message>
        <source>it is a socket, not a regular file</source>
        <translation>它是套接字，不是普通文件</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>没有给出文件名</translation>
    </message>
    <message>
        <source>there is no folder %1</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written: %2</source>
        <translation>无法写入文件夹 %1：%2</translation>
    </message>
    <message>
        <source>it is a symbolic link, which is not followed</source>
        <translation>它是符号链接，阅读器不会跟随链接写入</translation>
    </message>
    <message>
        <source>it is a symbolic link to nothing (%1)</source>
        <translation>它是指向不存在目标的符号链接（%1）</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>it was not opened</source>
        <translation>文件未打开</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>Settings are not saved to %1: %2.</source>
        <translation>设置未保存到 %1：%2。</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <source>it is %1 bytes, far larger than settings ever are</source>
        <translation>它有 %1 字节，远大于设置文件应有的大小</translation>
    </message>
    <message>
        <source>it is far larger than settings ever are</source>
        <translation>它远大于设置文件应有的大小</translation>
    </message>
    <message>
        <source>Settings file %1 is not read and will not be written: %2.</source>
        <translation>未读取设置文件 %1，也不会写入它：%2。</translation>
    </message>
    <message>
        <source>Settings file %1 is not read: %2. Defaults are used.</source>
        <translation>未读取设置文件 %1：%2。已使用默认设置。</translation>
    </message>
    <message>
        <source>Settings are not saved: cannot make the folder %1.</source>
        <translation>设置未保存：无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Settings are not saved. %1</source>
        <translation>设置未保存。%1</translation>
    </message>
</context>
<context>
    <name>SpeechSynthesizer</name>
    <message>
        <source>The espeak-ng voice data is missing (looked in %1). Install the package espeak-ng-data.</source>
        <translation>缺少 espeak-ng 的语音数据（查找位置：%1）。请安装软件包 espeak-ng-data。</translation>
    </message>
    <message>
        <source>no folder</source>
        <translation>无文件夹</translation>
    </message>
    <message>
        <source>espeak-ng could not start (error %1).</source>
        <translation>espeak-ng 无法启动（错误 %1）。</translation>
    </message>
    <message>
        <source>The espeak-ng voice &quot;%1&quot; is not installed. Install the package espeak-ng-data, or choose another voice.</source>
        <translation>未安装 espeak-ng 语音“%1”。请安装软件包 espeak-ng-data，或选择其他语音。</translation>
    </message>
    <message>
        <source>espeak-ng could not read the text (error %1).</source>
        <translation>espeak-ng 无法朗读这段文字（错误 %1）。</translation>
    </message>
    <message>
        <source>The espeak-ng library (libespeak-ng.so.1) cannot be loaded. Install the package libespeak-ng1.</source>
        <translation>无法加载 espeak-ng 库（libespeak-ng.so.1）。请安装软件包 libespeak-ng1。</translation>
    </message>
    <message>
        <source>No pinyin converter was given.</source>
        <translation>没有可用的拼音转换器。</translation>
    </message>
</context>
<context>
    <name>VocabularyFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not a Hope Reader vocabulary file</source>
        <translation>不是“希望阅读器”的生词本文件</translation>
    </message>
    <message>
        <source>it has no list of words</source>
        <translation>其中没有词语列表</translation>
    </message>
    <message>
        <source>more than %1 words</source>
        <translation>词语多于 %1 个</translation>
    </message>
    <message>
        <source>words[%1]: %2</source>
        <translation>words[%1]：%2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text of at most %2 characters</source>
        <translation>“%1”须为至多 %2 个字符的文字</translation>
    </message>
    <message>
        <source>&quot;word&quot; is empty</source>
        <translation>“word”为空</translation>
    </message>
    <message>
        <source>&quot;added&quot; must be a date and time</source>
        <translation>“added”须为日期和时间</translation>
    </message>
    <message>
        <source>%1: a link; the reader keeps its vocabulary in a file of its own</source>
        <translation>%1：这是一个链接；阅读器只把生词本存在自己的文件里</translation>
    </message>
    <message>
        <source>%1: it %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>WavStream</name>
    <message>
        <source>The audio is too long for a WAV file (at most %1 of it); read one section at a time (--section).</source>
        <translation>音频太长，WAV 文件装不下（最多 %1）；请一次朗读一个章节（--section）。</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>hope::app::ActionAnnouncer</name>
    <message>
        <source>%1: on</source>
        <translation>%1：开</translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation>%1：关</translation>
    </message>
    <message>
        <source>%1 chosen</source>
        <translation>已选择%1</translation>
    </message>
</context>
<context>
    <name>hope::app::AppearanceMenu</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Follow the System</source>
        <translation>跟随系统(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sepia</source>
        <translation>棕褐(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Actual Size (now %1%)</source>
        <translation>实际大小（现为 %1%）(&amp;A)</translation>
    </message>
</context>
<context>
    <name>hope::app::ArticleExport</name>
    <message>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>hope::app::LayoutActions</name>
    <message>
        <source>La&amp;yout</source>
        <translation>版式(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Chinese</source>
        <translation>中文(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>英文(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>左右对照(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Interleaved</source>
        <translation>逐段对照(&amp;I)</translation>
    </message>
</context>
<context>
    <name>hope::app::LayoutControls</name>
    <message>
        <source>Too narrow for side by side: each paragraph is followed by its translation. Widen the window or put a panel away.</source>
        <translation>窗口太窄，无法左右对照：现改为每个段落之后紧接其译文。请加宽窗口或收起一个面板。</translation>
    </message>
    <message>
        <source>Found %1 times in the Chinese, %2 in the English</source>
        <translation>在中文中找到 %1 处，在英文中找到 %2 处</translation>
    </message>
</context>
<context>
    <name>hope::app::LookupController</name>
    <message>
        <source>No Chinese word at the caret to look up.</source>
        <translation>光标处没有可查的中文词语。</translation>
    </message>
    <message>
        <source>&amp;Look Up Word</source>
        <translation>查词(&amp;L)</translation>
    </message>
    <message>
        <source>Show the reading and meaning of the Chinese word at the caret</source>
        <translation>显示光标处中文词语的读音和释义</translation>
    </message>
    <message>
        <source>%1 added to your vocabulary</source>
        <translation>已把 %1 加入生词本</translation>
    </message>
</context>
<context>
    <name>hope::app::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一处(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一处(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Contents Sidebar</source>
        <translation>目录侧栏(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;lip Panel</source>
        <translation>短片面板(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reading Mode</source>
        <translation>阅读模式(&amp;R)</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;aret Browsing</source>
        <translation>光标浏览(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Hope Reader</source>
        <translation>关于希望阅读器(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
</context>
<context>
    <name>hope::app::MainWindow</name>
    <message>
        <source>Open Article Bundle</source>
        <translation>打开文章包</translation>
    </message>
    <message>
        <source>Article bundles (*.json)</source>
        <translation>文章包 (*.json)</translation>
    </message>
    <message>
        <source>About Hope Reader</source>
        <translation>关于希望阅读器</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hope Reader %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A reader for the article &quot;Hope lights us up&quot;, in Chinese and in English.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;希望阅读器 %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;以中文和英文阅读文章《希望是光，希望有你》。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hope Reader</source>
        <translation>希望阅读器</translation>
    </message>
    <message>
        <source>%1 — Hope Reader</source>
        <translation>%1 - 希望阅读器</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>The bundle %1 cannot be opened. The current article stays open.</source>
        <translation>无法打开文章包 %1。当前文章保持打开。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Milestone selected: %1</source>
        <translation>已选中里程碑：%1</translation>
    </message>
    <message>
        <source>Caret browsing on</source>
        <translation>光标浏览已开启</translation>
    </message>
    <message>
        <source>Caret browsing off</source>
        <translation>光标浏览已关闭</translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation>文字大小 %1%</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>后退到%1</translation>
    </message>
    <message>
        <source>Forward to %1</source>
        <translation>前进到%1</translation>
    </message>
    <message>
        <source>Text size %1%: the sections and the milestone card stop at %2%, the timeline and the clip keep their size</source>
        <translation>文字大小 %1%：章节目录和里程碑卡片最多放大到 %2%，时间线和短片保持原大小</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
</context>
<context>
    <name>hope::app::NotesController</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Select words, or click a highlight, to add a note.</source>
        <translation>请先选中文字或点击一处高亮，再添加笔记。</translation>
    </message>
    <message>
        <source>&amp;Green</source>
        <translation>绿色(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Blue</source>
        <translation>蓝色(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Pink</source>
        <translation>粉色(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Yellow</source>
        <translation>黄色(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>高亮颜色(&amp;C)</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Place</source>
        <translation>为此处加书签(&amp;B)</translation>
    </message>
    <message>
        <source>Copy with &amp;Citation</source>
        <translation>连同出处复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <source>Export &amp;Notes as Markdown…</source>
        <translation>将笔记导出为 Markdown(&amp;N)…</translation>
    </message>
    <message>
        <source>Export Notes as &amp;JSON…</source>
        <translation>将笔记导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>导入笔记(&amp;I)…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Your notes for this article cannot be read: %1

The file cannot be moved aside either, so notes made now will not be saved.</source>
        <translation>无法读取你在本文上的笔记：%1

该文件也无法移到一旁，所以现在做的笔记不会被保存。</translation>
    </message>
    <message>
        <source>Your notes for this article cannot be read: %1

The file was kept as %2. The reader starts with no notes.</source>
        <translation>无法读取你在本文上的笔记：%1

该文件已另存为 %2。阅读器从没有笔记开始。</translation>
    </message>
    <message>
        <source>Notes not saved: %1</source>
        <translation>笔记未保存：%1</translation>
    </message>
    <message>
        <source>Select words in a paragraph to highlight them.</source>
        <translation>请先选中段落中的文字再高亮。</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>No more highlights: this article has %1.</source>
        <translation>无法再添加高亮：本文已有 %1 条。</translation>
    </message>
    <message>
        <source>Highlighted: %1</source>
        <translation>已高亮：%1</translation>
    </message>
    <message>
        <source>This place is bookmarked already.</source>
        <translation>此处已有书签。</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Bookmarked: %1</source>
        <translation>已加书签：%1</translation>
    </message>
    <message>
        <source>Go to a paragraph to bookmark it.</source>
        <translation>请转到一个段落再加书签。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Note removed</source>
        <translation>笔记已删除</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>笔记已保存</translation>
    </message>
    <message>
        <source>No note. Ctrl+Alt+N adds one.</source>
        <translation>没有笔记。按 Ctrl+Alt+N 添加。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>笔记：%1</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>编辑笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>&amp;Remove Highlight</source>
        <translation>删除高亮(&amp;R)</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>高亮已删除</translation>
    </message>
    <message>
        <source>Select words in a paragraph to copy them with a citation.</source>
        <translation>请先选中段落中的文字，再连同出处复制。</translation>
    </message>
    <message>
        <source>Copied with its citation</source>
        <translation>已连同出处复制</translation>
    </message>
    <message>
        <source>Export Notes as Markdown</source>
        <translation>将笔记导出为 Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <source>Export Notes as JSON</source>
        <translation>将笔记导出为 JSON</translation>
    </message>
    <message>
        <source>Hope Reader notes (*.json)</source>
        <translation>希望阅读器笔记 (*.json)</translation>
    </message>
    <message>
        <source>%1: it does not exist</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>导入笔记</translation>
    </message>
    <message>
        <source>%1: importing %2 notes would make more than %3.</source>
        <translation>%1：导入 %2 条笔记后将超过 %3 条。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s)</source>
        <translation>
            <numerusform>已导入 %n 条笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n were here already</source>
        <translation>
            <numerusform>；其中 %n 条已存在</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Notes &amp;After the Article</source>
        <translation>在文章后打印笔记(&amp;A)</translation>
    </message>
    <message>
        <source>%1: these notes are on “%2”, not on this article.</source>
        <translation>%1：这些笔记是针对《%2》的，不是本文。</translation>
    </message>
</context>
<context>
    <name>hope::app::ReadAloud</name>
    <message>
        <source>Read &amp;Aloud</source>
        <translation>朗读(&amp;A)</translation>
    </message>
    <message>
        <source>Go On Reading</source>
        <translation>继续朗读</translation>
    </message>
    <message>
        <source>Pause Reading</source>
        <translation>暂停朗读</translation>
    </message>
    <message>
        <source>Previous Sentence</source>
        <translation>上一句</translation>
    </message>
    <message>
        <source>Next Sentence</source>
        <translation>下一句</translation>
    </message>
    <message>
        <source>Stop Reading</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <source>Show &amp;Pinyin</source>
        <translation>显示拼音(&amp;P)</translation>
    </message>
    <message>
        <source>The reader&apos;s player module cannot be loaded, so there is no sound: the words are lit without it. Reinstall Hope Reader. (%1)</source>
        <translation>无法加载阅读器的播放模块，因此没有声音：词语照常高亮，但不发声。请重新安装希望阅读器。（%1）</translation>
    </message>
    <message>
        <source>There is no sound device, so the words are lit without sound. Connect headphones or speakers, or check that PulseAudio or PipeWire runs.</source>
        <translation>没有音频设备，因此词语高亮但不发声。请连接耳机或音箱，或检查 PulseAudio 或 PipeWire 是否在运行。</translation>
    </message>
    <message>
        <source>Read Aloud in Two &amp;Languages</source>
        <translation>双语朗读(&amp;L)</translation>
    </message>
    <message>
        <source>The Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>The English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese, Then English</source>
        <translation>先中文，后英文</translation>
    </message>
    <message>
        <source>Reading aloud paused</source>
        <translation>朗读已暂停</translation>
    </message>
    <message>
        <source>Reading aloud stopped</source>
        <translation>朗读已停止</translation>
    </message>
    <message>
        <source>Pinyin as Bopomofo (&amp;Zhuyin)</source>
        <translation>拼音改用注音符号(&amp;Z)</translation>
    </message>
    <message>
        <source>Tones of 一 and 不 as Spok&amp;en</source>
        <translation>“一”“不”按说话时的声调(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Mark Each Tone in Colour</source>
        <translation>拼音按声调分色(&amp;M)</translation>
    </message>
</context>
<context>
    <name>hope::app::ScriptController</name>
    <message>
        <source>Traditional characters cannot be shown: %1

The article stays as it is.</source>
        <translation>无法显示繁体字：%1

文章保持原样。</translation>
    </message>
    <message>
        <source>Chinese Script</source>
        <translation>中文字形</translation>
    </message>
    <message>
        <source>Chinese &amp;Script</source>
        <translation>中文字形(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Simplified (as Published)</source>
        <translation>简体（原文）(&amp;S)</translation>
    </message>
    <message>
        <source>Traditional (&amp;Taiwan)</source>
        <translation>繁体（台湾）(&amp;T)</translation>
    </message>
    <message>
        <source>Traditional (&amp;Hong Kong)</source>
        <translation>繁体（香港）(&amp;H)</translation>
    </message>
</context>
<context>
    <name>hope::app::VocabularyController</name>
    <message>
        <source>Vocabulary</source>
        <translation>生词本</translation>
    </message>
    <message>
        <source>&amp;Vocabulary</source>
        <translation>生词本(&amp;V)</translation>
    </message>
    <message>
        <source>The words you kept from the lookup card</source>
        <translation>你从查词卡片中收藏的词语</translation>
    </message>
    <message>
        <source>Export &amp;Vocabulary for Anki…</source>
        <translation>导出生词本供 Anki 使用(&amp;V)…</translation>
    </message>
    <message>
        <source>Your vocabulary for this article cannot be read: %1

The file cannot be moved aside either, so words kept now will not be saved.</source>
        <translation>无法读取这篇文章的生词本：%1

该文件也无法移到一旁，因此现在收藏的词语不会被保存。</translation>
    </message>
    <message>
        <source>Your vocabulary for this article cannot be read: %1

The file was kept as %2. The reader starts with an empty list.</source>
        <translation>无法读取这篇文章的生词本：%1

该文件已另存为 %2。阅读器将从空列表开始。</translation>
    </message>
    <message>
        <source>Vocabulary not saved: %1</source>
        <translation>生词本未保存：%1</translation>
    </message>
    <message>
        <source>Vocabulary not exported: %1</source>
        <translation>生词本未导出：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) exported to %1</source>
        <translation>
            <numerusform>已将 %n 个词语导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Vocabulary for Anki</source>
        <translation>导出生词本供 Anki 使用</translation>
    </message>
    <message>
        <source>Tab-separated text for Anki (*.tsv)</source>
        <translation>供 Anki 使用的制表符分隔文本 (*.tsv)</translation>
    </message>
</context>
<context>
    <name>hope::core::BundleFile</name>
    <message>
        <source>is %1 bytes, more than the %2 bytes allowed</source>
        <translation>有 %1 字节，多于容许的 %2 字节</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>is a link that leads nowhere</source>
        <translation>是指向不存在目标的符号链接</translation>
    </message>
    <message>
        <source>leads outside the bundle&apos;s folder</source>
        <translation>指向文章包所在文件夹之外</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>is not a regular file (a device, a pipe or a socket)</source>
        <translation>不是普通文件（而是设备、管道或套接字）</translation>
    </message>
    <message>
        <source>grew past the %1 bytes allowed while it was read</source>
        <translation>在读取期间仍有内容写入，大小已多于容许的 %1 字节</translation>
    </message>
</context>
<context>
    <name>hope::core::MilestoneModel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Category: %1. %2</source>
        <translation>类别：%1。%2</translation>
    </message>
    <message>
        <source>Category: %1. Era: %2. %3</source>
        <translation>类别：%1。时期：%2。%3</translation>
    </message>
</context>
<context>
    <name>hope::core::NotesModel</name>
    <message>
        <source>Bookmark: %1…</source>
        <translation>书签：%1…</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>笔记：%1</translation>
    </message>
    <message>
        <source>%1 (detached: the text has changed)</source>
        <translation>%1（已脱离：文字已改动）</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Detached highlight</source>
        <translation>已脱离的高亮</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>hope::core::SectionModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>How long a section takes to read, beside it in the contents.</extracomment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hope::ui::ArticleLinkNames</name>
    <message>
        <source>Read about the milestone: %1, %2</source>
        <translation>阅读里程碑：%1，%2</translation>
    </message>
    <message>
        <source>Play the scene: %1</source>
        <translation>播放这一场景：%1</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>%1. Picture: %2</source>
        <translation>%1。图片：%2</translation>
    </message>
</context>
<context>
    <name>hope::ui::AudioSinkOutput</name>
    <message>
        <source>There is no sound device: the words are lit without sound.</source>
        <translation>没有音频设备：词语高亮但不发声。</translation>
    </message>
    <message>
        <source>The sound device %1 cannot play speech at %2 Hz: the words are lit without sound.</source>
        <translation>音频设备 %1 无法以 %2 Hz 播放语音：词语高亮但不发声。</translation>
    </message>
    <message>
        <source>The sound device %1 cannot be opened: the words are lit without sound.</source>
        <translation>无法打开音频设备 %1：词语高亮但不发声。</translation>
    </message>
</context>
<context>
    <name>hope::ui::BundleProblemDialog</name>
    <message>
        <source>Cannot Open Bundle</source>
        <translation>无法打开文章包</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (Show Details).</source>
        <translation>
            <numerusform>……另有 %n 个问题（见“显示详细信息”）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more, not listed.</source>
        <translation>
            <numerusform>……另有 %n 个问题，未列出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hope::ui::ClipControls</name>
    <message>
        <source>Pause (Space, K)</source>
        <translation>暂停（空格键、K）</translation>
    </message>
    <message>
        <source>Play (Space, K)</source>
        <translation>播放（空格键、K）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <source>Position (Left, Right: 5 s; Page Up, Page Down: chapters)</source>
        <translation>播放位置（左右方向键：5 秒；Page Up、Page Down：章节）</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>静音（M）</translation>
    </message>
    <message>
        <source>Volume (Up, Down)</source>
        <translation>音量（上下方向键）</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Captions (C)</source>
        <translation>字幕（C）</translation>
    </message>
    <message>
        <source>Full screen (F, double-click; Esc leaves)</source>
        <translation>全屏（F 或双击；Esc 退出）</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>声音已关闭</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>声音已开启</translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation>播放速度（[ 减速，] 加速）</translation>
    </message>
    <message>
        <source>Captions on</source>
        <translation>字幕已开启</translation>
    </message>
    <message>
        <source>Captions off</source>
        <translation>字幕已关闭</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Space or K plays and pauses.</source>
        <translation>空格键或 K 键播放、暂停。</translation>
    </message>
    <message>
        <source>In seconds. Left and Right: 5 seconds; Page Up and Page Down: chapters.</source>
        <translation>以秒计。左右方向键：5 秒；Page Up、Page Down：章节。</translation>
    </message>
    <message>
        <source>M turns the sound off and on.</source>
        <translation>M 键关闭或开启声音。</translation>
    </message>
    <message>
        <source>In percent. Up and Down change it.</source>
        <translation>以百分比计。上下方向键调节。</translation>
    </message>
    <message>
        <source>[ slower, ] faster.</source>
        <translation>[ 键减速，] 键加速。</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <source>C turns the captions off and on.</source>
        <translation>C 键关闭或开启字幕。</translation>
    </message>
    <message>
        <source>F goes to full screen, Esc leaves it.</source>
        <translation>F 键进入全屏，Esc 键退出。</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Playback speed: %1</source>
        <translation>播放速度：%1</translation>
    </message>
    <message>
        <source>normal speed</source>
        <translation>正常速度</translation>
    </message>
    <message>
        <source>Repeat the line (R; Esc stops)</source>
        <translation>重复本句（R；Esc 停止）</translation>
    </message>
    <message>
        <source>Repeat line</source>
        <translation>重复本句</translation>
    </message>
    <message>
        <source>R repeats the caption line playing until R or Escape. Shift+Left and Shift+Right go a line back or on.</source>
        <translation>R 重复正在播放的字幕句，再按 R 或 Esc 停止。Shift+左方向键和 Shift+右方向键转到上一句或下一句。</translation>
    </message>
    <message>
        <source>Repeating the line</source>
        <translation>正在重复本句</translation>
    </message>
    <message>
        <source>Repeat off</source>
        <translation>已停止重复</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>短片章节</translation>
    </message>
    <message>
        <source>Chapters (Page Up, Page Down)</source>
        <translation>短片章节（Page Up、Page Down）</translation>
    </message>
</context>
<context>
    <name>hope::ui::ClipPanel</name>
    <message>
        <source>Clip</source>
        <translation>短片</translation>
    </message>
    <message>
        <source>This article comes with no clip.</source>
        <translation>本文没有附带短片。</translation>
    </message>
    <message>
        <source>The clip cannot be played: Qt&apos;s multimedia backend is not installed. Install the package libqt6multimedia6 (with its GStreamer plugin).</source>
        <translation>无法播放短片：未安装 Qt 多媒体后端。请安装软件包 libqt6multimedia6（含其 GStreamer 插件）。</translation>
    </message>
    <message>
        <source>The clip cannot be played: this machine cannot decode WebM video (VP9 picture, Opus sound). Install %1.</source>
        <translation>无法播放短片：本机无法解码 WebM 视频（VP9 画面、Opus 声音）。请安装 %1。</translation>
    </message>
    <message>
        <source>No audio device was found: the clip plays without sound.</source>
        <translation>未找到音频设备：短片将无声播放。</translation>
    </message>
    <message>
        <source>Length %1 · Chapters: %2</source>
        <translation>时长 %1 · 章节：%2</translation>
    </message>
    <message>
        <source> (The player said: %1)</source>
        <translation>（播放器提示：%1）</translation>
    </message>
    <message>
        <source>The clip cannot be played: its file %1 is missing.</source>
        <translation>无法播放短片：找不到它的文件 %1。</translation>
    </message>
    <message>
        <source>The clip %1 cannot be played: this machine has no decoder for its picture or sound%2. gstreamer1.0-plugins-good decodes WebM (VP9, Opus); other formats may need gstreamer1.0-plugins-bad, gstreamer1.0-plugins-ugly or gstreamer1.0-libav.</source>
        <translation>无法播放短片 %1：本机没有可以解码其画面或声音的解码器%2。gstreamer1.0-plugins-good 可解码 WebM（VP9、Opus）；其他格式可能需要 gstreamer1.0-plugins-bad、gstreamer1.0-plugins-ugly 或 gstreamer1.0-libav。</translation>
    </message>
    <message>
        <source> (missing: %1)</source>
        <translation>（缺少：%1）</translation>
    </message>
    <message>
        <source>The clip %1 stopped before its first picture reached the screen. Press Play to try again. If it keeps failing while other videos play on this machine, the file may be damaged.</source>
        <translation>短片 %1 在第一个画面显示之前就停止了。请按“播放”重试。如果本机能播放其他视频而它仍然失败，文件可能已损坏。</translation>
    </message>
    <message>
        <source>The clip stopped at %1: %2 could not be read to the end; it may be damaged.</source>
        <translation>短片停在 %1：%2 无法读到结尾，可能已损坏。</translation>
    </message>
    <message>
        <source>The clip stopped at %1 of %2: its file %3 is cut short or damaged.</source>
        <translation>短片停在 %1（全长 %2）：它的文件 %3 不完整或已损坏。</translation>
    </message>
    <message>
        <source>The clip cannot be played: %1 is damaged or is not a video.</source>
        <translation>无法播放短片：%1 已损坏或不是视频。</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>短片章节</translation>
    </message>
    <message>
        <source>The clip cannot be played: its file %1 %2.</source>
        <translation>无法播放短片：它的文件 %1 %2。</translation>
    </message>
    <message>
        <source>The clip has no picture at %1: its file %2 may be cut short or damaged.</source>
        <translation>短片在 %1 处没有画面：它的文件 %2 可能不完整或已损坏。</translation>
    </message>
    <message>
        <source>The clip cannot be played: the reader&apos;s player module could not be loaded. Reinstall Hope Reader. (%1)</source>
        <translation>无法播放短片：无法加载阅读器的播放模块。请重新安装希望阅读器。（%1）</translation>
    </message>
    <message>
        <source>The clip cannot be played: QT_MEDIA_BACKEND asks for the multimedia backend &quot;%1&quot;, which is not installed. Unset it, or set it to gstreamer.</source>
        <translation>无法播放短片：QT_MEDIA_BACKEND 要求使用多媒体后端“%1”，但它没有安装。请取消该设置，或将其设为 gstreamer。</translation>
    </message>
    <message>
        <source>The clip cannot be played: GStreamer cannot make the parts every clip plays through (%1). Reinstall the packages libgstreamer1.0-0 and gstreamer1.0-plugins-base.</source>
        <translation>无法播放短片：GStreamer 无法创建播放任何短片都要用到的组件（%1）。请重新安装软件包 libgstreamer1.0-0 和 gstreamer1.0-plugins-base。</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>正在播放</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Repeating the line from %1</source>
        <translation>从 %1 起重复本句</translation>
    </message>
    <message>
        <source>Space or K plays and pauses. Left and Right: 5 seconds; with Shift, a caption line. R repeats the line. Comma and period: one frame. Ctrl+S saves the frame. F: full screen.</source>
        <translation>空格键或 K 播放和暂停。左右方向键：5 秒；加 Shift：一句字幕。R 重复本句。逗号和句点：一帧。Ctrl+S 保存画面。F：全屏。</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>字幕文本</translation>
    </message>
    <message>
        <source>The clip&apos;s caption lines. Enter plays from a line; Ctrl+C copies it with its time.</source>
        <translation>短片的字幕句。Enter 从该句播放；Ctrl+C 连同时间复制该句。</translation>
    </message>
    <message>
        <source>No caption line here to repeat</source>
        <translation>此处没有可重复的字幕句</translation>
    </message>
    <message>
        <source>Frame saved as %1</source>
        <translation>画面已保存为 %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Repeat the Line</source>
        <translation>重复本句</translation>
    </message>
    <message>
        <source>Pause After Each Line</source>
        <translation>每句后暂停</translation>
    </message>
    <message>
        <source>Save Frame</source>
        <translation>保存画面</translation>
    </message>
    <message>
        <source>Save Frame Without Captions</source>
        <translation>保存画面（不含字幕）</translation>
    </message>
    <message>
        <source>Caption Size</source>
        <translation>字幕大小</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Captions in Both Languages</source>
        <translation>双语字幕</translation>
    </message>
</context>
<context>
    <name>hope::ui::FindBar</name>
    <message>
        <source>Find in the article</source>
        <translation>在文中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一处（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一处（F3）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>没有找到</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>The match selected, of how many: &quot;3 of 12&quot;.</extracomment>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <extracomment>Matches found, none selected yet (after the text changed language).</extracomment>
        <translation>
            <numerusform>共 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to find. Enter: next match; Shift+Enter: previous match; Esc: close.</source>
        <translation>输入要查找的文字。回车：下一处；Shift+回车：上一处；Esc：关闭。</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一处</translation>
    </message>
    <message>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一处</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>关闭查找</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>hope::ui::LayoutSwitch</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>左右对照</translation>
    </message>
    <message>
        <source>Interleaved</source>
        <translation>逐段对照</translation>
    </message>
    <message>
        <source>Reading layout: the article in Chinese, in English, or both</source>
        <translation>阅读版式：文章以中文、英文或中英对照显示</translation>
    </message>
    <message>
        <source>Reading layout</source>
        <translation>阅读版式</translation>
    </message>
</context>
<context>
    <name>hope::ui::LookupCard</name>
    <message>
        <source>CC-CEDICT, CC BY-SA 4.0</source>
        <translation>CC-CEDICT，CC BY-SA 4.0</translation>
    </message>
    <message>
        <source>Words at this place</source>
        <translation>此处的词语</translation>
    </message>
    <message>
        <source>%1 (Traditional: %2)</source>
        <translation>%1（繁体：%2）</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Not in the reader&apos;s dictionary.</source>
        <translation>阅读器的词典中没有这个词。</translation>
    </message>
    <message>
        <source>In this article: %1</source>
        <translation>本文中：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Dictionary: %1</source>
        <translation>词典：%1</translation>
    </message>
    <message>
        <source>In Your Vocabulary</source>
        <translation>已在生词本中</translation>
    </message>
    <message>
        <source>Add to Voca&amp;bulary</source>
        <translation>加入生词本(&amp;B)</translation>
    </message>
    <message>
        <source>Draw S&amp;trokes</source>
        <translation>演示笔顺(&amp;T)</translation>
    </message>
    <message>
        <source>%1 (Simplified: %2)</source>
        <translation>%1（简体：%2）</translation>
    </message>
</context>
<context>
    <name>hope::ui::MilestoneAccessible</name>
    <message>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Open in the article</source>
        <translation>在文中打开</translation>
    </message>
    <message>
        <source>Shows the milestone in the card beside the timeline</source>
        <translation>在时间线旁的卡片中显示这一里程碑</translation>
    </message>
    <message>
        <source>Goes to the paragraphs that tell of the milestone</source>
        <translation>跳到文中讲述这一里程碑的段落</translation>
    </message>
    <message>
        <source>Told of in the text on screen.</source>
        <translation>当前屏幕上的正文讲到了它。</translation>
    </message>
</context>
<context>
    <name>hope::ui::MilestoneCard</name>
    <message>
        <source>Read in the article →</source>
        <translation>在文中阅读 →</translation>
    </message>
    <message>
        <source>Alibaba&apos;s Olympic milestones</source>
        <translation>阿里巴巴奥运里程碑</translation>
    </message>
    <message>
        <source>Click a milestone on the timeline, or focus the timeline and use Left and Right, to read about it here. Double-click or press Enter to go to the paragraphs that tell of it.</source>
        <translation>点击时间线上的里程碑，或将焦点移到时间线后用左右方向键选择，即可在此阅读详情。双击或按回车键可跳到文中讲述它的段落。</translation>
    </message>
    <message>
        <source>Milestone text</source>
        <translation>里程碑说明</translation>
    </message>
    <message>
        <source>Up and Down scroll it.</source>
        <translation>上下方向键滚动。</translation>
    </message>
    <message>
        <source>%1, %2. %3</source>
        <translation>%1，%2。%3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>hope::ui::NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Highlighted words</source>
        <translation>高亮的文字</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>笔记(&amp;N)：</translation>
    </message>
    <message>
        <source>Your note on these words</source>
        <translation>你对这些文字的笔记</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>针对：%1</translation>
    </message>
</context>
<context>
    <name>hope::ui::NotesPanel</name>
    <message>
        <source>Search notes</source>
        <translation>搜索笔记</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Highlights, notes and bookmarks in reading order. Enter goes to one, Delete removes it.</source>
        <translation>按阅读顺序列出的高亮、笔记和书签。按 Enter 转到，按 Delete 删除。</translation>
    </message>
    <message>
        <source>No note has these words.</source>
        <translation>没有笔记含有这些文字。</translation>
    </message>
    <message>
        <source>No highlights yet. Select words in the article and press Ctrl+H to highlight them, Ctrl+D to bookmark your place.</source>
        <translation>还没有高亮。在文章中选中文字后按 Ctrl+H 高亮，按 Ctrl+D 为当前位置加书签。</translation>
    </message>
    <message>
        <source>&amp;Go to Its Place</source>
        <translation>转到所在位置(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>编辑笔记(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>hope::ui::ProgressLine</name>
    <message>
        <source>%1% read</source>
        <extracomment>Share of the article read so far.</extracomment>
        <translation>已读 %1%</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>已读到结尾</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left at your pace</source>
        <translation>
            <numerusform>按你的速度约剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>约剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left at the pace you have been reading</source>
        <translation>按你一直以来的阅读速度估计的剩余时间</translation>
    </message>
    <message>
        <source>Time left at about 300 Chinese characters or 230 English words a minute, until you have read for a while</source>
        <translation>剩余时间先按每分钟约 300 个汉字或 230 个英文单词估计，读过一阵之后按你自己的速度估计</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>阅读进度</translation>
    </message>
</context>
<context>
    <name>hope::ui::ReadAloudBar</name>
    <message>
        <source>Previous sentence</source>
        <translation>上一句</translation>
    </message>
    <message>
        <source>Pause reading</source>
        <translation>暂停朗读</translation>
    </message>
    <message>
        <source>Go on reading</source>
        <translation>继续朗读</translation>
    </message>
    <message>
        <source>Next sentence</source>
        <translation>下一句</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>语速(&amp;S)</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <source>V&amp;oice</source>
        <translation>语音(&amp;O)</translation>
    </message>
    <message>
        <source>normal speed</source>
        <translation>正常速度</translation>
    </message>
</context>
<context>
    <name>hope::ui::RecentMenu</name>
    <message>
        <source>No Recent Bundles</source>
        <translation>没有最近打开的文章包</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1（找不到）</translation>
    </message>
    <message>
        <source>Remove &amp;Missing</source>
        <translation>移除找不到的文件(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>hope::ui::StrokeView</name>
    <message>
        <source>Stroke order of %1</source>
        <translation>%1 的笔顺</translation>
    </message>
    <message numerus="yes">
        <source>%n stroke(s)</source>
        <translation>
            <numerusform>%n 画</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hope::ui::TimelinePainter</name>
    <message>
        <source>bar: the month or year given</source>
        <translation>条形：文章所给的月份或年份</translation>
    </message>
    <message>
        <source>open: by then</source>
        <translation>空心：不晚于此时</translation>
    </message>
</context>
<context>
    <name>hope::ui::TimelineWidget</name>
    <message>
        <source>Zoom in (Ctrl+wheel, +)</source>
        <translation>放大（Ctrl+滚轮，+）</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel, −)</source>
        <translation>缩小（Ctrl+滚轮，−）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全览</translation>
    </message>
    <message>
        <source>Show the whole timeline again (0)</source>
        <translation>重新显示整条时间线（0）</translation>
    </message>
    <message>
        <source>Timeline of Alibaba&apos;s Olympic milestones</source>
        <translation>阿里巴巴奥运里程碑时间线</translation>
    </message>
    <message>
        <source>Left and Right choose a milestone, Enter opens it in the article, + and − zoom.</source>
        <translation>左右方向键选择里程碑，回车键在文中打开，+ 和 − 缩放。</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>+ or Ctrl+wheel, with the timeline focused</source>
        <translation>时间线获得焦点时，按 + 键或 Ctrl+滚轮</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>− or Ctrl+wheel, with the timeline focused</source>
        <translation>时间线获得焦点时，按 − 键或 Ctrl+滚轮</translation>
    </message>
    <message>
        <source>Show the whole timeline</source>
        <translation>显示整条时间线</translation>
    </message>
    <message>
        <source>0, with the timeline focused</source>
        <translation>时间线获得焦点时，按 0 键</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>milestones without a label</comment>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hope::ui::TranscriptView</name>
    <message>
        <source>Play From Here</source>
        <translation>从此句播放</translation>
    </message>
    <message>
        <source>Repeat This Line</source>
        <translation>重复此句</translation>
    </message>
    <message>
        <source>Copy With Time</source>
        <translation>连同时间复制</translation>
    </message>
</context>
<context>
    <name>hope::ui::VocabularyPanel</name>
    <message>
        <source>Vocabulary</source>
        <translation>生词本</translation>
    </message>
    <message>
        <source>No words yet. Look a Chinese word up (rest the pointer on it, click it or press Ctrl+L) and choose Add to Vocabulary.</source>
        <translation>还没有词语。查一个中文词语（把指针停在词上、点击它或按 Ctrl+L），再选择“加入生词本”。</translation>
    </message>
    <message>
        <source>&amp;Go to Paragraph</source>
        <translation>转到该段(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport for Anki…</source>
        <translation>导出供 Anki 使用(&amp;X)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
</TS>
