#pragma once

#include <QWidget>

namespace hookboard {

// A page whose feature is built by a later release: a title and an honest note on what will appear.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &explanation, QWidget *parent = nullptr);
};

} // namespace hookboard
