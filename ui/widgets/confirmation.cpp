#include "confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace hookboard {

bool Confirmation::ask(QWidget *parent, const QString &title, const QString &text, const QString &acceptText,
                       const QString &rejectText)
{
    last() = Question{title, text, acceptText, rejectText};
    if (std::function<bool(const QString &)> scripted = std::exchange(nextAnswer(), {}))
        return scripted(text);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    QPushButton *reject = rejectText.isEmpty() ? box.addButton(QMessageBox::Cancel)
                                               : box.addButton(rejectText, QMessageBox::RejectRole);
    box.setDefaultButton(reject); // the safe answer is the default
    box.exec();
    return box.clickedButton() == accept;
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
