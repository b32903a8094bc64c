-- A Hookboard store as schema version 1 wrote it, frozen: tst_migrations opens it with the current
-- code and checks that migration keeps every row. Never edit this file to follow the schema.
PRAGMA application_id = 1214988900;
CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL);
CREATE TABLE receivers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    etag TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    webhook_uri TEXT NOT NULL,
    shared_secret TEXT NOT NULL,
    previous_secret TEXT,
    previous_secret_expires_at INTEGER,
    content_type TEXT NOT NULL DEFAULT 'application/json',
    expected_response_code INTEGER NOT NULL DEFAULT 200
        CHECK (expected_response_code BETWEEN 100 AND 599),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_by INTEGER REFERENCES users(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL);
CREATE TABLE receiver_headers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    receiver_id INTEGER NOT NULL REFERENCES receivers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL);
CREATE INDEX receiver_headers_receiver ON receiver_headers(receiver_id, position);
CREATE TABLE subscriptions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    etag TEXT NOT NULL,
    receiver_id INTEGER NOT NULL REFERENCES receivers(id) ON DELETE CASCADE,
    resource TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_by INTEGER REFERENCES users(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (receiver_id, resource, action));
CREATE INDEX subscriptions_match ON subscriptions(resource, action, active);
CREATE TABLE changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    resource TEXT NOT NULL,
    action TEXT NOT NULL,
    data TEXT NOT NULL,
    occurred_at INTEGER NOT NULL);
CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id INTEGER NOT NULL REFERENCES changes(id),
    receiver_id INTEGER NOT NULL,
    subscription_id INTEGER,
    resource TEXT NOT NULL,
    action TEXT NOT NULL,
    test INTEGER NOT NULL DEFAULT 0 CHECK (test IN (0, 1)),
    status TEXT NOT NULL CHECK (status IN
        ('PENDING', 'SENDING', 'RETRYING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    attempt_count INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    last_response_code INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL);
CREATE INDEX events_due ON events(status, next_attempt_at);
CREATE INDEX events_time ON events(created_at);
CREATE INDEX events_receiver_time ON events(receiver_id, created_at);
CREATE INDEX events_status_time ON events(status, created_at);
CREATE INDEX events_resource_action_time ON events(resource, action, created_at);
CREATE INDEX events_subscription_time ON events(subscription_id, created_at);
CREATE TABLE attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    manual INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
    started_at INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL,
    request_headers TEXT NOT NULL,
    request_body BLOB NOT NULL,
    response_code INTEGER,
    response_headers TEXT NOT NULL DEFAULT '[]',
    response_body BLOB,
    response_truncated INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    UNIQUE (event_id, number));
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL);
INSERT INTO users (id, name, created_at) VALUES (1, 'maria', 1790000000000);
INSERT INTO receivers (id, etag, name, description, webhook_uri, shared_secret, content_type,
    expected_response_code, active, created_by, created_at, updated_at)
    VALUES (1, '00000000000000a1', 'QA system', 'Non-conformances', 'https://qa.example.com/ion',
    'whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcY', 'application/json', 202, 1, 1, 1790000000000, 1790000001000);
INSERT INTO receivers (id, etag, name, webhook_uri, shared_secret, active, created_by, created_at, updated_at)
    VALUES (2, '00000000000000b2', 'ERP', 'https://erp.example.com/hooks',
    'whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcY', 0, 1, 1790000000000, 1790000000000);
INSERT INTO receiver_headers (receiver_id, position, key, value) VALUES (1, 0, 'X-Api-Key', 'k-1');
INSERT INTO subscriptions (id, etag, receiver_id, resource, action, active, created_by, created_at, updated_at)
    VALUES (1, '00000000000000c3', 1, 'RUNS', 'CREATE', 1, 1, 1790000000000, 1790000000000);
INSERT INTO changes (id, resource, action, data, occurred_at)
    VALUES (1, 'RUNS', 'CREATE', '{"id":1001,"serial":12345678901234567890}', 1790000002000);
INSERT INTO events (id, change_id, receiver_id, subscription_id, resource, action, status, attempt_count,
    last_response_code, created_at, updated_at)
    VALUES (1, 1, 1, 1, 'RUNS', 'CREATE', 'SUCCEEDED', 1, 202, 1790000002000, 1790000002500);
INSERT INTO attempts (event_id, number, started_at, duration_ms, request_headers, request_body,
    response_code, response_body)
    VALUES (1, 1, 1790000002100, 400, '[]', '{}', 202, 'ok');
PRAGMA user_version = 1;
