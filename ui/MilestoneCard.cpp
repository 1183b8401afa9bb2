#include "ui/MilestoneCard.h"

#include "core/MilestoneCategory.h"
#include "core/ModelRoles.h"
#include "core/ReaderPalette.h"
#include "core/ReadingSession.h"
#include "ui/EmbeddedFonts.h"
#include "ui/PaneAccessible.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hope::ui {

using namespace core;

MilestoneCard::MilestoneCard(QWidget *parent)
    : QFrame(parent),
      m_date(new QLabel),
      m_category(new QLabel),
      m_mark(new QLabel),
      m_title(new QLabel),
      m_description(new QLabel),
      m_basis(new QLabel),
      m_read(new QPushButton),
      m_scroll(new QScrollArea)
{
    PaneAccessible::registerPaneClass(staticMetaObject.className());
    setObjectName(QStringLiteral("milestoneCard"));
    setFrameShape(QFrame::NoFrame);
    setColours(ReaderPalette::light());
    // Bundle text is shown as it is, never as markup.
    for (QLabel *l : {m_date, m_category, m_title, m_description, m_basis}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    applyFonts();
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_basis->setObjectName(QStringLiteral("dateBasis"));
    m_read->setObjectName(QStringLiteral("readInArticle"));
    m_read->setCursor(Qt::PointingHandCursor);
    // F6 comes here; a screen reader reads the card's name and description.
    setFocusPolicy(Qt::StrongFocus);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_date);
    top->addStretch(1);
    top->addWidget(m_mark);
    top->addWidget(m_category);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_title);
    // Long descriptions scroll inside the card rather than being cut off.
    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("cardBody"));
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(6);
    bodyLayout->addWidget(m_description);
    bodyLayout->addWidget(m_basis);
    bodyLayout->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("cardScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidget(body);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_read, 0, Qt::AlignLeft);

    connect(m_read, &QPushButton::clicked, this, [this] {
        if (m_index.isValid())
            emit milestoneActivated(m_index.data(ModelRoles::MilestoneIdRole).toString());
    });
    refresh();
}

void MilestoneCard::setColours(const ReaderPalette &colours)
{
    m_colours = colours;
    // Focused (F6), the card has a ring like every other focusable control.
    setStyleSheet(QStringLiteral("#milestoneCard { background: %1; border-left: 1px solid %2; }"
                                 "#milestoneCard:focus { border: 2px solid %4; }"
                                 "#dateBasis { color: %3; }"
                                 "#cardScroll, #cardBody { background: transparent; }")
                      .arg(colours.panel.name(), colours.rule.name(), colours.muted.name(),
                           colours.focusRing.name()));
    refresh();
}

void MilestoneCard::setTextScale(qreal scale)
{
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    applyFonts();
}

void MilestoneCard::setLanguage(Language language)
{
    m_language = language;
    applyFonts();
}

void MilestoneCard::applyFonts()
{
    const auto px = [this](int design) {
        return std::max(8, qRound(design * m_scale));
    };
    m_date->setFont(EmbeddedFonts::sans(px(12), m_language));
    m_category->setFont(EmbeddedFonts::sans(px(12), m_language));
    QFont title = EmbeddedFonts::serif(px(15), m_language);
    title.setBold(true);
    m_title->setFont(title);
    m_description->setFont(EmbeddedFonts::serif(px(13), m_language));
    QFont basis = EmbeddedFonts::sans(px(12), m_language);
    basis.setItalic(m_language == Language::English);
    m_basis->setFont(basis);
}

void MilestoneCard::follow(const core::ReadingSession *session, const QAbstractItemModel *model)
{
    connect(session, &core::ReadingSession::languageChanged, this, &MilestoneCard::setLanguage);
    connect(session, &core::ReadingSession::articleChanged, this, [this] { setMilestone({}); });
    connect(
        session, &core::ReadingSession::milestoneSelected, this, [this, model](const QString &id) {
            const QModelIndexList found =
                id.isEmpty() ? QModelIndexList()
                             : model->match(model->index(0, 0), core::ModelRoles::MilestoneIdRole,
                                            id, 1, Qt::MatchExactly);
            setMilestone(found.value(0));
        });
    setLanguage(session->language());
}

void MilestoneCard::setMilestone(const QModelIndex &index)
{
    if (m_index.model() != index.model() && index.model()) {
        connect(index.model(), &QAbstractItemModel::dataChanged, this, &MilestoneCard::refresh,
                Qt::UniqueConnection);
    }
    m_index = index;
    refresh();
}

void MilestoneCard::refresh()
{
    const bool has = m_index.isValid();
    m_read->setText(tr("Read in the article →"));
    // Tab stops on the text when it scrolls: a screen reader names it.
    if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("cardScroll"))) {
        scroll->setAccessibleName(tr("Milestone text"));
        scroll->setAccessibleDescription(tr("Up and Down scroll it."));
    }
    m_read->setVisible(has);
    m_category->setVisible(has);
    m_mark->setVisible(has);
    m_date->setVisible(has);
    m_basis->setVisible(has);
    if (!has) {
        m_title->setText(tr("Alibaba's Olympic milestones"));
        m_description->setText(
            tr("Click a milestone on the timeline, or focus the timeline and "
               "use Left and Right, to read about it here. Double-click or "
               "press Enter to go to the paragraphs that tell of it."));
        setAccessibleName(m_title->text());
        // The hint is the label's text, which a screen reader reads with the
        // panel: as the description too it was said twice.
        setAccessibleDescription(QString());
        return;
    }
    m_date->setText(m_index.data(ModelRoles::MilestoneDateTextRole).toString());
    // The theme's colour for the category: text on this panel, legible.
    const auto category =
        MilestoneCategory(m_index.data(ModelRoles::MilestoneCategoryRole).toInt());
    const QColor colour = m_colours.category(category);
    m_category->setText(m_index.data(ModelRoles::MilestoneCategoryNameRole).toString());
    // The marker's shape, not a dot for every category: the legend and the
    // timeline show the film as a cross.
    const qreal side = QFontMetricsF(m_category->font()).height();
    const qreal ratio = devicePixelRatioF();
    QPixmap mark(QSizeF(side, side).toSize() * ratio);
    mark.setDevicePixelRatio(ratio);
    mark.fill(Qt::transparent);
    {
        QPainter painter(&mark);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillPath(MilestoneCategories::markerPath(MilestoneCategories::shape(category),
                                                         QPointF(side / 2, side / 2), side * 0.36),
                         colour);
    }
    m_mark->setPixmap(mark);
    QPalette p = m_category->palette();
    p.setColor(QPalette::WindowText, colour);
    m_category->setPalette(p);
    m_title->setText(m_index.data(ModelRoles::MilestoneTitleRole).toString());
    m_description->setText(m_index.data(ModelRoles::MilestoneDescriptionRole).toString());
    const QString basis = m_index.data(ModelRoles::MilestoneDateBasisRole).toString();
    m_basis->setText(basis);
    m_basis->setVisible(!basis.isEmpty());
    setAccessibleName(m_title->text());
    const QString description =
        tr("%1, %2. %3")
            .arg(m_date->text(), m_index.data(ModelRoles::MilestoneCategoryNameRole).toString(),
                 m_description->text());
    setAccessibleDescription(basis.isEmpty() ? description : tr("%1 %2").arg(description, basis));
}

void MilestoneCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

}  // namespace hope::ui
