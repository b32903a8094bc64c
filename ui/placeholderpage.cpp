#include "placeholderpage.h"

#include "pageheader.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hookboard {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(title, {}, this));

    // A framed note a third of the way down reads as "on purpose"; a lone line of text in the middle of
    // an empty page reads as "failed to load".
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("placeholderCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(560);
    card->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->setSpacing(8);

    auto *heading = new QLabel(tr("Not in this release yet"), card);
    heading->setObjectName(QStringLiteral("placeholderHeading"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    cardLayout->addWidget(heading);

    auto *note = new QLabel(explanation, card);
    note->setObjectName(QStringLiteral("placeholderNote"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    cardLayout->addWidget(note);

    // Centred by stretches rather than an alignment flag: an aligned widget is given its size hint
    // and the word-wrapped note would be cut off instead of growing in height.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 3);
    row->addStretch(1);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

} // namespace hookboard
