#pragma once

#include "signaturecheck.h"

#include <QTextBrowser>

namespace hookboard {

// Explains, for people debugging their receiver, how the signatures of one attempt are made and
// checked, with that attempt's actual id, timestamp and signature, and whether the receiver's
// secret (as it is now) reproduces what was sent.
class SignatureView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SignatureView(QWidget *parent = nullptr);

    void setCheck(const SignatureCheck &check);
    void setNothing(const QString &why);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    std::optional<SignatureCheck> m_check;
    QString m_nothing;
};

} // namespace hookboard
