#!/bin/sh
# A throwaway PostgreSQL cluster for tests and CI, from Debian's server binaries.
#   scripts/pg-temp.sh start DIR PORT   creates DIR (if empty), starts the server, prints its URL
#   scripts/pg-temp.sh stop DIR         stops the server (DIR is left for you to delete)
# Use it as: TEST_DATABASE_URL=$(scripts/pg-temp.sh start /tmp/crux-pg 54329) npx vitest run ...
set -eu

usage() {
  echo "usage: $0 start DIR PORT | stop DIR" >&2
  exit 2
}

# The newest installed major version; PostgreSQL packages put each in /usr/lib/postgresql/N/bin.
pg_bin() {
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n | tail -n 1)
  if [ -z "$bin" ]; then
    echo "No PostgreSQL server found in /usr/lib/postgresql/*/bin. Install it (apt-get install postgresql)." >&2
    exit 1
  fi
  echo "$bin"
}

# PostgreSQL refuses to run as root, so as root run its tools as the postgres user.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  dir=$1
  port=$2
  bin=$(pg_bin)
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
  chmod 700 "$dir"
  if [ ! -f "$dir/PG_VERSION" ]; then
    out=$(as_owner "$bin/initdb" -D "$dir" -A trust -U crux 2>&1) || {
      echo "$out" >&2
      echo "initdb failed in $dir (as root, the postgres user must be able to reach it: use /tmp)." >&2
      exit 1
    }
  fi
  # Starting twice is not an error: a CI step may run this again on the same folder.
  if ! as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -o "-p $port -k $dir -h 127.0.0.1" -w start >/dev/null || {
      echo "PostgreSQL did not start on port $port; see $dir/server.log" >&2
      exit 1
    }
  fi
  if ! as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U crux -d postgres -tAc \
    "select 1 from pg_database where datname = 'crux_test'" | grep -q 1; then
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U crux crux_test
  fi
  echo "postgres://crux@127.0.0.1:$port/crux_test"
}

stop() {
  bin=$(pg_bin)
  as_owner "$bin/pg_ctl" -D "$1" -m fast -w stop >/dev/null
}

case "${1:-}" in
  start) [ $# -eq 3 ] || usage; start "$2" "$3" ;;
  stop) [ $# -eq 2 ] || usage; stop "$2" ;;
  *) usage ;;
esac
