#include "sandboxpage.h"

#include "binanswerform.h"
#include "caughtrequestdetails.h"
#include "caughtrequestmodel.h"
#include "pageheader.h"
#include "sandbox/sandboxserver.h"
#include "sandboxbinlistmodel.h"
#include "service/changefeed.h"
#include "service/webhookservice.h"
#include "widgets/statuslabel.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace hookboard {

namespace {

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SandboxPage::SandboxPage(const ConsoleContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("Sandbox"),
        tr("A receiver inside Hookboard: it records what it is sent, checks the signatures and answers as "
           "you set it, so you can rehearse failures, retries and replays."),
        this));
    if (!context.sandbox || !context.sandbox->isListening()) {
        layout->addWidget(buildOffNote());
        layout->addStretch(1);
        return;
    }
    m_bins = new SandboxBinListModel(*context.sandbox, this);
    m_requests = new CaughtRequestModel(*context.sandbox, this);

    const QString caFile = QDir::toNativeSeparators(SandboxServer::caFilePath(context.dataDir));
    auto *address = hint(tr("Listening at %1 with its own certificate, which other tools (curl --cacert, "
                            "a receiver's test client) trust with this CA file:")
                             .arg(context.sandbox->baseUrl().toString()),
                         this);
    address->setObjectName(QStringLiteral("sandboxAddress"));
    address->setToolTip(tr("Hookboard trusts the sandbox for its own deliveries."));
    layout->addWidget(address);
    // The whole path, selectable, and a button that copies it: people paste it into a command.
    auto *caRow = new QHBoxLayout;
    auto *caPath = new QLineEdit(caFile, this);
    caPath->setObjectName(QStringLiteral("sandboxCaFile"));
    caPath->setAccessibleName(tr("Sandbox CA file"));
    caPath->setReadOnly(true);
    caPath->setCursorPosition(0);
    auto *copyCa = new QPushButton(tr("Copy path"), this);
    copyCa->setObjectName(QStringLiteral("copyCaFileButton"));
    copyCa->setToolTip(tr("Copies the CA file's full path"));
    connect(copyCa, &QPushButton::clicked, this, [caFile] { QApplication::clipboard()->setText(caFile); });
    caRow->addWidget(caPath, 1);
    caRow->addWidget(copyCa);
    layout->addLayout(caRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildBinColumn());
    splitter->addWidget(buildBinPanel());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 640});
    layout->addWidget(splitter, 1);

    // The first bin to appear (a receiver's first delivery makes one) is shown without a click.
    connect(m_bins, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (m_bin.isEmpty())
            selectBin(m_bins->binAt(first));
    });
    connect(context.sandbox, &SandboxServer::requestCaught, this, [this](const QString &bin) {
        if (bin == m_bin)
            m_answer->refresh(); // "fail the next N" counts down
    });
    // The runtime's SandboxLink gives a bin the secret of a receiver aimed at it (it hears of the
    // change first, being connected earlier), so the page says afresh what signatures are checked with.
    using Kind = StoreChange::Kind;
    ChangeFeed &feed = context.service->feed();
    feed.listen(this, {Kind::ReceiversCreated, Kind::ReceiversUpdated},
                [this](const StoreChange &) { updateSignatureSource(); });
    feed.listen(this, {Kind::ReceiversDeleted}, [this](const StoreChange &change) {
        if (change.ids.contains(m_createdReceiverId)) {
            m_createdReceiverId = 0;
            m_openReceiver->hide();
            updateSignatureSource();
        }
    });

    if (m_bins->rowCount() > 0)
        selectBin(m_bins->binAt(0));
    else
        onBinSelected();
}

QWidget *SandboxPage::buildOffNote()
{
    auto *note = new QLabel(tr("The sandbox is not running in this window, so there are no bins to show. "
                               "It starts with Hookboard (see --sandbox-listen)."),
                            this);
    note->setObjectName(QStringLiteral("sandboxOffNote"));
    note->setWordWrap(true);
    note->setFrameShape(QFrame::StyledPanel);
    note->setMargin(16);
    return note;
}

