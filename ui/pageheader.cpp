#include "pageheader.h"

#include <QLabel>
#include <QVBoxLayout>

namespace hookboard {

PageHeader::PageHeader(const QString &title, const QString &summary, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(2);

    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    layout->addWidget(titleLabel);

    if (!summary.isEmpty()) {
        auto *summaryLabel = new QLabel(summary, this);
        summaryLabel->setObjectName(QStringLiteral("pageSummary"));
        summaryLabel->setWordWrap(true);
        summaryLabel->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(summaryLabel);
    }
}

} // namespace hookboard
