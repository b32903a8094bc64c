#pragma once

#include <QObject>
#include <QString>
#include <optional>

namespace hookboard {

class SandboxServer;
class WebhookService;
struct Receiver;

// Keeps each sandbox bin checking signatures with the secrets of the receivers that point at it,
// so a receiver aimed at https://127.0.0.1:PORT/<bin> gets its deliveries' signatures verified
// without anyone copying secrets around. A bin's other settings (status, delay, fail-next) stay.
class SandboxLink : public QObject
{
    Q_OBJECT
public:
    SandboxLink(WebhookService &service, SandboxServer &sandbox, QObject *parent = nullptr);

    // The bin a URL points at, if it is one of this sandbox's.
    std::optional<QString> binOf(const QString &webhookUri) const;
    // Brings every bin that receivers point at up to date (at start-up).
    void syncAll();

private:
    void sync(const Receiver &receiver);

    WebhookService &m_service;
    SandboxServer &m_sandbox;
};

} // namespace hookboard
