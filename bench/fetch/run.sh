#!/usr/bin/env bash
# make bench-fetch: feedbridge's libcurl multi fetcher against curl --parallel, on the
# simulated Hanoi portals served on loopback: a cold pass (every feed downloaded) and a
# conditional pass (If-None-Match / If-Modified-Since, every answer a 304), for the
# post-2025 city (127 portals) and a 600-source city. See bench/fetch/README.md.
#
# Environment:
#   FEEDBRIDGE=PATH   use this feedbridge executable instead of building the release one
#   BENCH_RUNS=N      runs per tool and pass, the best wall time is kept (default 3)
#   BENCH_MODES=LIST  comma-separated subset of city,600 (default both)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
WORK=bench/work/fetch
RUNS=${BENCH_RUNS:-3}
MODES=${BENCH_MODES:-city,600}
SWIFT=${SWIFT:-swift}
CONCURRENCY=32
SEED=1

BENCH_NAME=bench-fetch
# shellcheck source=../common.sh (run from the repository root, see the cd above)
source bench/common.sh

read_runs_and_modes
[ -x /usr/bin/time ] || apt_install time
command -v curl >/dev/null || apt_install curl
command -v awk >/dev/null || apt_install mawk
curl_help=$(curl --help all 2>/dev/null || curl --help)
for option in --parallel-max --no-progress-meter; do
    grep -q -- "$option" <<<"$curl_help" || die "curl $(curl --version | head -1 | cut -d' ' -f2) has no $option (curl 7.67 or later is needed)"
done

build_feedbridge
mkdir -p "$WORK"
# Loopback only: a proxy from the environment must not see these requests.
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy

# The simulator's counters over the portals' source URLs: "requests not_modified gzip".
portal_counters() {
    local stats
    stats=$(curl -sf --noproxy '*' "$BASE/_stats.json") || die "cannot read $BASE/_stats.json from the simulator"
    printf '%s\n' "$stats" | awk '
        /^      "requests": /       { r += $2 }
        /^      "not_modified": /   { n += $2 }
        /^      "gzip_responses": / { g += $2 }
        END { printf "%d %d %d\n", r, n, g }'
}

# --- the inputs of each pass ------------------------------------------------------------
# curl_config IN OUT: one curl operation per line of a request file (URL[TAB ETAG[TAB DATE]]),
# each with the request's validators, gzip like feedbridge, its body to /dev/null and
# its status printed.
curl_config() {
    awk -F'\t' '
        function quoted(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); return "\"" s "\"" }
        NF == 0 { next }
        {
            if (n++) print "next"
            print "url = " quoted($1)
            print "output = \"/dev/null\""
            print "compressed"
            print "write-out = \"%{http_code}\\n\""
            if ($2 != "") print "header = " quoted("If-None-Match: " $2)
            if ($3 != "") print "header = " quoted("If-Modified-Since: " $3)
        }' "$1" >"$2"
}

# --- measuring ----------------------------------------------------------------------
# json_field NAME FILE: a number from feedbridge's --summary line.
json_field() { sed -n "s/.*\"$1\":\([0-9.]*\).*/\1/p" "$2"; }

ROWS=()
GOALS=()
NOTES=()

