#include "confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace hookboard {

bool Confirmation::ask(QWidget *parent, const QString &title, const QString &text, const QString &acceptText)
{
    if (std::function<bool(const QString &)> scripted = std::exchange(nextAnswer(), {}))
        return scripted(text);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel)); // the safe answer is the default
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

std::function<bool(const QString &)> &Confirmation::nextAnswer()
{
    static std::function<bool(const QString &)> answer;
    return answer;
}

} // namespace hookboard
