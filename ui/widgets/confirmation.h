#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace hookboard {

// A yes/no question put to the person in a message box. Tests script the answer instead (as
// KeePassXC's MessageBox::setNextAnswer does), so nothing blocks in exec().
class Confirmation
{
public:
    // Asks; true when the person chose acceptText.
    static bool ask(QWidget *parent, const QString &title, const QString &text, const QString &acceptText);

    // The next ask() calls answer with its text and returns what it returns, showing nothing.
    static void setNextAnswer(std::function<bool(const QString &text)> answer);
    static bool hasPendingAnswer();

private:
    static std::function<bool(const QString &)> &nextAnswer();
};

} // namespace hookboard