# bench_pass MODE PASS INPUT EXPECTED_CODE: feedbridge and curl, RUNS times each, alternating.
bench_pass() {
    local mode=$1 pass=$2 input=$3 code=$4 dir=$WORK/$1
    local n; n=$(grep -c . "$input")
    local fb_args=(fetch --input "$input" --summary --concurrency "$CONCURRENCY" --per-host "$CONCURRENCY")
    [ "$pass" = cold ] && fb_args+=(--state "$dir/state")
    curl_config "$input" "$dir/$pass.curlrc"

    local fb_best="" fb_rss=0 fb_cpu="" fb_own="" fb_gzip=0 curl_best="" curl_rss=0 curl_cpu="" run before after
    for run in $(seq "$RUNS"); do
        before=$(portal_counters)
        measure "$dir/$pass.feedbridge.out" "$FEEDBRIDGE" "${fb_args[@]}"
        after=$(portal_counters)
        [ "$STATUS" = 0 ] || die "$mode $pass: feedbridge exited with $STATUS: $(cat "$dir/$pass.feedbridge.out" "$dir/$pass.feedbridge.out.err")"
        local want=ok; [ "$code" = 304 ] && want=notModified
        [ "$(json_field "$want" "$dir/$pass.feedbridge.out")" = "$n" ] \
            || die "$mode $pass: feedbridge expected $n × $code, got $(cat "$dir/$pass.feedbridge.out")"
        check_counters "$mode $pass feedbridge" "$before" "$after" "$n" "$code"
        fb_gzip=$GZIPPED
        if [ -z "$fb_best" ] || awk -v a="$WALL" -v b="$fb_best" 'BEGIN { exit !(a < b) }'; then
            fb_best=$WALL; fb_cpu=$CPU; fb_own=$(json_field seconds "$dir/$pass.feedbridge.out")
        fi
        fb_rss=$(awk -v a="$RSS" -v b="$fb_rss" 'BEGIN { print (a > b ? a : b) }')
        FB_BYTES=$(json_field bytes "$dir/$pass.feedbridge.out")

        before=$(portal_counters)
        measure "$dir/$pass.curl.out" curl --parallel --parallel-max "$CONCURRENCY" -s --no-progress-meter -K "$dir/$pass.curlrc"
        after=$(portal_counters)
        [ "$STATUS" = 0 ] || die "$mode $pass: curl exited with $STATUS: $(head -c 500 "$dir/$pass.curl.out.err")"
        [ "$(grep -cx "$code" "$dir/$pass.curl.out")" = "$n" ] \
            || die "$mode $pass: curl expected $n × $code, got: $(sort "$dir/$pass.curl.out" | uniq -c | tr '\n' ' ')"
        check_counters "$mode $pass curl" "$before" "$after" "$n" "$code"
        [ "$GZIPPED" = "$fb_gzip" ] || die "$mode $pass: the simulator gzipped $fb_gzip responses for feedbridge, $GZIPPED for curl"
        if [ -z "$curl_best" ] || awk -v a="$WALL" -v b="$curl_best" 'BEGIN { exit !(a < b) }'; then
            curl_best=$WALL; curl_cpu=$CPU
        fi
        curl_rss=$(awk -v a="$RSS" -v b="$curl_rss" 'BEGIN { print (a > b ? a : b) }')
    done

    # The same bytes on both sides: curl's decompressed bodies, counted once, untimed.
    local curl_bytes=0
    if [ "$pass" = cold ]; then
        grep -v '^output = \|^write-out = ' "$dir/$pass.curlrc" >"$dir/$pass.bytes.curlrc"
        curl_bytes=$(curl --parallel --parallel-max "$CONCURRENCY" -s --no-progress-meter -K "$dir/$pass.bytes.curlrc" | wc -c)
        [ "$curl_bytes" = "$FB_BYTES" ] \
            || say "warning: $mode cold: feedbridge received $FB_BYTES bytes of bodies, curl $curl_bytes"
    fi
    local mb; mb=$(awk -v b="$FB_BYTES" 'BEGIN { printf "%.2f", b / 1e6 }')
    row "$mode" "$pass" feedbridge "$n" "$mb" "$fb_best" "$fb_cpu" "$fb_rss" "$curl_best"
    row "$mode" "$pass" curl "$n" "$(awk -v b="$curl_bytes" 'BEGIN { printf "%.2f", b / 1e6 }')" "$curl_best" "$curl_cpu" "$curl_rss" "$curl_best"
    NOTES+=("$(awk -v m="$mode" -v p="$pass" -v n="$n" -v g="$fb_gzip" -v o="$fb_own" -v c="$curl_best" 'BEGIN {
        printf "%s %s: %d responses, %d gzipped, for each tool; feedbridge'"'"'s own timer (first request to last result): %.3f s, %.2fx curl'"'"'s process", m, p, n, g, o, o / c }')")

    local limit=1.3; [ "$pass" = conditional ] && limit=2
    local verdict; verdict=$(awk -v f="$fb_best" -v c="$curl_best" -v l="$limit" \
        'BEGIN { printf "%s (%.2fx)", (f <= l * c ? "PASS" : "FAIL"), f / c }')
    GOALS+=("$(printf '%-7s %-12s feedbridge within %sx of curl'"'"'s wall time: %s' "$mode" "$pass" "$limit" "$verdict")")
}

# check_counters WHAT BEFORE AFTER N CODE: the simulator saw N source requests, all of them
# 304 for a conditional pass; sets GZIPPED to the number of responses it sent gzipped.
check_counters() {
    local what=$1 n=$4 code=$5
    read -r r0 n0 g0 <<<"$2"
    read -r r1 n1 g1 <<<"$3"
    [ $((r1 - r0)) = "$n" ] || die "$what: the simulator counted $((r1 - r0)) requests, not $n"
    if [ "$code" = 304 ]; then
        [ $((n1 - n0)) = "$n" ] || die "$what: the simulator answered $((n1 - n0)) of $n requests with 304"
    fi
    GZIPPED=$((g1 - g0))
}

row() {
    local mode=$1 pass=$2 tool=$3 n=$4 mb=$5 wall=$6 cpu=$7 rss=$8 curl=$9
    ROWS+=("$(awk -v m="$mode" -v p="$pass" -v t="$tool" -v n="$n" -v mb="$mb" -v w="$wall" -v cpu="$cpu" -v rss="$rss" -v c="$curl" \
        'BEGIN { printf "%-7s %-12s %-11s %8d %8s %8.3f %9.0f %7.2f %11.1f %8.2fx", m, p, t, n, mb, w, n / w, cpu, rss, w / c }')")
}

# --- the modes ----------------------------------------------------------------------
for mode in "${modes[@]}"; do
    args=(--units post-2025)
    [ "$mode" = 600 ] && args+=(--sources 600)
    mkdir -p "$WORK/$mode"
    rm -f "$WORK/$mode/state"
    start_simulator "$WORK/$mode" "${args[@]}"
    say "$mode: $(grep -c . "$WORK/$mode/urls") portals on $BASE; $RUNS runs per tool and pass"
    bench_pass "$mode" cold "$WORK/$mode/urls" 200
    [ -s "$WORK/$mode/state" ] || die "$mode: feedbridge wrote no --state file"
    bench_pass "$mode" conditional "$WORK/$mode/state" 304
    stop_simulator
done

# --- the report ---------------------------------------------------------------------
echo
echo "Fetch benchmark: $CONCURRENCY transfers at once over HTTP/1.1 on loopback, gzip on both sides; best of $RUNS runs"
echo "($(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end)"
echo
printf '%-7s %-12s %-11s %8s %8s %8s %9s %7s %11s %9s\n' mode pass tool requests MB "wall s" "req/s" "CPU s" "peak RSS MB" "vs curl"
printf '%s\n' "${ROWS[@]}"
echo
echo "MB: decompressed bodies (curl's counted in one extra, untimed run). Wall time: the whole process,"
echo "start-up included, for both tools; CPU s: user + system of the best run. Peak RSS: the largest of the runs."
printf '%s\n' "${NOTES[@]}"
echo
echo "Goals (issue 3):"
printf '  %s\n' "${GOALS[@]}"
