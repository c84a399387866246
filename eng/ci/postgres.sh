#!/usr/bin/env bash
# A throwaway PostgreSQL for the history-store tests: initdb into a temporary folder, listen on 127.0.0.1 only, on a
# free port, as a non-root user (the server refuses to run as root: as root, the script runs it as `postgres`, or
# creates the system user `icpbadge-pg` when there is none).
#   eng/ci/postgres.sh start   prints the Npgsql connection string on stdout (progress goes to stderr), e.g.
#                              export ICPBADGE_TEST_POSTGRES=$(eng/ci/postgres.sh start)
#   eng/ci/postgres.sh stop    stops it and deletes its folder (does nothing when none runs)
# PostgreSQL comes from PATH or /usr/lib/postgresql/*/bin; when neither has it, apt-get installs `postgresql`.
# ICPBADGE_POSTGRES_STATE names the folder (default: one per checkout and user under /tmp).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
STATE=${ICPBADGE_POSTGRES_STATE:-/tmp/icpbadge-postgres-$(id -u)-$(printf '%s' "$ROOT" | md5sum | cut -c1-8)}
DB_USER=icpbadge
DB_NAME=icpbadge_test

log() { echo "postgres.sh: $*" >&2; }

# The folder holding pg_ctl and initdb, installing PostgreSQL when it is missing.
find_bin() {
  local dir
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"; return
  fi
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$dir" ]; then
    log "PostgreSQL not found; installing it (apt-get install postgresql)"
    local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq >&2 &&
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null 2>&1 ||
      { log "apt-get install postgresql failed"; return 1; }
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  fi
  [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] || { log "no pg_ctl after installing postgresql"; return 1; }
  echo "$dir"
}

# Runs a command as the server's user: itself when not root, else an unprivileged one.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$(cat "$STATE/owner")" -- "$@"; else "$@"; fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

start() {
  [ ! -d "$STATE" ] || stop
  local bin port owner
  bin=$(find_bin)
  mkdir -p "$STATE"
  owner=$(id -un)
  if [ "$(id -u)" = 0 ]; then
    if id postgres >/dev/null 2>&1; then owner=postgres
    else
      owner=icpbadge-pg
      id "$owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
    fi
    chown "$owner" "$STATE"
  fi
  echo "$owner" >"$STATE/owner"
  chmod 700 "$STATE"
  port=$(free_port)
  echo "$port" >"$STATE/port"
  echo "$bin" >"$STATE/bin"
  log "$("$bin/postgres" --version), user $owner, 127.0.0.1:$port, folder $STATE"
  as_owner "$bin/initdb" -D "$STATE/data" -U "$DB_USER" --auth=trust -E UTF8 --no-locale >"$STATE/initdb.log" 2>&1 ||
    { cat "$STATE/initdb.log" >&2; log "initdb failed"; return 1; }
  # Loopback only, sockets in the folder (not /var/run/postgresql, which may not be writable), enough connections
  # for concurrent shards.
  as_owner "$bin/pg_ctl" -D "$STATE/data" -l "$STATE/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$STATE -c max_connections=100 -c fsync=off" start >&2 ||
    { cat "$STATE/server.log" >&2; log "the server did not start"; return 1; }
  local psql="$bin/psql"
  [ -x "$psql" ] || psql=$(command -v psql) || { log "psql not found"; return 1; }
  as_owner "$psql" -q -h 127.0.0.1 -p "$port" -U "$DB_USER" -d postgres -c "CREATE DATABASE $DB_NAME" >&2 ||
    { log "CREATE DATABASE failed"; return 1; }
  echo "Host=127.0.0.1;Port=$port;Username=$DB_USER;Database=$DB_NAME"
}

stop() {
  [ -d "$STATE" ] || return 0
  if [ -f "$STATE/data/postmaster.pid" ]; then
    as_owner "$(cat "$STATE/bin")/pg_ctl" -D "$STATE/data" -m fast -w -t 30 stop >&2 || log "pg_ctl stop failed"
  fi
  rm -rf "$STATE"
  log "stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
