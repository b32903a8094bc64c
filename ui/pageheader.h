#pragma once

#include <QWidget>

namespace hookboard {

// The title and one-line summary at the top of every page, so the pages look alike.
class PageHeader : public QWidget
{
    Q_OBJECT
public:
    PageHeader(const QString &title, const QString &summary, QWidget *parent = nullptr);
};

} // namespace hookboard
