// Conformance check: graphql-js, the reference implementation, must accept Hookboard's schema.
//
// Starts the hookboard binary in HOOKBOARD_EXE headless in a temporary data directory, fetches
// its schema through graphql-js's own introspection query, rebuilds it with buildClientSchema,
// validates it, compares it with `hookboard --print-schema`, validates every seed document in
// HOOKBOARD_SEEDS (resources/seeds) against it, and stops the server with SIGTERM.
// Exits non-zero with a message on the first failure.

import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

// graphql-js is installed outside the source tree (CTest runs `npm ci --prefix <build>/js-deps`)
// and handed over in NODE_PATH. ES module imports ignore NODE_PATH, so resolve it from there
// explicitly; without NODE_PATH, fall back to ordinary resolution (tests/js/node_modules).
function loadGraphQL() {
    for (const dir of (process.env.NODE_PATH ?? '').split(path.delimiter).filter(Boolean)) {
        const require = createRequire(path.join(path.resolve(dir), '..', 'resolver.cjs'));
        let resolved;
        try {
            resolved = require.resolve('graphql');
        } catch {
            continue;
        }
        return { graphql: require(resolved), from: resolved };
    }
    const require = createRequire(import.meta.url);
    try {
        const resolved = require.resolve('graphql');
        return { graphql: require(resolved), from: resolved };
    } catch (error) {
        console.error('check-schema: FAIL: cannot find the graphql package; set NODE_PATH to a node_modules '
                      + `folder holding it (npm ci in tests/js installs it): ${error.message}`);
        process.exit(1);
    }
}

const { graphql, from: graphqlPath } = loadGraphQL();
const {
    buildClientSchema,
    getIntrospectionQuery,
    parse,
    printSchema,
    validate,
    validateSchema,
    version: graphqlVersion,
} = graphql;

const READY_TIMEOUT_MS = 30000;
const EXIT_TIMEOUT_MS = 30000;
const REQUEST_TIMEOUT_MS = 30000;

class CheckFailure extends Error {}

function fail(message) {
    throw new CheckFailure(message);
}

function log(message) {
    console.log(`check-schema: ${message}`);
}

function formatErrors(errors) {
    return errors.map((e) => `  - ${e.message ?? JSON.stringify(e)}`).join('\n');
}

function stripTrailingNewlines(text) {
    return text.replace(/\n+$/, '');
}

// The first line that differs, for a readable message when two printed schemas disagree.
function firstDifference(expected, actual) {
    const a = expected.split('\n');
    const b = actual.split('\n');
    for (let i = 0; i < Math.max(a.length, b.length); ++i) {
        if (a[i] !== b[i])
            return `line ${i + 1}:\n  --print-schema:   ${JSON.stringify(a[i])}\n  introspection:    ${JSON.stringify(b[i])}`;
    }
    return 'no differing line';
}

// Starts hookboard headless; resolves with {child, apiUrl} once the ready line is on stdout.
function startServer(exe, dataDir, token) {
    const args = ['--headless', '--data-dir', dataDir, '--api-listen', '127.0.0.1:0', '--api-token', token,
                  '--sandbox-listen', '127.0.0.1:0'];
    const child = spawn(exe, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const state = { stderr: '', exit: null };
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => { state.stderr += chunk; });
    const exited = new Promise((resolve) => {
        child.on('exit', (code, signal) => { state.exit = { code, signal }; resolve(state.exit); });
    });

    const ready = new Promise((resolve, reject) => {
        let stdout = '';
        const timer = setTimeout(() => {
            reject(new CheckFailure(`no ready line within ${READY_TIMEOUT_MS} ms; stdout so far: `
                                    + `${JSON.stringify(stdout)}; stderr:\n${state.stderr}`));
        }, READY_TIMEOUT_MS);
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(new CheckFailure(`cannot start ${exe}: ${error.message}`));
        });
        exited.then(({ code, signal }) => {
            clearTimeout(timer);
            reject(new CheckFailure(`hookboard exited before it was ready (code ${code}, signal ${signal}); `
                                    + `stderr:\n${state.stderr}`));
        });
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            stdout += chunk;
            const newline = stdout.indexOf('\n');
            if (newline < 0)
                return;
            clearTimeout(timer);
            const line = stdout.slice(0, newline);
            const match = /^ready api=(http:\/\/127\.0\.0\.1:[1-9]\d*\/graphql) sandbox=\S+$/.exec(line);
            if (!match)
                reject(new CheckFailure(`unexpected first stdout line: ${JSON.stringify(line)}`));
            else
                resolve(match[1]);
        });
    });
    return { child, state, exited, ready };
}

async function postGraphQL(apiUrl, token, query, variables) {
    let response;
    try {
        response = await fetch(apiUrl, {
            method: 'POST',
            headers: {
                'Content-Type': 'application/json',
                Accept: 'application/json',
                Authorization: `Bearer ${token}`,
            },
            body: JSON.stringify({ query, variables }),
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
    } catch (error) {
        fail(`POST ${apiUrl} failed: ${error.cause?.message ?? error.message}`);
    }
    const text = await response.text();
    if (!response.ok)
        fail(`POST ${apiUrl} answered HTTP ${response.status}: ${text.slice(0, 2000)}`);
    try {
        return JSON.parse(text);
    } catch (error) {
        fail(`POST ${apiUrl} answered something that is not JSON (${error.message}): ${text.slice(0, 2000)}`);
    }
}

async function stopServer(server) {
    if (server.state.exit)
        fail(`hookboard exited early (code ${server.state.exit.code}, signal ${server.state.exit.signal}); `
             + `stderr:\n${server.state.stderr}`);
    server.child.kill('SIGTERM');
    let timer;
    const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve(null), EXIT_TIMEOUT_MS); });
    const result = await Promise.race([server.exited, timeout]);
    clearTimeout(timer);
    if (!result) {
        server.child.kill('SIGKILL');
        fail(`hookboard did not exit within ${EXIT_TIMEOUT_MS} ms of SIGTERM; stderr:\n${server.state.stderr}`);
    }
    if (result.signal !== null || result.code !== 0)
        fail(`hookboard exited with code ${result.code}, signal ${result.signal} after SIGTERM (expected 0); `
             + `stderr:\n${server.state.stderr}`);
}

