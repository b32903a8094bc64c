#pragma once

#include "receiverdraft.h"

#include <QUndoCommand>

namespace hookboard {

// QUndoCommand::id() of each value kind: commands only merge with commands of their own kind.
template <typename T> struct ChangeValueKind;
template <> struct ChangeValueKind<QString>
{
    static constexpr int id = 1;
};
template <> struct ChangeValueKind<int>
{
    static constexpr int id = 2;
};
template <> struct ChangeValueKind<bool>
{
    static constexpr int id = 3;
};
template <> struct ChangeValueKind<QList<WebhookHeader>>
{
    static constexpr int id = 4;
};
template <> struct ChangeValueKind<DeliverySettings>
{
    static constexpr int id = 5;
};

// One undoable change of one field of a ReceiverDraft, whatever the field's type (after Tiled's
// changevalue.h). A change that directly follows one with the same merge key joins it, so typing a
// URL is undone as a whole rather than a keystroke at a time; an empty merge key never merges (adding
// or removing a header is a step of its own). A merge that brings the value back to where it started
// makes the command obsolete, and QUndoStack drops it.
template <typename T> class ChangeValue : public QUndoCommand
{
public:
    using Member = T Receiver::*;

    ChangeValue(ReceiverDraft &draft, Member member, T value, QString mergeKey, const QString &text)
        : QUndoCommand(text), m_draft(draft), m_member(member), m_old(draft.get(member)),
          m_new(std::move(value)), m_mergeKey(std::move(mergeKey))
    {}

    void undo() override { m_draft.set(m_member, m_old); }
    void redo() override { m_draft.set(m_member, m_new); }
    int id() const override { return ChangeValueKind<T>::id; }

    bool mergeWith(const QUndoCommand *other) override
    {
        // Same id, so the same type.
        const auto *next = static_cast<const ChangeValue *>(other);
        if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey || &next->m_draft != &m_draft ||
            next->m_member != m_member)
            return false;
        m_new = next->m_new;
        setObsolete(m_new == m_old);
        return true;
    }

private:
    ReceiverDraft &m_draft;
    Member m_member;
    T m_old;
    T m_new;
    QString m_mergeKey;
};

} // namespace hookboard
