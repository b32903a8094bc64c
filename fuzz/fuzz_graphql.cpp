// libFuzzer target: a GraphQL request (document, then a NUL byte, then variables as JSON) through
// the whole engine -- lexer, parser, validator, cost budget, variable coercion, execution -- against
// the real schema over a real store in a temporary folder.
#include "api/graphqlschema.h"
#include "common/clock.h"
#include "graphql/engine.h"
#include "service/changefeed.h"
#include "service/webhookservice.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdlib>
#include <memory>

using namespace hookboard;

namespace {
struct World
{
    QTemporaryDir dir;
    SystemClock clock;
    ChangeFeed feed;
    std::unique_ptr<Store> store;
    std::unique_ptr<WebhookService> service;
};
World *world = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv);
    world = new World;
    Result<std::unique_ptr<Store>> store = Store::open(world->dir.path());
    if (!store)
        std::abort();
    world->store = std::move(store).value();
    world->service = std::make_unique<WebhookService>(*world->store, world->clock, world->feed);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\0');
    graphql::Request request;
    request.query = QString::fromUtf8(split < 0 ? input : input.left(split));
    if (split >= 0)
        request.variablesJson = input.mid(split + 1);
    GraphQLContext context{*world->service, Actor{QStringLiteral("fuzz")}};
    const graphql::Response response = graphql::Engine::execute(GraphQLSchema::instance(), request, &context);
    (void)response.toJson();
    return 0;
}
