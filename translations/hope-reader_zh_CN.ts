<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticleDocumentBuilder</name>
    <message>
        <source>%1 · published %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: %1    Editor: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture stood here in the original article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Reads the article &quot;Hope lights us up&quot; (希望是光,希望有你), or another bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read in this language: zh or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at this section, by index or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the sections (index, id, heading) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window at its default size to this PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article bundle file to open (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[bundle]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one bundle can be opened at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Cannot open %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown section &quot;%1&quot;. Known sections: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle %1 cannot be opened. The article that ships with the reader is shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open Article Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article bundles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hope Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hope Reader %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A reader for the article &quot;Hope lights us up&quot;, in Chinese and in English.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hope Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Hope Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline of Alibaba&apos;s Olympic milestones is not part of this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip panel is not part of this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hope Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle %1 cannot be opened. The current article stays open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