QWidget *SandboxPage::buildBinColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);

    m_binList = new QTreeView(column);
    m_binList->setObjectName(QStringLiteral("binList"));
    m_binList->setAccessibleName(tr("Bins"));
    m_binList->setModel(m_bins);
    m_binList->setRootIsDecorated(false);
    m_binList->setUniformRowHeights(true);
    m_binList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_binList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_binList->header()->setStretchLastSection(false);
    m_binList->header()->setSectionResizeMode(SandboxBinListModel::NameColumn, QHeaderView::Stretch);
    m_binList->header()->setSectionResizeMode(SandboxBinListModel::CountColumn,
                                              QHeaderView::ResizeToContents);
    connect(m_binList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_bin = current.isValid() ? m_bins->binAt(current.row()) : QString();
                onBinSelected();
            });
    layout->addWidget(m_binList, 1);

    auto *row = new QHBoxLayout;
    m_newBin = new QLineEdit(column);
    m_newBin->setObjectName(QStringLiteral("newBinEdit"));
    m_newBin->setPlaceholderText(tr("new bin name"));
    m_newBin->setAccessibleName(tr("New bin name"));
    m_newBin->setMaxLength(64);
    m_newBin->setClearButtonEnabled(true);
    m_createBin = new QPushButton(tr("Create bin"), column);
    m_createBin->setObjectName(QStringLiteral("createBinButton"));
    m_createBin->setEnabled(false);
    row->addWidget(m_newBin, 1);
    row->addWidget(m_createBin);
    layout->addLayout(row);
    m_binNameError = new StatusLabel(column);
    m_binNameError->setObjectName(QStringLiteral("binNameError"));
    m_binNameError->hide();
    layout->addWidget(m_binNameError);

    connect(m_newBin, &QLineEdit::textChanged, this, &SandboxPage::checkNewBinName);
    connect(m_newBin, &QLineEdit::returnPressed, m_createBin, &QPushButton::click);
    connect(m_createBin, &QPushButton::clicked, this, [this] {
        if (createBin(m_newBin->text()))
            m_newBin->clear();
    });
    column->setMinimumWidth(160);
    return column;
}

