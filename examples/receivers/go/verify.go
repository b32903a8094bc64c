// Verifying a Hookboard delivery in Go with the standard library only (crypto/hmac).
// As a program, it checks one captured request: go run verify.go request.json, where the file
// holds {"secret": "whsec_…", "headers": {lower-case name: value}, "bodyBase64": "…"}; it prints
// one line per scheme and exits 0 only when both are valid.
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

const tolerance = 5 * time.Minute // refuse replays of old deliveries

// VerifyStandardWebhooks checks the webhook-* headers against body, the raw bytes as received.
// While a secret is rotated, webhook-signature lists several signatures, space-separated.
func VerifyStandardWebhooks(secret string, headers map[string]string, body []byte, now time.Time) error {
	id, timestamp, signatures := headers["webhook-id"], headers["webhook-timestamp"], headers["webhook-signature"]
	if id == "" || timestamp == "" || signatures == "" {
		return errors.New("webhook-id, webhook-timestamp or webhook-signature is missing")
	}
	seconds, err := strconv.ParseInt(timestamp, 10, 64)
	if err != nil || now.Sub(time.Unix(seconds, 0)).Abs() > tolerance {
		return errors.New("webhook-timestamp is more than 5 minutes away")
	}
	key, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(secret, "whsec_"))
	if err != nil {
		return errors.New("the secret is not whsec_ and base64")
	}
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(id + "." + timestamp + "."))
	mac.Write(body)
	expected := mac.Sum(nil)
	for _, signature := range strings.Split(signatures, " ") {
		version, value, _ := strings.Cut(signature, ",")
		given, err := base64.StdEncoding.DecodeString(value)
		if version == "v1" && err == nil && hmac.Equal(given, expected) {
			return nil
		}
	}
	return errors.New("no v1 signature in webhook-signature matches")
}

// VerifyGitHub checks X-Hub-Signature-256: "sha256=" + hex HMAC-SHA256 of the body, keyed with the
// whole secret.
func VerifyGitHub(secret string, headers map[string]string, body []byte) error {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	expected := "sha256=" + hex.EncodeToString(mac.Sum(nil))
	if hmac.Equal([]byte(headers["x-hub-signature-256"]), []byte(expected)) {
		return nil
	}
	return errors.New("X-Hub-Signature-256 does not match")
}

func main() {
	var request struct {
		Secret     string            `json:"secret"`
		Headers    map[string]string `json:"headers"`
		BodyBase64 string            `json:"bodyBase64"`
	}
	data, err := os.ReadFile(os.Args[1])
	if err == nil {
		err = json.Unmarshal(data, &request)
	}
	body, err2 := base64.StdEncoding.DecodeString(request.BodyBase64)
	if err != nil || err2 != nil {
		fmt.Fprintln(os.Stderr, "verify: cannot read", os.Args[1])
		os.Exit(2)
	}
	ok := true
	for _, check := range []struct {
		scheme string
		err    error
	}{
		{"standard-webhooks", VerifyStandardWebhooks(request.Secret, request.Headers, body, time.Now())},
		{"github", VerifyGitHub(request.Secret, request.Headers, body)},
	} {
		if check.err == nil {
			fmt.Printf("%s: valid\n", check.scheme)
		} else {
			fmt.Printf("%s: invalid (%v)\n", check.scheme, check.err)
			ok = false
		}
	}
	if !ok {
		os.Exit(1)
	}
}
