#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace hookboard {

class SandboxServer;
class StatusLabel;

// How one bin answers: its status, a delay, and "fail the next N with status S", applied to the
// running sandbox. While nothing is edited, it follows the bin (the fail-next count going down as
// requests arrive).
class BinAnswerForm : public QWidget
{
    Q_OBJECT
public:
    explicit BinAnswerForm(SandboxServer &sandbox, QWidget *parent = nullptr);

    void setBin(const QString &bin);
    // Shows the bin's settings again, unless the person has unapplied edits.
    void refresh();
    // Gives the form's values to the bin (its signature secrets stay as they are).
    void apply();

private:
    void load();
    void updateSummary();

    SandboxServer &m_sandbox;
    QString m_bin;
    QSpinBox *m_status;
    QSpinBox *m_delay;
    QSpinBox *m_failNext;
    QSpinBox *m_failureStatus;
    QSpinBox *m_keep;
    QPushButton *m_apply;
    QLabel *m_summary;
    StatusLabel *m_error;
    bool m_loading = false;
    bool m_edited = false;
};

} // namespace hookboard
