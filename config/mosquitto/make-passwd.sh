#!/usr/bin/env sh
# Writes config/mosquitto/passwd (owner-only, not in git) from USER:PASSWORD pairs, e.g.
#   config/mosquitto/make-passwd.sh "wpt-dlm:$DLM_MQTT_PASSWORD" hub-001:$(openssl rand -base64 24)
# The wpt-dlm password must match DLM_MQTT_PASSWORD in .env. Rerun it to rotate passwords, then
# `docker compose restart mqtt-broker`. See docs/security.md.
set -eu
cd "$(dirname "$0")"
umask 077
: > passwd
for pair in "$@"; do
  mosquitto_passwd -b passwd "${pair%%:*}" "${pair#*:}"
done
echo "wrote $(wc -l < passwd) users to $(pwd)/passwd"
