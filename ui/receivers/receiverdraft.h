#pragma once

#include "common/error.h"
#include "model/receiver.h"

#include <QList>
#include <QObject>

namespace hookboard {

// The receiver a person is editing, before it is saved: the one object the receiver form's widgets
// and its undo commands read and write. Fields are addressed by pointer to member, so one generic
// undo command serves every field of a type.
class ReceiverDraft : public QObject
{
    Q_OBJECT
public:
    explicit ReceiverDraft(QObject *parent = nullptr);

    const Receiver &value() const { return m_value; }
    // Replaces every field (loading a stored receiver, or starting a new one).
    void reset(const Receiver &value);

    template <typename T> const T &get(T Receiver::*member) const { return m_value.*member; }
    template <typename T> void set(T Receiver::*member, const T &value)
    {
        if (m_value.*member == value)
            return;
        m_value.*member = value;
        emit changed();
    }

    // Every rule the draft breaks, checked by the core's validation (the same rules the service
    // applies on save). A header row left blank (no name, no value) breaks none: it is not sent.
    QList<Error> errors() const;
    // The writable fields a person edits, all of them set, without blank header rows: what a save
    // sends.
    ReceiverInput input() const;
    // Only the fields that differ from base (what the person edited since loading it), the
    // delivery settings each on its own over stored's: what an update of stored sends, so that a
    // save over a newer version leaves others' changes to other fields.
    ReceiverInput editsSince(const Receiver &base, const Receiver &stored) const;
    // Whether the fields a person edits differ from stored's (header ids do not count: the store
    // gives new ones on every save).
    bool differsFrom(const Receiver &stored) const;

    // The draft moved onto a newer stored version: the fields the person changed since base keep
    // their edits, every other field (and the etag, the secret's grace period...) comes from stored.
    Receiver rebasedOnto(const Receiver &base, const Receiver &stored) const;

    // Removes from errors (of headers) those of blank rows, which a save leaves out.
    static void dropBlankRowErrors(QList<Error> &errors, const QList<WebhookHeader> &headers);
    static bool sameHeaders(const QList<WebhookHeader> &a, const QList<WebhookHeader> &b);

signals:
    void changed();

private:
    Receiver m_value;
};

} // namespace hookboard
