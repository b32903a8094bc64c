#pragma once

#include <QWidget>

namespace hookboard {

class HttpMessageView;
class StatusLabel;
struct CaughtRequest;

// One caught request in full: what its signatures are worth to a receiver and why, then the
// request itself (method, path, time, the answer it got; headers; body, laid out when it is JSON).
class CaughtRequestDetails : public QWidget
{
    Q_OBJECT
public:
    explicit CaughtRequestDetails(QWidget *parent = nullptr);

    void showRequest(const CaughtRequest &request);
    void showNothing();

private:
    StatusLabel *m_standardWebhooks;
    StatusLabel *m_github;
    HttpMessageView *m_message;
};

} // namespace hookboard