async function main() {
    const exe = process.env.HOOKBOARD_EXE;
    if (!exe)
        fail('HOOKBOARD_EXE must point at the hookboard executable');
    const here = path.dirname(fileURLToPath(import.meta.url));
    const seedsDir = process.env.HOOKBOARD_SEEDS || path.resolve(here, '..', '..', 'resources', 'seeds');

    log(`graphql-js ${graphqlVersion} from ${graphqlPath}, node ${process.version}`);
    log(`hookboard ${exe}`);

    // What the binary prints as its SDL, to compare with what introspection gives.
    let printedSdl;
    try {
        const { stdout } = await promisify(execFile)(exe, ['--print-schema'], { maxBuffer: 64 * 1024 * 1024 });
        printedSdl = stdout;
    } catch (error) {
        fail(`hookboard --print-schema failed: ${error.message}\n${error.stderr ?? ''}`);
    }

    const dataDir = await mkdtemp(path.join(tmpdir(), 'hookboard-graphqljs-'));
    const token = randomBytes(24).toString('hex');
    let server;
    try {
        server = startServer(exe, dataDir, token);
        const apiUrl = await server.ready;
        log(`server ready at ${apiUrl}`);

        // graphql-js's own introspection query, with every optional part it can ask for.
        const introspectionQuery = getIntrospectionQuery({
            descriptions: true,
            specifiedByUrl: true,
            directiveIsRepeatable: true,
            schemaDescription: true,
            inputValueDeprecation: true,
        });
        const result = await postGraphQL(apiUrl, token, introspectionQuery, {});
        if (result.errors?.length)
            fail(`introspection query answered errors:\n${formatErrors(result.errors)}`);
        if (!result.data || typeof result.data !== 'object' || !result.data.__schema)
            fail(`introspection answer has no data.__schema: ${JSON.stringify(result).slice(0, 2000)}`);
        log(`introspection query: no errors, ${result.data.__schema.types.length} types`);

        let clientSchema;
        try {
            clientSchema = buildClientSchema(result.data);
        } catch (error) {
            fail(`buildClientSchema rejected the introspection result: ${error.message}`);
        }
        log('buildClientSchema: ok');

        const schemaErrors = validateSchema(clientSchema);
        if (schemaErrors.length)
            fail(`validateSchema found ${schemaErrors.length} error(s):\n${formatErrors(schemaErrors)}`);
        log('validateSchema: 0 errors');

        const introspectedSdl = printSchema(clientSchema);
        const expected = stripTrailingNewlines(printedSdl);
        const actual = stripTrailingNewlines(introspectedSdl);
        if (expected !== actual)
            fail(`printSchema(buildClientSchema(introspection)) differs from hookboard --print-schema at `
                 + `${firstDifference(expected, actual)}`);
        log(`printSchema(clientSchema) matches hookboard --print-schema (${actual.split('\n').length} lines)`);

        let seedFiles;
        try {
            seedFiles = (await readdir(seedsDir)).filter((name) => name.endsWith('.graphql')).sort();
        } catch (error) {
            fail(`cannot read seed documents in ${seedsDir}: ${error.message}`);
        }
        if (seedFiles.length === 0)
            fail(`no *.graphql seed documents in ${seedsDir}`);
        const failures = [];
        for (const name of seedFiles) {
            // The server treats U+00A0 as white space; graphql-js does not, so do what the server does.
            const source = (await readFile(path.join(seedsDir, name), 'utf8')).replace(/\u00A0/g, ' ');
            let document;
            try {
                document = parse(source);
            } catch (error) {
                failures.push(`${name}: parse error: ${error.message}`);
                continue;
            }
            const errors = validate(clientSchema, document);
            if (errors.length)
                failures.push(`${name}: ${errors.length} validation error(s):\n${formatErrors(errors)}`);
            else
                log(`seed ${name}: valid`);
        }
        if (failures.length)
            fail(`${failures.length} of ${seedFiles.length} seed document(s) failed:\n${failures.join('\n')}`);
        log(`validate: all ${seedFiles.length} seed documents in ${seedsDir} valid`);

        await stopServer(server);
        log('SIGTERM: hookboard exited with code 0');
    } finally {
        if (server && !server.state.exit) {
            server.child.kill('SIGKILL');
            await server.exited;
        }
        await rm(dataDir, { recursive: true, force: true });
    }
    log('PASS');
}

main().catch((error) => {
    if (error instanceof CheckFailure)
        console.error(`check-schema: FAIL: ${error.message}`);
    else
        console.error(`check-schema: FAIL: unexpected error: ${error.stack ?? error}`);
    process.exitCode = 1;
});
