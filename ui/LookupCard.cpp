#include "ui/LookupCard.h"

#include "core/CardPlacement.h"
#include "ui/StrokeView.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QButtonGroup>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hope::ui {

namespace {

// Qt gives a frame the role of a border; the card is a small dialog.
QAccessibleInterface *cardFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("hope::ui::LookupCard") && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::Dialog);
    return nullptr;
}

QLabel *plainLabel()
{
    // Words and senses come from a bundle and the dictionary: text only.
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

}  // namespace

LookupCard::LookupCard(QWidget *parent)
    : QFrame(parent, Qt::ToolTip | Qt::FramelessWindowHint),
      m_choiceRow(new QWidget),
      m_choiceLayout(new QHBoxLayout(m_choiceRow)),
      m_group(new QButtonGroup(this)),
      m_word(plainLabel()),
      m_pinyin(plainLabel()),
      m_senses(plainLabel()),
      m_inArticle(plainLabel()),
      m_source(plainLabel()),
      m_keep(new QPushButton),
      m_strokes(new StrokeView),
      m_animate(new QPushButton)
{
    static const bool installed = [] {
        QAccessible::installFactory(cardFactory);
        return true;
    }();
    Q_UNUSED(installed);
    setObjectName(QStringLiteral("lookupCard"));
    setFrameShape(QFrame::Box);
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setMaximumWidth(380);
    setMinimumWidth(220);

    m_choiceLayout->setContentsMargins(0, 0, 0, 0);
    m_choiceLayout->setSpacing(4);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { choose(id); });
    m_word->setObjectName(QStringLiteral("lookupWord"));
    m_pinyin->setObjectName(QStringLiteral("lookupPinyin"));
    m_senses->setObjectName(QStringLiteral("lookupSenses"));
    // The senses take the keys in a keyboard card, so a screen reader
    // reads them and they can be selected and copied.
    m_senses->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_inArticle->setObjectName(QStringLiteral("lookupInArticle"));
    m_source->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_source->font();
    if (small.pixelSize() > 0)
        small.setPixelSize(std::max(9, small.pixelSize() * 85 / 100));
    else
        small.setPointSizeF(small.pointSizeF() * 0.85);
    m_source->setFont(small);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    layout->addWidget(m_choiceRow);
    layout->addWidget(m_word);
    layout->addWidget(m_pinyin);
    layout->addWidget(m_senses);
    layout->addWidget(m_inArticle);
    m_keep->setObjectName(QStringLiteral("keepWord"));
    m_keep->setAutoDefault(false);
    connect(m_keep, &QPushButton::clicked, this, [this] {
        if (m_chosen >= 0 && m_chosen < m_choices.size())
            emit keepRequested(m_choices.at(m_chosen));
    });
    m_animate->setObjectName(QStringLiteral("animateStrokes"));
    m_animate->setAutoDefault(false);
    connect(m_animate, &QPushButton::clicked, m_strokes, &StrokeView::animate);
    auto *strokes = new QHBoxLayout;
    strokes->addWidget(m_strokes);
    strokes->addWidget(m_animate, 0, Qt::AlignBottom);
    strokes->addStretch();
    layout->addLayout(strokes);
    auto *foot = new QHBoxLayout;
    foot->addWidget(m_source, 1);
    foot->addWidget(m_keep);
    layout->addLayout(foot);
    setFocusProxy(m_senses);
    m_senses->installEventFilter(this);
    retranslateUi();
}

void LookupCard::retranslateUi()
{
    m_source->setText(tr("CC-CEDICT, CC BY-SA 4.0"));
    m_choiceRow->setAccessibleName(tr("Words at this place"));
    m_animate->setText(tr("Draw S&trokes"));
    setKept(m_kept);
    showChosen();
}

void LookupCard::setKept(bool kept)
{
    m_kept = kept;
    m_keep->setText(kept ? tr("In Your Vocabulary") : tr("Add to Voca&bulary"));
    m_keep->setEnabled(!kept && m_chosen >= 0);
}

