"""Verifying a Hookboard delivery in Python with the standard library only (hmac, hashlib, base64).

As a program, it checks one captured request: python3 verify.py request.json, where the file holds
{"secret": "whsec_...", "headers": {lower-case name: value}, "bodyBase64": "..."}; it prints one
line per scheme and exits 0 only when both are valid.
"""
import base64
import hashlib
import hmac
import json
import sys
import time

TOLERANCE_SECONDS = 5 * 60  # refuse replays of old deliveries


def verify_standard_webhooks(secret, headers, body, now=None):
    """Standard Webhooks. body is the raw bytes as received. Returns None when valid, else why not."""
    msg_id = headers.get("webhook-id")
    timestamp = headers.get("webhook-timestamp")
    signatures = headers.get("webhook-signature")
    if not msg_id or not timestamp or not signatures:
        return "webhook-id, webhook-timestamp or webhook-signature is missing"
    now = int(time.time()) if now is None else now
    if not timestamp.isdigit() or abs(now - int(timestamp)) > TOLERANCE_SECONDS:
        return "webhook-timestamp is more than 5 minutes away"
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = msg_id.encode() + b"." + timestamp.encode() + b"." + body
    expected = hmac.new(key, signed, hashlib.sha256).digest()
    # While a secret is rotated, several signatures are sent, space-separated.
    for signature in signatures.split(" "):
        version, _, value = signature.partition(",")
        if version == "v1" and hmac.compare_digest(base64.b64decode(value), expected):
            return None
    return "no v1 signature in webhook-signature matches"


def verify_github(secret, headers, body):
    """GitHub style: "sha256=" + hex HMAC-SHA256 of the body, keyed with the whole secret."""
    expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    if hmac.compare_digest(headers.get("x-hub-signature-256", ""), expected):
        return None
    return "X-Hub-Signature-256 does not match"


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        request = json.load(f)
    body = base64.b64decode(request["bodyBase64"])
    ok = True
    for scheme, problem in (
        ("standard-webhooks", verify_standard_webhooks(request["secret"], request["headers"], body)),
        ("github", verify_github(request["secret"], request["headers"], body)),
    ):
        print(f"{scheme}: valid" if problem is None else f"{scheme}: invalid ({problem})")
        ok = ok and problem is None
    sys.exit(0 if ok else 1)
