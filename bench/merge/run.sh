#!/usr/bin/env bash
# make bench-merge: generated items (600 portals, ~15% republished copies, realistic
# titles and leads, monthly template notices) through FeedMerge's StoryMatcher with the
# store's SQLite index (FeedStore ingest, real file, one transaction per 2,000 items) and
# with the in-memory index: items/s, peak RSS, and the growth of time from 100k to 1M
# (10.0 is linear). Goal: 1M items in under 60 s on SQLite, peak RSS under 1 GB.
#
# Environment:
#   BENCH_COUNTS=LIST   item counts (default 10000,100000,1000000)
#   BENCH_INDEXES=LIST  sqlite,memory (default both)
#   MERGE_BENCH=PATH    use this feedbridge-merge-bench executable instead of building it
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
WORK=bench/work/merge
SWIFT=${SWIFT:-swift}
COUNTS=${BENCH_COUNTS:-10000,100000,1000000}
INDEXES=${BENCH_INDEXES:-sqlite,memory}
BENCH_NAME=bench-merge
# shellcheck source=../common.sh (run from the repository root, see the cd above)
source bench/common.sh

[ -x /usr/bin/time ] || apt_install time
if [ -z "${MERGE_BENCH:-}" ]; then
    say "building feedbridge-merge-bench in release mode"
    "$SWIFT" build -c release --product feedbridge-merge-bench || die "swift build -c release failed"
    MERGE_BENCH="$("$SWIFT" build -c release --show-bin-path)/feedbridge-merge-bench"
fi
mkdir -p "$WORK"

printf '%-8s %9s %9s %10s %9s %9s %10s\n' index items seconds items/s stories peakMB growth
IFS=, read -ra counts <<< "$COUNTS"
IFS=, read -ra indexes <<< "$INDEXES"
for index in "${indexes[@]}"; do
    previous_count=""; previous_seconds=""
    for count in "${counts[@]}"; do
        /usr/bin/time -f '%M' -o "$WORK/rss" "$MERGE_BENCH" "$count" "$index" "$WORK" > "$WORK/out" \
            || die "$index $count failed: $(cat "$WORK/out")"
        read -r _ _ seconds rate stories _ < "$WORK/out"
        peak=$(awk '{ printf "%.0f", $1 / 1024 }' "$WORK/rss")
        growth="-"
        if [ -n "$previous_seconds" ]; then
            growth=$(awk -v a="$seconds" -v b="$previous_seconds" -v n="$count" -v m="$previous_count" \
                'BEGIN { printf "%.1f (x%.0f)", a / b, n / m }')
        fi
        printf '%-8s %9s %9s %10s %9s %9s %10s\n' "$index" "$count" "$seconds" "$rate" "$stories" "$peak" "$growth"
        previous_count=$count; previous_seconds=$seconds
    done
done
rm -f "$WORK/bench.sqlite" "$WORK/bench.sqlite-wal" "$WORK/bench.sqlite-shm"
