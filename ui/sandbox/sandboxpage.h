#pragma once

#include "consolecontext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace hookboard {

class BinAnswerForm;
class CaughtRequestDetails;
class CaughtRequestModel;
class SandboxBinListModel;
class StatusLabel;

// The Sandbox page: the built-in HTTPS receiver's bins, a receiver pointed at one in a click, the
// requests each bin catches as they arrive with their signature verdicts, and how the bin answers
// (status, delay, fail the next N), to rehearse failures, retries and replays.
class SandboxPage : public QWidget
{
    Q_OBJECT
public:
    explicit SandboxPage(const ConsoleContext &context, QWidget *parent = nullptr);

    // Makes bin name and selects it; false (with the reason next to the name field) when the name
    // is not a bin name, is taken, or the sandbox is full.
    bool createBin(const QString &name);
    void selectBin(const QString &bin);
    QString currentBin() const { return m_bin; }
    // Creates a receiver, as the operator, whose URL is the current bin.
    void createReceiverForBin();

    SandboxBinListModel *binModel() const { return m_bins; }
    CaughtRequestModel *requestModel() const { return m_requests; }

signals:
    // The person asked to see a receiver the page created.
    void openReceiverRequested(qint64 receiverId);

private:
    QWidget *buildOffNote();
    QWidget *buildBinColumn();
    QWidget *buildBinPanel();
    void checkNewBinName();
    void onBinSelected();
    void onRequestSelected();
    // Says what the bin checks signatures with (and what creating a receiver came to).
    void updateSignatureSource();

    ConsoleContext m_context;
    SandboxBinListModel *m_bins = nullptr;
    CaughtRequestModel *m_requests = nullptr;
    QString m_bin;
    qint64 m_createdReceiverId = 0;

    QLineEdit *m_newBin = nullptr;
    QPushButton *m_createBin = nullptr;
    StatusLabel *m_binNameError = nullptr;
    QTreeView *m_binList = nullptr;
    QStackedWidget *m_panel = nullptr;
    QLabel *m_binTitle = nullptr;
    QLineEdit *m_binUrl = nullptr;
    QPushButton *m_openReceiver = nullptr;
    StatusLabel *m_receiverStatus = nullptr;
    BinAnswerForm *m_answer = nullptr;
    QTableView *m_requestTable = nullptr;
    CaughtRequestDetails *m_details = nullptr;
};

} // namespace hookboard