void LookupCard::setChineseFont(const QFont &font)
{
    m_chinese = font;
    QFont large = font;
    if (large.pixelSize() > 0)
        large.setPixelSize(large.pixelSize() * 3 / 2);
    else
        large.setPointSizeF(large.pointSizeF() * 1.5);
    m_word->setFont(large);
    for (QToolButton *button : std::as_const(m_buttons)) button->setFont(font);
    m_inArticle->setFont(font);
}

void LookupCard::setChoices(QList<core::LookupChoice> choices,
                            QHash<QString, QStringList> wordsWith)
{
    m_choices = std::move(choices);
    m_wordsWith = std::move(wordsWith);
    m_buttons.clear();
    while (QLayoutItem *item = m_choiceLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_choices.size(); ++i) {
        auto *button = new QToolButton;
        button->setCheckable(true);
        button->setAutoRaise(true);
        const core::LookupChoice &choice = m_choices.at(i);
        const QString shown = choice.shown.isEmpty() ? choice.word.text : choice.shown;
        button->setText(shown);
        if (m_chinese != QFont())
            button->setFont(m_chinese);
        button->setAccessibleName(shown);
        button->setAccessibleDescription(m_choices.at(i).pinyin);
        m_group->addButton(button, i);
        m_choiceLayout->addWidget(button);
        m_buttons.append(button);
    }
    m_choiceLayout->addStretch();
    // One word needs no choosing.
    m_choiceRow->setVisible(m_choices.size() > 1);
    m_chosen = -1;
    choose(m_choices.isEmpty() ? -1 : 0);
}

void LookupCard::choose(int index)
{
    if (index < -1 || index >= m_choices.size())
        return;
    const bool changed = index != m_chosen;
    m_chosen = index;
    if (index >= 0)
        m_buttons.at(index)->setChecked(true);
    showChosen();
    if (isVisible()) {
        adjustSize();
        if (!m_words.isNull())
            move(core::CardPlacement::place(size(), m_words, screen()->availableGeometry()));
    }
    if (changed && index >= 0)
        emit chosenChanged(m_choices.at(index).word);
}

void LookupCard::showChosen()
{
    if (m_chosen < 0 || m_chosen >= m_choices.size()) {
        for (QLabel *label : {m_word, m_pinyin, m_senses, m_inArticle}) label->clear();
        m_strokes->setCharacter({});
        m_strokes->hide();
        m_animate->hide();
        return;
    }
    const core::LookupChoice &choice = m_choices.at(m_chosen);
    const QString shown = choice.shown.isEmpty() ? choice.word.text : choice.shown;
    if (shown != choice.word.text) {
        // Shown in Traditional characters: those first, the published
        // Simplified the dictionary knows it by beside them.
        m_word->setText(tr("%1 (Simplified: %2)").arg(shown, choice.word.text));
    } else {
        QStringList traditional;
        for (const core::DictionaryEntry &entry : choice.entries) {
            if (entry.traditional != choice.word.text && !traditional.contains(entry.traditional))
                traditional.append(entry.traditional);
        }
        m_word->setText(
            traditional.isEmpty()
                ? choice.word.text
                : tr("%1 (Traditional: %2)").arg(choice.word.text, traditional.join(u' ')));
    }
    // A character's strokes as it is shown, for a card about one character.
    m_strokes->setCharacter(choice.word.length == 1 ? shown : QString());
    m_strokes->setVisible(m_strokes->strokeCount() > 0);
    m_animate->setVisible(m_strokes->strokeCount() > 0);
    m_pinyin->setText(choice.pinyin);
    m_pinyin->setVisible(!choice.pinyin.isEmpty());
    QStringList senses;
    for (const core::DictionaryEntry &entry : choice.entries) {
        // Each reading with its own senses: 会 huì "can", kuài "to reckon".
        if (choice.entries.size() > 1)
            senses.append(tr("%1:").arg(core::WordLookup::marked(entry.pinyin)));
        for (int i = 0; i < entry.senses.size(); ++i)
            senses.append(entry.senses.size() > 1 ? tr("%1. %2").arg(i + 1).arg(entry.senses.at(i))
                                                  : entry.senses.at(i));
    }
    m_senses->setText(senses.isEmpty() ? tr("Not in the reader's dictionary.")
                                       : senses.join(u'\n'));
    const QStringList others = m_wordsWith.value(choice.word.text);
    m_inArticle->setText(others.isEmpty() ? QString()
                                          : tr("In this article: %1").arg(others.join(tr(", "))));
    m_inArticle->setVisible(!others.isEmpty());
    setAccessibleName(tr("Dictionary: %1").arg(shown));
    // The senses have the keys: a screen reader speaks their name when the
    // card opens and again when another word is chosen, so it is all of it.
    m_senses->setAccessibleName(text().replace(u'\n', QStringLiteral(", ")));
}

