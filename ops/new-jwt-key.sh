#!/usr/bin/env bash
# Prints a new EC P-256 private key as a JWK with the given key id, for PROCEDURA_JWT_KEYS
# (docs/operations.md, "Connect its sign-in"). Needs openssl and jq.
#   ops/new-jwt-key.sh procedura-2027-01
set -euo pipefail
kid="${1:?usage: $0 KEY_ID}"
pem="$(openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 2>/dev/null)"
hex() { openssl ec -noout -text 2>/dev/null <<<"$pem" | awk -v section="$1" '
  $0 ~ "^" section ":" { on = 1; next }
  on && /^[A-Za-z]/ { on = 0 }
  on { gsub(/[ :]/, ""); printf "%s", $0 }'; }
b64url() { xxd -r -p | base64 -w0 | tr '+/' '-_' | tr -d '='; }
priv="$(hex priv)"
pub="$(hex pub)"
# the private scalar is 32 bytes; openssl may print a leading 00
priv="${priv: -64}"
# the public point is 04 || x || y
x="${pub:2:64}"
y="${pub:66:64}"
jq -n --arg kid "$kid" --arg d "$(b64url <<<"$priv")" --arg x "$(b64url <<<"$x")" \
  --arg y "$(b64url <<<"$y")" \
  '{kty: "EC", crv: "P-256", kid: $kid, use: "sig", alg: "ES256", d: $d, x: $x, y: $y}'
