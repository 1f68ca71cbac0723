#!/usr/bin/env sh
# Regenerates config/mosquitto/passwd from USER:PASSWORD pairs, e.g.
#   config/mosquitto/make-passwd.sh wpt-dlm:s3cret simulator:s3cret hub-001:s3cret
# The committed file holds DEMO passwords only (see README); replace it for any real deployment.
set -eu
cd "$(dirname "$0")"
: > passwd
for pair in "$@"; do
  mosquitto_passwd -b passwd "${pair%%:*}" "${pair#*:}"
done
echo "wrote $(wc -l < passwd) users to $(pwd)/passwd"
