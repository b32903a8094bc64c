// Verifying a Hookboard delivery in Node.js with the standard library only (node:crypto).
// Run as a program, it checks one captured request: node verify.mjs request.json, where the file
// holds {"secret": "whsec_…", "headers": {lower-case name: value}, "bodyBase64": "…"}; it prints
// one line per scheme and exits 0 only when both are valid.
import crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import { argv, exit } from 'node:process';
import { fileURLToPath } from 'node:url';

const TOLERANCE_SECONDS = 5 * 60; // refuse replays of old deliveries

// Standard Webhooks: HMAC-SHA256 over "id.timestamp.body" with the base64 part of the secret as the
// key; the header may list several signatures ("v1,… v1,…") while a secret is being rotated.
// Returns null when valid, else why not. body must be the raw bytes as received (a Buffer).
export function verifyStandardWebhooks(secret, headers, body, nowSeconds = Math.floor(Date.now() / 1000)) {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (!id || !timestamp || !signatures) return 'webhook-id, webhook-timestamp or webhook-signature is missing';
  if (!/^\d+$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > TOLERANCE_SECONDS)
    return 'webhook-timestamp is more than 5 minutes away';
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = crypto.createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest();
  for (const signature of signatures.split(' ')) {
    const comma = signature.indexOf(',');
    if (signature.slice(0, comma) !== 'v1') continue;
    const given = Buffer.from(signature.slice(comma + 1), 'base64');
    if (given.length === expected.length && crypto.timingSafeEqual(given, expected)) return null;
  }
  return 'no v1 signature in webhook-signature matches';
}

// GitHub style: "sha256=" + hex HMAC-SHA256 of the body, keyed with the whole secret's bytes.
export function verifyGitHub(secret, headers, body) {
  const given = Buffer.from(headers['x-hub-signature-256'] ?? '');
  const expected = Buffer.from('sha256=' + crypto.createHmac('sha256', secret).update(body).digest('hex'));
  if (given.length === expected.length && crypto.timingSafeEqual(given, expected)) return null;
  return 'X-Hub-Signature-256 does not match';
}

if (argv[1] === fileURLToPath(import.meta.url)) {
  const request = JSON.parse(readFileSync(argv[2], 'utf8'));
  const body = Buffer.from(request.bodyBase64, 'base64');
  let ok = true;
  for (const [scheme, problem] of [
    ['standard-webhooks', verifyStandardWebhooks(request.secret, request.headers, body)],
    ['github', verifyGitHub(request.secret, request.headers, body)],
  ]) {
    console.log(problem === null ? `${scheme}: valid` : `${scheme}: invalid (${problem})`);
    ok &&= problem === null;
  }
  exit(ok ? 0 : 1);
}
