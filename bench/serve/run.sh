#!/usr/bin/env bash
# make bench-serve: FeedBridge's HTTP server against nginx on the same output folder.
# The simulated city (127 portals) is fetched and published once (`run --once`), then
# `feedbridge serve` and nginx (gzip_static on, access log off, sendfile on) serve that
# folder on loopback, and wrk asks each for /feed.atom with 64 connections in three
# modes: plain, gzip (Accept-Encoding: gzip) and revalidation (If-None-Match with the
# server's own ETag, a 304). Prints requests/s and p99 latency side by side, with the
# ratios to nginx; the goal is >= 0.8x nginx's requests/s and a p99 within 1.5x.
#
# Environment:
#   FEEDBRIDGE=PATH    use this feedbridge executable instead of building the release one
#   BENCH_SECONDS=N    seconds per wrk run (default 10)
#   BENCH_THREADS=N    wrk threads (default 2)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
WORK=bench/work/serve
SWIFT=${SWIFT:-swift}
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=64
SEED=1

BENCH_NAME=bench-serve
# shellcheck source=../common.sh (run from the repository root, see the cd above)
source bench/common.sh

[[ "$SECONDS_PER_RUN" =~ ^[1-9][0-9]*$ ]] || die "BENCH_SECONDS must be a positive number, not '$SECONDS_PER_RUN'"
command -v wrk >/dev/null || apt_install wrk
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || apt_install nginx-light
command -v curl >/dev/null || apt_install curl
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

build_feedbridge
rm -rf "$WORK"
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy

# The published folder: one cycle on the simulated city.
start_simulator "$WORK" --units post-2025 --start now --write-config "$WORK/feeds.yaml"
sed -i 's/listen: "[^"]*"/listen: "127.0.0.1:0"/' "$WORK/feeds.yaml"
say "publishing the simulated city into $WORK/output"
"$FEEDBRIDGE" run --once --quiet --config "$WORK/feeds.yaml" >"$WORK/run.log" 2>&1 || [ -s "$WORK/output/feed.atom" ] \
    || die "feedbridge run --once published nothing (see $WORK/run.log)"
stop_simulator
[ -s "$WORK/output/feed.atom.gz" ] || die "no feed.atom.gz beside feed.atom in $WORK/output"

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

SERVE_PID="" NGINX_PID=""
stop_servers() {
    for pid in $SERVE_PID $NGINX_PID; do kill "$pid" 2>/dev/null || true; done
    for pid in $SERVE_PID $NGINX_PID; do wait "$pid" 2>/dev/null || true; done
    stop_simulator
}
trap stop_servers EXIT

# feedbridge serve, on a free port it reports.
"$FEEDBRIDGE" serve --config "$WORK/feeds.yaml" --listen 127.0.0.1:0 >"$WORK/serve.log" 2>&1 &
SERVE_PID=$!
for _ in $(seq 100); do grep -q '^Serving ' "$WORK/serve.log" && break; sleep 0.1; done
FB_BASE=$(sed -n 's|^Serving .* on \(http://[^ ]*\)/$|\1|p' "$WORK/serve.log" | head -1)
[ -n "$FB_BASE" ] || die "feedbridge serve did not start (see $WORK/serve.log)"

# nginx in the foreground, as the same user, with its files under $WORK.
NGINX_PORT=$(free_port)
cat >"$WORK/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    types { application/atom+xml atom; }
    access_log off;
    sendfile on;
    tcp_nopush on;
    gzip_static on;
    client_body_temp_path $WORK/nginx-body;
    proxy_temp_path $WORK/nginx-proxy;
    fastcgi_temp_path $WORK/nginx-fastcgi;
    uwsgi_temp_path $WORK/nginx-uwsgi;
    scgi_temp_path $WORK/nginx-scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/output;
    }
}
EOF
"$NGINX" -c "$WORK/nginx.conf" >"$WORK/nginx.log" 2>&1 &
NGINX_PID=$!
NGINX_BASE=http://127.0.0.1:$NGINX_PORT
for _ in $(seq 100); do curl -sf -o /dev/null "$NGINX_BASE/feed.atom" && break; sleep 0.1; done
curl -sf -o /dev/null "$NGINX_BASE/feed.atom" || die "nginx did not start (see $WORK/nginx-error.log)"

etag_of() { curl -sI "$1/feed.atom" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p'; }
size=$(stat -c %s "$WORK/output/feed.atom")
gz_size=$(stat -c %s "$WORK/output/feed.atom.gz")
say "feed.atom: $size bytes ($gz_size gzipped); $CONNECTIONS connections, $THREADS wrk threads, ${SECONDS_PER_RUN}s per run"

# run_wrk BASE MODE: sets RPS and P99 (ms).
run_wrk() {
    local base=$1 mode=$2 header=()
    case $mode in
        gzip) header=(-H "Accept-Encoding: gzip") ;;
        304) header=(-H "If-None-Match: $(etag_of "$base")") ;;
    esac
    local out
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "${header[@]}" "$base/feed.atom")
    echo "$out" >>"$WORK/wrk.log"
    RPS=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
    P99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } print v }' <<<"$out")
    local non2xx
    non2xx=$(awk '/Non-2xx or 3xx responses/ { print $NF }' <<<"$out")
    [ -z "$non2xx" ] || say "warning: $non2xx error responses in $mode from $base"
}

printf '\n%-6s %14s %10s %14s %10s %9s %9s\n' mode "nginx req/s" "p99 ms" "feedbridge" "p99 ms" "req/s x" "p99 x"
for mode in plain gzip 304; do
    run_wrk "$NGINX_BASE" "$mode"; nginx_rps=$RPS; nginx_p99=$P99
    run_wrk "$FB_BASE" "$mode"; fb_rps=$RPS; fb_p99=$P99
    awk -v m="$mode" -v nr="$nginx_rps" -v np="$nginx_p99" -v fr="$fb_rps" -v fp="$fb_p99" 'BEGIN {
        printf "%-6s %14.0f %10.2f %14.0f %10.2f %8.2fx %8.2fx\n", m, nr, np, fr, fp, fr / nr, fp / np }'
done
echo
echo "goal: feedbridge >= 0.80x nginx req/s and p99 <= 1.50x in every mode (wrk output in $WORK/wrk.log)"
