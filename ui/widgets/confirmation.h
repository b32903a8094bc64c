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
    // What was asked, with both buttons' words.
    struct Question
    {
        QString title;
        QString text;
        QString acceptText;
        QString rejectText; // empty: the platform's Cancel
        bool offersDontAskAgain = false;
    };

    // Asks; true when the person chose acceptText. rejectText names the safe answer when "Cancel"
    // would be ambiguous (cancelling events: "Keep them").
    // With dontAskAgain, the box also has a "Do not ask again" check box, whose state it is set to
    // when the person accepts.
    static bool ask(QWidget *parent, const QString &title, const QString &text, const QString &acceptText,
                    const QString &rejectText = {}, bool *dontAskAgain = nullptr);
    // The last question ask() put, scripted or not (for tests).
    static Question lastQuestion();

    // The next ask() calls answer with its text and returns what it returns, showing nothing.
    static void setNextAnswer(std::function<bool(const QString &text)> answer);
    // The scripted next answer also ticks "Do not ask again".
    static void setNextDontAskAgain(bool tick);
    static bool hasPendingAnswer();

private:
    static std::function<bool(const QString &)> &nextAnswer();
    static Question &last();
    static bool &nextDontAskAgain();
};

} // namespace hookboard
