#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace hookboard {

class ReceiverListModel;
class WebhookService;

// The Receivers page: every receiver of the store with its state and subscription count, live.
class ReceiversPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReceiversPage(WebhookService &service, QWidget *parent = nullptr);

    ReceiverListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    void updateEmptyState();

    ReceiverListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_content = nullptr;
    QLabel *m_emptyNote = nullptr;
};

} // namespace hookboard
