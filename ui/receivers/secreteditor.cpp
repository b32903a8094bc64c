#include "secreteditor.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace hookboard {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

QString rotateHint()
{
    return SecretEditor::tr("Store a new secret now (the one in the field if you changed it, a generated "
                            "one otherwise) and keep signing with the old one too until the grace period "
                            "ends");
}

} // namespace

SecretEditor::SecretEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("secretEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setPlaceholderText(tr("whsec_ followed by base64 of 24 to 64 bytes"));
    connect(m_edit, &QLineEdit::textEdited, this, &SecretEditor::secretEdited);
    row->addWidget(m_edit, 1);
    setFocusProxy(m_edit); // the form's "Shared secret" label

    m_reveal = new QToolButton(this);
    m_reveal->setObjectName(QStringLiteral("revealSecretButton"));
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show or hide the secret"));
    connect(m_reveal, &QToolButton::toggled, this, &SecretEditor::setRevealed);
    row->addWidget(m_reveal);

    m_copy = new QToolButton(this);
    m_copy->setObjectName(QStringLiteral("copySecretButton"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the secret to the clipboard, for your receiver's configuration"));
    connect(m_copy, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_edit->text());
        showNote(tr("Secret copied to the clipboard."));
    });
    row->addWidget(m_copy);

    m_regenerate = new QToolButton(this);
    m_regenerate->setObjectName(QStringLiteral("regenerateSecretButton"));
    m_regenerate->setText(tr("Regenerate"));
    m_regenerate->setToolTip(tr("Put a new random secret in the field. Saving replaces the old one at once; "
                                "to let your receiver switch over, rotate instead."));
    connect(m_regenerate, &QToolButton::clicked, this, &SecretEditor::regenerateRequested);
    row->addWidget(m_regenerate);
    layout->addLayout(row);

    m_rotation = new QWidget(this);
    auto *rotation = new QHBoxLayout(m_rotation);
    rotation->setContentsMargins(0, 0, 0, 0);
    rotation->setSpacing(4);
    auto *graceLabel = new QLabel(tr("Old secret keeps signing for"), m_rotation);
    rotation->addWidget(graceLabel);
    m_grace = new QComboBox(m_rotation);
    m_grace->setObjectName(QStringLiteral("rotateGraceCombo"));
    m_grace->addItem(tr("no time (stops at once)"), qint64(0));
    m_grace->addItem(tr("1 hour"), kHourMs);
    m_grace->addItem(tr("24 hours"), 24 * kHourMs);
    m_grace->addItem(tr("7 days"), 7 * 24 * kHourMs);
    m_grace->setCurrentIndex(2);
    graceLabel->setBuddy(m_grace);
    rotation->addWidget(m_grace);
    m_rotate = new QPushButton(tr("Rotate now"), m_rotation);
    m_rotate->setObjectName(QStringLiteral("rotateSecretButton"));
    m_rotate->setToolTip(rotateHint());
    connect(m_rotate, &QPushButton::clicked, this,
            [this] { emit rotateRequested(m_grace->currentData().toLongLong()); });
    rotation->addWidget(m_rotate);
    rotation->addStretch(1);
    layout->addWidget(m_rotation);
    // Said where both buttons are, not only in tooltips: which one keeps a receiver working.
    m_difference = new QLabel(tr("Regenerate only fills the field: saving then replaces the old secret at "
                                 "once. Rotate now switches at once but keeps the old secret signing too "
                                 "for the time chosen, so the receiver can change over without failures."),
                              this);
    m_difference->setObjectName(QStringLiteral("secretButtonsHint"));
    m_difference->setWordWrap(true);
    m_difference->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_difference);

    m_previous = new QLabel(this);
    m_previous->setObjectName(QStringLiteral("previousSecretNote"));
    m_previous->setWordWrap(true);
    m_previous->setForegroundRole(QPalette::PlaceholderText);
    m_previous->hide();
    layout->addWidget(m_previous);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("secretNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    layout->addWidget(m_note);
}

QString SecretEditor::secret() const
{
    return m_edit->text();
}

void SecretEditor::setSecret(const QString &secret)
{
    if (m_edit->text() != secret) {
        m_edit->setText(secret);
        m_edit->setCursorPosition(0); // the start tells secrets apart ("whsec_…") when revealed
    }
}

bool SecretEditor::isRevealed() const
{
    return m_edit->echoMode() == QLineEdit::Normal;
}

void SecretEditor::setRevealed(bool revealed)
{
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setText(revealed ? tr("Hide") : tr("Show"));
}

void SecretEditor::setRotationVisible(bool visible)
{
    m_rotation->setVisible(visible);
    m_difference->setVisible(visible); // a new receiver has only Regenerate
    if (!visible)
        m_previous->hide();
}

void SecretEditor::setRotationEnabled(bool enabled, const QString &why)
{
    m_rotate->setEnabled(enabled);
    m_grace->setEnabled(enabled);
    m_rotate->setToolTip(enabled ? rotateHint() : why);
}

void SecretEditor::setPreviousSecretExpiry(qint64 expiresAtMs, qint64 nowMs)
{
    if (expiresAtMs <= nowMs) {
        m_previous->hide();
        return;
    }
    const QString until =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(expiresAtMs).toLocalTime(), QLocale::ShortFormat);
    m_previous->setText(
        tr("The previous secret also signs every delivery until %1, so receivers that still check "
           "against it keep working.")
            .arg(until));
    m_previous->show();
}

void SecretEditor::showNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

} // namespace hookboard
