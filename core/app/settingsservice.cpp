#include "settingsservice.h"

#include "store/settingsstore.h"
#include "store/store.h"

namespace hookboard {

QString SettingsService::State::setBy(OperatorSettings::Field field) const
{
    const QString option = OperatorSettings::option(field);
    return !option.isEmpty() && commandLine.contains(option) ? QStringLiteral("--") + option : QString();
}

// Owns the connection on the service's thread (a connection belongs to the thread that opened it).
class SettingsService::Worker : public QObject
{
public:
    Worker(StoreLocation location, RuntimeOptions commandLine, RuntimeOptions inEffect)
        : m_location(std::move(location)), m_commandLine(std::move(commandLine)),
          m_inEffect(std::move(inEffect))
    {}

    Result<Store *> store()
    {
        if (!m_store) {
            Result<std::unique_ptr<Store>> opened = Store::open(m_location);
            if (!opened)
                return opened.error();
            m_store = std::move(opened).value();
        }
        return m_store.get();
    }

    Result<State> state()
    {
        Result<Store *> opened = store();
        if (!opened)
            return opened.error();
        Result<OperatorSettings::Values> stored = OperatorSettings::load((*opened)->settings());
        if (!stored)
            return stored.error();
        State state;
        state.stored = *stored;
        state.inEffect = OperatorSettings::textOf(m_inEffect);
        state.commandLine = m_commandLine.commandLine;
        state.tokenGiven = !m_commandLine.apiToken.isEmpty();
        state.apiTls = !m_commandLine.apiTlsCertificate.isEmpty();
        return state;
    }

    Saved save(const OperatorSettings::Values &changes, const Apply &apply)
    {
        Saved saved;
        Result<Store *> opened = store();
        if (!opened) {
            saved.errors = {opened.error()};
            return saved;
        }
        saved.errors = OperatorSettings::save(**opened, changes, !m_commandLine.apiTlsCertificate.isEmpty());
        if (saved.errors.isEmpty()) {
            Result<OperatorSettings::Values> stored = OperatorSettings::load((*opened)->settings());
            if (!stored) {
                saved.errors = {stored.error()};
            } else {
                // The API stays where it listens until the next start; the rest applies now.
                RuntimeOptions next = OperatorSettings::merge(m_commandLine, *stored);
                next.api = m_inEffect.api;
                Result<QList<QSslCertificate>> cas = OperatorSettings::loadCas(next);
                if (!cas) {
                    saved.errors = {cas.error()}; // a file changed between the check and now
                } else {
                    m_inEffect = next;
                    if (apply)
                        apply(m_inEffect, *cas);
                }
            }
        }
        Result<State> now = state();
        if (now)
            saved.state = *now;
        return saved;
    }

    Result<QString> regenerateToken(const UseToken &useToken)
    {
        if (!m_commandLine.apiToken.isEmpty()) {
            return Error::badInput(
                QStringLiteral("api.token"), QStringLiteral("given-at-start"),
                OperatorSettings::tr("api.token: set by --api-token or HOOKBOARD_API_TOKEN "
                                     "for this run; change it there"));
        }
        Result<Store *> opened = store();
        if (!opened)
            return opened.error();
        Result<QString> fresh = ApiToken::generate();
        if (!fresh)
            return fresh.error();
        SettingsStore &settings = (*opened)->settings();
        const Result<std::optional<QString>> previous = settings.value(QLatin1String(ApiToken::kSettingKey));
        if (!previous)
            return previous.error();
        if (Status stored = settings.setValue(QLatin1String(ApiToken::kSettingKey), *fresh); !stored)
            return stored.error();
        Result<ApiToken> token = ApiToken::load((*opened)->settings());
        if (!token)
            return token.error();
        if (useToken) {
            if (Status used = useToken(*token); !used) {
                // The running API kept the old token: so does the next start.
                if (*previous)
                    (void)settings.setValue(QLatin1String(ApiToken::kSettingKey), **previous);
                return used.error();
            }
        }
        return token->token();
    }

    void close() { m_store.reset(); }

private:
    StoreLocation m_location;
    RuntimeOptions m_commandLine;
    RuntimeOptions m_inEffect;
    std::unique_ptr<Store> m_store;
};

SettingsService::SettingsService(StoreLocation location, RuntimeOptions commandLine, RuntimeOptions inEffect)
    : m_worker(new Worker(std::move(location), std::move(commandLine), std::move(inEffect))),
      m_answers(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("hookboard-settings"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

SettingsService::~SettingsService()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

template <typename T>
void SettingsService::run(QObject *context, std::function<T(Worker &)> work, std::function<void(T)> done)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, work = std::move(work), done = std::move(done),
         context = QPointer<QObject>(context), answers = m_answers.get()]() mutable {
            auto result = std::make_shared<T>(work(*worker));
            QMetaObject::invokeMethod(
                answers,
                [done = std::move(done), context, result] {
                    if (context)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SettingsService::load(QObject *context, std::function<void(Result<State>)> done)
{
    run<Result<State>>(
        context, [](Worker &worker) { return worker.state(); }, std::move(done));
}

void SettingsService::save(const OperatorSettings::Values &changes, QObject *context,
                           std::function<void(Saved)> done)
{
    run<Saved>(
        context, [changes, this](Worker &worker) { return worker.save(changes, m_apply); }, std::move(done));
}

void SettingsService::regenerateToken(QObject *context, std::function<void(Result<QString>)> done)
{
    run<Result<QString>>(
        context, [this](Worker &worker) { return worker.regenerateToken(m_useToken); }, std::move(done));
}

} // namespace hookboard
