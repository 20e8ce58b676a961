#!/usr/bin/env bash
# make bench-cycle: one whole FeedBridge cycle (fetch, parse, store, merge, publish) on
# the simulated portals, cold (empty store) and warm (every source answers 304), for the
# post-2025 city (127 portals) and a 600-source city. Side by side in the same run:
#   - the floors: curl --parallel fetching the same URLs (cold, then conditional with the
#     ETags it saved) and xmllint parsing the same bodies (--stream for feeds, --html for
#     listing pages);
#   - a real aggregator: Debian's newsboat, `newsboat -x reload` on the same URLs.
# See bench/cycle/README.md.
#
# Environment:
#   FEEDBRIDGE=PATH   use this feedbridge executable instead of building the release one
#   BENCH_RUNS=N      runs per tool and pass, the best wall time is kept (default 3)
#   BENCH_MODES=LIST  comma-separated subset of city,600 (default both)
#   BENCH_NEWSBOAT=0  skip newsboat
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
WORK=bench/work/cycle
RUNS=${BENCH_RUNS:-3}
MODES=${BENCH_MODES:-city,600}
SWIFT=${SWIFT:-swift}
CONCURRENCY=32
SEED=1

BENCH_NAME=bench-cycle
# shellcheck source=../common.sh (run from the repository root, see the cd above)
source bench/common.sh

read_runs_and_modes
[ -x /usr/bin/time ] || apt_install time
command -v curl >/dev/null || apt_install curl
command -v xmllint >/dev/null || apt_install libxml2-utils
if [ "${BENCH_NEWSBOAT:-1}" != 0 ] && ! command -v newsboat >/dev/null; then apt_install newsboat; fi

build_feedbridge
mkdir -p "$WORK"
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy

