#include "confirmation.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace hookboard {

bool Confirmation::ask(QWidget *parent, const QString &title, const QString &text, const QString &acceptText,
                       const QString &rejectText, bool *dontAskAgain)
{
    last() = Question{title, text, acceptText, rejectText, dontAskAgain != nullptr};
    const bool tick = std::exchange(nextDontAskAgain(), false);
    if (std::function<bool(const QString &)> scripted = std::exchange(nextAnswer(), {})) {
        const bool accepted = scripted(text);
        if (dontAskAgain)
            *dontAskAgain = accepted && tick;
        return accepted;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    QPushButton *reject = rejectText.isEmpty() ? box.addButton(QMessageBox::Cancel)
                                               : box.addButton(rejectText, QMessageBox::RejectRole);
    box.setDefaultButton(reject); // the safe answer is the default
    if (dontAskAgain)
        box.setCheckBox(new QCheckBox(QCoreApplication::translate("Confirmation", "Do not ask again"), &box));
    box.exec();
    const bool accepted = box.clickedButton() == accept;
    if (dontAskAgain)
        *dontAskAgain = accepted && box.checkBox()->isChecked();
    return accepted;
}

void Confirmation::setNextDontAskAgain(bool tick)
{
    nextDontAskAgain() = tick;
}

bool &Confirmation::nextDontAskAgain()
{
    static bool tick = false;
    return tick;
}

void Confirmation::setNextAnswer(std::function<bool(const QString &)> answer)
{
    nextAnswer() = std::move(answer);
}

bool Confirmation::hasPendingAnswer()
{
    return bool(nextAnswer());
}

Confirmation::Question Confirmation::lastQuestion()
{
    return last();
}

Confirmation::Question &Confirmation::last()
{
    static Question question;
    return question;
}

std::function<bool(const QString &)> &Confirmation::nextAnswer()
{
    static std::function<bool(const QString &)> answer;
    return answer;
}

} // namespace hookboard