QString LookupCard::text() const
{
    QStringList parts{m_word->text()};
    if (!m_pinyin->text().isEmpty())
        parts.append(m_pinyin->text());
    parts.append(m_senses->text());
    if (!m_inArticle->text().isEmpty())
        parts.append(m_inArticle->text());
    return parts.join(u'\n');
}

void LookupCard::showFor(const QRect &words, Mode mode)
{
    m_words = words;
    if (mode != m_mode || !isVisible()) {
        m_mode = mode;
        hide();
        // A tooltip over the pointer leaves the keys with the text; the
        // keyboard's card takes them, and goes when another window does.
        setWindowFlags(mode == Mode::Pointer ? Qt::ToolTip | Qt::FramelessWindowHint
                                             : Qt::Tool | Qt::FramelessWindowHint);
        setAttribute(Qt::WA_ShowWithoutActivating, mode == Mode::Pointer);
    }
    adjustSize();
    const QScreen *on = QGuiApplication::screenAt(words.center());
    if (!on)
        on = screen();
    move(core::CardPlacement::place(size(), words, on->availableGeometry()));
    show();
    raise();
    if (mode == Mode::Keyboard) {
        activateWindow();
        m_senses->setFocus(Qt::PopupFocusReason);
    }
    QAccessibleEvent shown(this, QAccessible::DialogStart);
    QAccessible::updateAccessibility(&shown);
}

bool LookupCard::eventFilter(QObject *watched, QEvent *event)
{
    // The senses have the keys to be read and selected, but Left and Right
    // (without Shift) choose the word and Escape closes, as on the card.
    if (watched == m_senses && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = key->modifiers() == Qt::NoModifier;
        if (plain && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right ||
                      key->key() == Qt::Key_Escape)) {
            keyPressEvent(key);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void LookupCard::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
        case Qt::Key_Escape:
            hide();
            return;
        case Qt::Key_Left:
            choose(std::max(0, m_chosen - 1));
            return;
        case Qt::Key_Right:
            choose(std::min(int(m_choices.size()) - 1, m_chosen + 1));
            return;
        default:
            QFrame::keyPressEvent(event);
    }
}

void LookupCard::leaveEvent(QEvent *event)
{
    QFrame::leaveEvent(event);
    // The pointer's card goes with the pointer, as a tooltip does.
    if (m_mode == Mode::Pointer)
        hide();
}

void LookupCard::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    QAccessibleEvent gone(this, QAccessible::DialogEnd);
    QAccessible::updateAccessibility(&gone);
    emit closed();
}

void LookupCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // The keyboard's card is a window of its own (a popup would leave the
    // reader's window active, and a screen reader said so): it goes when
    // the reader goes to another window, as a popup would.
    if (event->type() == QEvent::ActivationChange && m_mode == Mode::Keyboard && isVisible() &&
        !isActiveWindow())
        hide();
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

}  // namespace hope::ui
