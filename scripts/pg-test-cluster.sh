#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the test suite: `start DIR` creates it in DIR (a fresh
# folder each time), listening on 127.0.0.1 and a socket in DIR only, and writes the superuser's
# connection URL to DIR/url; `stop DIR` stops it and removes DIR; `halt DIR` and `resume DIR` stop
# and start the same server again (a desk losing its store and getting it back). PostgreSQL refuses
# to run as root, so as root the cluster runs as the `postgres` system user.
set -euo pipefail

action=${1:?usage: pg-test-cluster.sh start|stop|halt|resume DIR}
dir=${2:?usage: pg-test-cluster.sh start|stop|halt|resume DIR}
bin=${NETCODE_PG_BIN:-/usr/lib/postgresql/15/bin}

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
}

case "$action" in
start)
    if [ ! -x "$bin/initdb" ]; then
        echo "PostgreSQL 15 is not installed ($bin/initdb missing): run scripts/install-deps.sh" >&2
        exit 1
    fi
    stop_cluster
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
    fi
    # The superuser comes in through the socket in DIR without a password (the test command's own
    # setup); every login over TCP must give its password, so a wrong one is refused as on a site.
    chmod 755 "$dir"
    head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$dir/superuser-password"
    chmod 644 "$dir/superuser-password"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --pwfile="$dir/superuser-password" --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # A free port: the first of a few that the server agrees to listen on. Every test database is
    # copied through the write-ahead log; a small WAL size recycles it instead of growing it to a
    # gigabyte that the stop step must then delete (no fsync, so checkpoints are cheap).
    for attempt in $(seq 1 20); do
        port=$(( 20000 + (RANDOM % 20000) ))
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 \
            -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 -c max_wal_size=96MB -c min_wal_size=32MB" start >/dev/null 2>&1; then
            echo "postgresql:///postgres?host=$dir&port=$port&user=postgres" >"$dir/url"
            echo "$port" >"$dir/port"
            chmod a+r "$dir/url" "$dir/port"
            echo "PostgreSQL test cluster on 127.0.0.1:$port ($dir)"
            exit 0
        fi
    done
    cat "$dir/log" >&2 || true
    echo "The PostgreSQL test cluster did not start." >&2
    exit 1
    ;;
stop)
    stop_cluster
    rm -rf "$dir"
    ;;
halt)
    # The server stops (as for a restart or a crash of the database machine); its data stays.
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
resume)
    # The halted server starts again on the same port and socket.
    port=$(cat "$dir/port")
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 \
        -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 -c max_wal_size=96MB -c min_wal_size=32MB" start >/dev/null
    ;;
*)
    echo "usage: pg-test-cluster.sh start|stop|halt|resume DIR" >&2
    exit 2
    ;;
esac