QWidget *SandboxPage::buildBinPanel()
{
    m_panel = new QStackedWidget(this);
    m_panel->setObjectName(QStringLiteral("binPanel"));
    auto *empty = hint(tr("Create a bin on the left, or point any receiver at %1<name>: a bin appears with "
                          "its first request.")
                           .arg(m_context.sandbox->baseUrl().toString()),
                       m_panel);
    empty->setObjectName(QStringLiteral("noBinNote"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setMargin(24);
    m_panel->addWidget(empty);

    auto *panel = new QWidget(m_panel);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(8, 0, 0, 0);

    m_binTitle = new QLabel(panel);
    m_binTitle->setObjectName(QStringLiteral("binTitle"));
    QFont titleFont = m_binTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_binTitle->setFont(titleFont);
    layout->addWidget(m_binTitle);

    auto *urlRow = new QHBoxLayout;
    m_binUrl = new QLineEdit(panel);
    m_binUrl->setObjectName(QStringLiteral("binUrlEdit"));
    m_binUrl->setAccessibleName(tr("Bin URL"));
    m_binUrl->setReadOnly(true);
    auto *copyUrl = new QPushButton(tr("Copy URL"), panel);
    copyUrl->setObjectName(QStringLiteral("copyBinUrlButton"));
    connect(copyUrl, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_binUrl->text()); });
    auto *clear = new QPushButton(tr("Clear"), panel);
    clear->setObjectName(QStringLiteral("clearBinButton"));
    clear->setToolTip(tr("Forgets the requests this bin caught; its settings stay"));
    connect(clear, &QPushButton::clicked, this, [this] {
        m_bins->clearBin(m_bin);
        m_requests->reload();
        m_details->showNothing();
    });
    auto *remove = new QPushButton(tr("Remove bin"), panel);
    remove->setObjectName(QStringLiteral("removeBinButton"));
    remove->setToolTip(
        tr("Removes the bin with its requests and settings; a new request to its URL makes it again"));
    connect(remove, &QPushButton::clicked, this, [this] { m_bins->removeBin(m_bin); });
    urlRow->addWidget(m_binUrl, 1);
    urlRow->addWidget(copyUrl);
    urlRow->addWidget(clear);
    urlRow->addWidget(remove);
    layout->addLayout(urlRow);

    auto *receiverRow = new QHBoxLayout;
    auto *createReceiver = new QPushButton(tr("Create receiver for this bin"), panel);
    createReceiver->setObjectName(QStringLiteral("createReceiverButton"));
    createReceiver->setToolTip(
        tr("A new receiver whose URL is this bin; subscribe it or send it a test event"));
    connect(createReceiver, &QPushButton::clicked, this, &SandboxPage::createReceiverForBin);
    // What the bin checks signatures with, or what creating a receiver came to.
    m_receiverStatus = new StatusLabel(panel);
    m_receiverStatus->setObjectName(QStringLiteral("receiverStatus"));
    m_openReceiver = new QPushButton(tr("Open in Receivers"), panel);
    m_openReceiver->setObjectName(QStringLiteral("openReceiverButton"));
    m_openReceiver->hide();
    connect(m_openReceiver, &QPushButton::clicked, this,
            [this] { emit openReceiverRequested(m_createdReceiverId); });
    receiverRow->addWidget(createReceiver);
    receiverRow->addWidget(m_receiverStatus, 1);
    receiverRow->addWidget(m_openReceiver);
    layout->addLayout(receiverRow);

    m_answer = new BinAnswerForm(*m_context.sandbox, panel);
    m_answer->setObjectName(QStringLiteral("binAnswerForm"));
    layout->addWidget(m_answer);

    auto *split = new QSplitter(Qt::Vertical, panel);
    split->setChildrenCollapsible(false);
    auto *requestsBox = new QWidget(split);
    auto *requestsLayout = new QVBoxLayout(requestsBox);
    requestsLayout->setContentsMargins(0, 4, 0, 0);

    m_requestTable = new QTableView(requestsBox);
    m_requestTable->setObjectName(QStringLiteral("requestTable"));
    m_requestTable->setAccessibleName(tr("Caught requests"));
    m_requestTable->setModel(m_requests);
    m_requestTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requestTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_requestTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_requestTable->setAlternatingRowColors(true);
    m_requestTable->setShowGrid(false);
    m_requestTable->setWordWrap(false);
    m_requestTable->verticalHeader()->hide();
    // Compact rows: a bin is a log, and more of it fits above the details.
    m_requestTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_requestTable->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CaughtRequestModel::PathColumn, QHeaderView::Stretch);
    // Sized for what the column holds, not for the rows there happen to be when it is first shown.
    header->setSectionResizeMode(CaughtRequestModel::TimeColumn, QHeaderView::Fixed);
    header->resizeSection(CaughtRequestModel::TimeColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) + 16);
    connect(m_requestTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SandboxPage::onRequestSelected);
    // Like tail -f: while the newest request is the one shown (or none is), the next one is shown.
    connect(m_requests, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        const QModelIndex current = m_requestTable->currentIndex();
        if (first == 0 && (!current.isValid() || current.row() == 1))
            m_requestTable->selectRow(0);
    });
    requestsLayout->addWidget(m_requestTable, 1);

    // Small floors, so that the page fits a small window; the splitter hands out the rest.
    m_requestTable->setMinimumHeight(fontMetrics().height() * 4);
    m_details = new CaughtRequestDetails(split);
    m_details->setObjectName(QStringLiteral("requestDetails"));
    split->addWidget(requestsBox);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_panel->addWidget(panel);
    return m_panel;
}

