// Verifying a Hookboard delivery in Node.js with the Standard Webhooks library
// (npm install standardwebhooks). It checks the signature and the timestamp (5 minutes) and
// throws when either is wrong. As a program: node verify-library.mjs request.json (see verify.mjs).
import { Webhook } from 'standardwebhooks';
import { readFileSync } from 'node:fs';
import { argv, exit } from 'node:process';

const request = JSON.parse(readFileSync(argv[2], 'utf8'));
const body = Buffer.from(request.bodyBase64, 'base64');
try {
  // The library wants the body as the exact string received, and the webhook-* headers.
  const payload = new Webhook(request.secret).verify(body.toString('utf8'), request.headers);
  console.log(`standard-webhooks: valid (event ${payload.eventId ?? request.headers['webhook-id']})`);
  exit(0);
} catch (error) {
  console.log(`standard-webhooks: invalid (${error.message})`);
  exit(1);
}