# best NAME VALUE: keeps the smaller wall time in the variable NAME.
best() { if [ -z "${!1}" ] || awk -v a="$2" -v b="${!1}" 'BEGIN { exit !(a < b) }'; then printf -v "$1" '%s' "$2"; fi; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# curl_config URLS DIR PASS: one operation per URL, the body to DIR/bodies/N, gzip like
# feedbridge; the cold pass saves each ETag, the conditional pass sends it back.
curl_config() {
    local urls=$1 dir=$2 pass=$3
    awk -v dir="$dir" -v pass="$pass" '
        NF == 0 { next }
        {
            if (n++) print "next"
            print "url = \"" $1 "\""
            print "output = \"" dir "/bodies/" n "\""
            print "compressed"
            print "write-out = \"%{http_code}\\n\""
            if (pass == "cold") print "etag-save = \"" dir "/etags/" n "\""
            else print "etag-compare = \"" dir "/etags/" n "\""
        }' "$urls"
}

ROWS=()
GOALS=()

row() {  # row MODE PASS TOOL WALL RSS ITEMS NOTE
    ROWS+=("$(printf '%-5s %-5s %-26s %8.3f %9.1f %9s  %s' "$1" "$2" "$3" "$4" "$5" "$6" "$7")")
}

for mode in "${modes[@]}"; do
    dir=$WORK/$mode
    rm -rf "$dir"
    mkdir -p "$dir/bodies" "$dir/etags" "$dir/newsboat"
    args=(--units post-2025 --start now --write-config "$dir/feeds.yaml")
    [ "$mode" = 600 ] && args+=(--sources 600)
    start_simulator "$dir" "${args[@]}"
    n=$(grep -c . "$dir/urls")
    # Like for curl, 32 transfers at once: the simulated portals all live on one host,
    # which feeds.yaml's per-host limit would otherwise cap at 4. Extra page reads
    # (max_pages, article pages) are left out so both sides fetch the same URLs.
    awk '/^fetch:/ { sub(/per_host: [0-9]+/, "per_host: 32") }
         /^    article:/ { skip = 1; next }
         skip && /^      / { next }
         { skip = 0 }
         /^    max_pages:/ { next }
         { print }' "$dir/feeds.yaml" >"$dir/feeds.tmp" && mv "$dir/feeds.tmp" "$dir/feeds.yaml"
    say "$mode: $n portals on $BASE; $RUNS runs per tool and pass"

    # FeedBridge: cold = an empty store and output; warm = the same store, all 304.
    fb_cold="" fb_warm="" fb_cold_rss=0 fb_warm_rss=0 items=0
    for run in $(seq "$RUNS"); do
        rm -rf "$dir/state" "$dir/output"
        measure "$dir/cold.out" "$FEEDBRIDGE" run --once --quiet --config "$dir/feeds.yaml"
        [ "$STATUS" = 0 ] || die "$mode cold: feedbridge exited with $STATUS: $(cat "$dir/cold.out" "$dir/cold.out.err")"
        grep -q "Sources: $n fetched: $n ok" "$dir/cold.out" || die "$mode cold: not every source ok: $(cat "$dir/cold.out")"
        best fb_cold "$WALL"
        fb_cold_rss=$(awk -v a="$RSS" -v b="$fb_cold_rss" 'BEGIN { print (a > b ? a : b) }')
        items=$(sed -n 's/^Items: \([0-9]*\) new.*/\1/p' "$dir/cold.out")
        stories=$(sed -n 's/.* \([0-9]*\) in the store$/\1/p' "$dir/cold.out")
    done
    for run in $(seq "$RUNS"); do
        measure "$dir/warm.out" "$FEEDBRIDGE" run --once --quiet --config "$dir/feeds.yaml"
        [ "$STATUS" = 0 ] || die "$mode warm: feedbridge exited with $STATUS: $(cat "$dir/warm.out" "$dir/warm.out.err")"
        grep -q "Sources: $n fetched: 0 ok, $n not modified" "$dir/warm.out" || die "$mode warm: not all 304: $(cat "$dir/warm.out")"
        best fb_warm "$WALL"
        fb_warm_rss=$(awk -v a="$RSS" -v b="$fb_warm_rss" 'BEGIN { print (a > b ? a : b) }')
    done

    # The floors: curl, then xmllint on curl's bodies.
    curl_config "$dir/urls" "$dir" cold >"$dir/cold.curlrc"
    curl_config "$dir/urls" "$dir" conditional >"$dir/conditional.curlrc"
    curl_cold="" curl_warm="" xml_best="" curl_rss=0 xml_rss=0
    for run in $(seq "$RUNS"); do
        rm -f "$dir"/bodies/* "$dir"/etags/*
        measure "$dir/curl-cold.out" curl --parallel --parallel-max "$CONCURRENCY" -s --no-progress-meter -K "$dir/cold.curlrc"
        [ "$(grep -cx 200 "$dir/curl-cold.out")" = "$n" ] || die "$mode: curl cold did not get $n × 200"
        best curl_cold "$WALL"; curl_rss=$(awk -v a="$RSS" -v b="$curl_rss" 'BEGIN { print (a > b ? a : b) }')
        measure "$dir/curl-warm.out" curl --parallel --parallel-max "$CONCURRENCY" -s --no-progress-meter -K "$dir/conditional.curlrc"
        [ "$(grep -cx 304 "$dir/curl-warm.out")" = "$n" ] || die "$mode: curl conditional did not get $n × 304"
        best curl_warm "$WALL"
    done
    # curl's conditional pass left the cold bodies in place (a 304 writes nothing).
    feeds=() pages=()
    for body in "$dir"/bodies/*; do
        if head -c 512 "$body" | grep -qi '<!doctype html\|<html'; then pages+=("$body"); else feeds+=("$body"); fi
    done
    for run in $(seq "$RUNS"); do
        start=$(date +%s%N)
        xmllint --stream --noout "${feeds[@]}" >/dev/null 2>&1 || true
        [ ${#pages[@]} = 0 ] || xmllint --html --noout "${pages[@]}" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        best xml_best "$(awk -v ns=$((end - start)) 'BEGIN { printf "%.4f", ns / 1e9 }')"
    done
    floor=$(awk -v a="$curl_cold" -v b="$xml_best" 'BEGIN { printf "%.4f", a + b }')

    # newsboat: a cold reload (empty cache) and a warm one, as Debian ships it (one reload
    # thread, the issue's anchor) and with 32 reload threads like the other tools.
    nb_cold="-" nb_warm="-" nb32_cold="-" nb32_warm="-" nb_note="skipped"
    if [ "${BENCH_NEWSBOAT:-1}" != 0 ]; then
        for threads in 1 32; do
            printf 'reload-threads %d\n' "$threads" >"$dir/newsboat/config"
            nb=(env HOME="$dir/newsboat" newsboat -x reload -u "$dir/urls" -C "$dir/newsboat/config" -c "$dir/newsboat/cache.db")
            rm -f "$dir/newsboat/cache.db"
            measure "$dir/newsboat-cold.out" "${nb[@]}"; cold=$WALL; nb_rss=$RSS
            measure "$dir/newsboat-warm.out" "${nb[@]}"; warm=$WALL
            if [ "$threads" = 1 ]; then nb_cold=$cold nb_warm=$warm; else nb32_cold=$cold nb32_warm=$warm; fi
        done
        nb_items=$(sqlite3 "$dir/newsboat/cache.db" 'select count(*) from rss_item' 2>/dev/null || echo '?')
        nb_note="$nb_items items in its cache (it reads no HTML listing page)"
    fi

    bodies_mb=$(du -sb "$dir/bodies" | awk '{ printf "%.1f", $1 / 1e6 }')
    row "$mode" cold "feedbridge run --once" "$fb_cold" "$fb_cold_rss" "$items" "$stories stories; $(awk -v i="$items" -v w="$fb_cold" 'BEGIN { printf "%.0f", i / w }') items/s"
    row "$mode" cold "curl --parallel" "$curl_cold" "$curl_rss" "-" "$n bodies, $bodies_mb MB"
    row "$mode" cold "xmllint (stream / html)" "$xml_best" "0" "-" "${#feeds[@]} feeds, ${#pages[@]} pages"
    row "$mode" cold "curl + xmllint (floor)" "$floor" "0" "-" ""
    [ "$nb_cold" = - ] || row "$mode" cold "newsboat -x reload" "$nb_cold" "$nb_rss" "-" "$nb_note"
    [ "$nb32_cold" = - ] || row "$mode" cold "newsboat, 32 reload threads" "$nb32_cold" "$nb_rss" "-" ""
    row "$mode" warm "feedbridge run --once" "$fb_warm" "$fb_warm_rss" "0" "all $n answered 304"
    row "$mode" warm "curl --parallel (ETags)" "$curl_warm" "0" "-" ""
    [ "$nb_warm" = - ] || row "$mode" warm "newsboat -x reload" "$nb_warm" "0" "-" ""
    [ "$nb32_warm" = - ] || row "$mode" warm "newsboat, 32 reload threads" "$nb32_warm" "0" "-" ""

    GOALS+=("$mode cold: feedbridge within 2x of curl + xmllint: $(awk -v f="$fb_cold" -v c="$floor" 'BEGIN { printf "%s (%.2fx)", (f <= 2 * c ? "PASS" : "FAIL"), f / c }')")
    [ "$nb_cold" = - ] || GOALS+=("$mode cold: at least 10x faster than newsboat -x reload (as shipped): $(awk -v f="$fb_cold" -v c="$nb_cold" 'BEGIN { printf "%s (%.1fx; %.1fx against 32 reload threads)", (c >= 10 * f ? "PASS" : "FAIL"), c / f, '"${nb32_cold/-/0}"' / f }')")
    GOALS+=("$mode warm: feedbridge within 3x of curl's conditional pass: $(awk -v f="$fb_warm" -v c="$curl_warm" 'BEGIN { printf "%s (%.2fx)", (f <= 3 * c ? "PASS" : "FAIL"), f / c }')")
    GOALS+=("$mode peak RSS under 150 MB: $(awk -v r="$fb_cold_rss" 'BEGIN { printf "%s (%.1f MB)", (r < 150 ? "PASS" : "FAIL"), r }')")
    stop_simulator
done

echo
echo "Cycle benchmark: $CONCURRENCY transfers at once on loopback, gzip; best of $RUNS runs (newsboat: one run each)"
echo "($(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end)"
echo
printf '%-5s %-5s %-26s %8s %9s %9s  %s\n' mode pass tool "wall s" "RSS MB" "new items" note
printf '%s\n' "${ROWS[@]}"
echo
echo "Goals (issue 4):"
printf '  %s\n' "${GOALS[@]}"