void SandboxPage::checkNewBinName()
{
    const QString name = m_newBin->text();
    QString problem;
    if (!name.isEmpty() && !SandboxBin::isValidName(name))
        problem = tr("A bin name is 1 to 64 letters, digits, '_' or '-'.");
    else if (m_context.sandbox->hasBin(name))
        problem = tr("There is a bin named %1 already.").arg(name);
    m_binNameError->setMessage(problem, StatusLabel::Failure);
    m_createBin->setEnabled(!name.isEmpty() && problem.isEmpty());
}

bool SandboxPage::createBin(const QString &name)
{
    if (!m_context.sandbox)
        return false;
    if (m_context.sandbox->hasBin(name)) {
        m_binNameError->setMessage(tr("There is a bin named %1 already.").arg(name), StatusLabel::Failure);
        return false;
    }
    const Status created = m_context.sandbox->configureBin(name, SandboxBinSettings());
    if (!created) {
        m_binNameError->setMessage(created.error().message, StatusLabel::Failure);
        return false;
    }
    m_binNameError->setMessage({}, StatusLabel::Neutral);
    selectBin(name);
    return true;
}

void SandboxPage::selectBin(const QString &bin)
{
    const int row = m_bins ? m_bins->rowOf(bin) : -1;
    if (row >= 0)
        m_binList->setCurrentIndex(m_bins->index(row, SandboxBinListModel::NameColumn));
}

void SandboxPage::createReceiverForBin()
{
    if (m_bin.isEmpty())
        return;
    ReceiverInput input;
    input.name = tr("Sandbox %1").arg(m_bin);
    input.description = tr("Delivers to the sandbox bin %1, created on the Sandbox page.").arg(m_bin);
    input.webhookUri = m_context.sandbox->binUrl(m_bin).toString();
    const Result<Receiver> created = m_context.service->createReceiver(input, Actor{m_context.operatorName});
    if (!created) {
        m_receiverStatus->setMessage(created.error().message, StatusLabel::Failure);
        m_openReceiver->hide();
        return;
    }
    m_createdReceiverId = created->id;
    m_openReceiver->show();
    updateSignatureSource();
}

void SandboxPage::onBinSelected()
{
    m_panel->setCurrentIndex(m_bin.isEmpty() ? 0 : 1);
    m_binTitle->setText(m_bin);
    m_binUrl->setText(m_bin.isEmpty() ? QString() : m_context.sandbox->binUrl(m_bin).toString());
    m_openReceiver->hide();
    m_createdReceiverId = 0;
    m_answer->setBin(m_bin);
    m_requests->setBin(m_bin);
    if (m_requests->rowCount() > 0)
        m_requestTable->selectRow(0);
    else
        m_details->showNothing();
    updateSignatureSource();
}

void SandboxPage::onRequestSelected()
{
    const QModelIndex current = m_requestTable->currentIndex();
    if (current.isValid())
        m_details->showRequest(m_requests->requestAt(current.row()));
    else
        m_details->showNothing();
}

void SandboxPage::updateSignatureSource()
{
    if (m_bin.isEmpty())
        return;
    const bool checked = !m_context.sandbox->binSettings(m_bin).secrets.isEmpty();
    if (m_createdReceiverId != 0) {
        const Result<Receiver> created = m_context.service->receiver(m_createdReceiverId);
        if (created) {
            m_receiverStatus->setMessage(
                checked ? tr("Created “%1”; signatures here are checked with its secret.").arg(created->name)
                        : tr("Created “%1”.").arg(created->name),
                StatusLabel::Success);
            return;
        }
    }
    m_receiverStatus->setMessage(checked ? tr("Signatures are checked with the secret of the receiver that "
                                              "points here.")
                                         : tr("No receiver points here yet: signatures are not checked."),
                                 StatusLabel::Neutral);
}

} // namespace hookboard
