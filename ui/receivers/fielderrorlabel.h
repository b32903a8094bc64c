#pragma once

#include "common/error.h"

#include <QLabel>
#include <QList>
#include <optional>

namespace hookboard {

// The line under a form field that says which rule its value breaks, in the error colour; hidden
// while the value is fine.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FieldErrorLabel(QWidget *parent = nullptr);

    void setError(const std::optional<Error> &error);
    void setErrors(const QList<Error> &errors);
    // The rules shown, in order (empty while hidden).
    QStringList rules() const { return m_rules; }
    // For a line that is under no field: messages keep the field they name.
    void setNamesFields(bool names) { m_namesFields = names; }

    // "must use the https scheme (got "http") — rule: https-only": the message without the field
    // name it starts with (the field is right above), and the rule it breaks.
    static QString describe(const Error &error, bool keepField = false);
    // field with error's line right under it, in one widget for a form row.
    static QWidget *stackedUnder(QWidget *field, FieldErrorLabel *error, QWidget *parent);
    // A red that reads well on the palette's base colour, light or dark.
    static QColor errorColor(const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColour();

    QStringList m_rules;
    bool m_namesFields = false;
};

} // namespace hookboard
