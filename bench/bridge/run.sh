#!/usr/bin/env bash
# make bench-bridge: the HTML bridge (`feedbridge parse --bench DIR --html-rules PRESET`)
# against Python lxml running the same XPath rules of the same feeds.yaml presets
# (bench/bridge/lxml_bridge.py), on the listing pages of the simulated portals without a
# feed (Liferay asset publisher and ul/li lists), for the post-2025 city (127 portals)
# and a 600-source city. See bench/bridge/README.md.
#
# Environment:
#   FEEDBRIDGE=PATH   use this feedbridge executable instead of building the release one
#   BENCH_RUNS=N      runs per tool and preset, the best time is kept (default 3)
#   BENCH_MODES=LIST  comma-separated subset of city,600 (default both)
#   BENCH_CHECK=N     pages per preset and mode whose items are compared one by one with
#                     `feedbridge parse` (default 60; 0: every page)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
BRIDGE_DIR=bench/bridge
WORK=bench/work/bridge
VENV=bench/.venv
RUNS=${BENCH_RUNS:-3}
MODES=${BENCH_MODES:-city,600}
CHECK=${BENCH_CHECK:-60}
SWIFT=${SWIFT:-swift}
SEED=1
MAX_PAGES=5          # the simulator's listing pages per portal (SimulatorConfiguration.listingPages)
CONCURRENCY=16       # downloads at once (untimed)

BENCH_NAME=bench-bridge
# shellcheck source=../common.sh (run from the repository root, see the cd above)
source bench/common.sh

read_runs_and_modes
[[ "$CHECK" =~ ^[0-9]+$ ]] || die "BENCH_CHECK must be a number, not '$CHECK'"
command -v python3 >/dev/null || apt_install python3
command -v curl >/dev/null || apt_install curl
curl --help all 2>/dev/null | grep -q -- --parallel-max || die "curl 7.66 or later is needed (--parallel)"

build_feedbridge
mkdir -p "$WORK"
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy

# --- lxml, pinned, in the benchmarks' virtualenv ---------------------------------------
requirements=$BRIDGE_DIR/requirements.txt
pin() { grep -i "^$1==" "$2" 2>/dev/null || true; }
if [ "$(pin lxml "$requirements")" != "$(pin lxml bench/parse/requirements.txt)" ]; then
    say "warning: lxml is pinned as '$(pin lxml "$requirements")' here and '$(pin lxml bench/parse/requirements.txt)' in bench/parse: the two benchmarks share $VENV"
fi
bash bench/python-env.sh "$VENV" "$requirements" lxml yaml >/dev/null || die "cannot set up lxml in $VENV"
PYTHON=$VENV/bin/python

# --- the pages, downloaded untimed -----------------------------------------------------
# download DIR: every listing page (page 1, then ?cur=N or ?page=N up to MAX_PAGES; the
# pages past a portal's last answer 404 and are dropped) of the html: sources of
# DIR/feeds.yaml, to DIR/pages/PRESET/ID-N.html, each with a <base href> of its URL
# inserted at the top of its <head>: the page URL that `feedbridge parse --bench` is not
# given, so both tools resolve links and images against it.
download() {
    local dir=$1
    "$PYTHON" - "$dir/feeds.yaml" "$MAX_PAGES" "$dir/pages" >"$dir/pages.curlrc" <<'EOF'
import os, sys, yaml
config, pages, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
parameter = {"liferay-news": "cur", "list-news": "page"}  # the simulator's page iterators
first = True
for source in yaml.safe_load(open(config, encoding="utf-8"))["sources"]:
    preset = source.get("html")
    if not isinstance(preset, str):
        continue
    if preset not in parameter:
        sys.exit(f"bench-bridge: no page parameter known for the preset {preset}")
    os.makedirs(f"{out}/{preset}", exist_ok=True)
    for page in range(1, pages + 1):
        url = source["url"] + ("" if page == 1 else f"?{parameter[preset]}={page}")
        if not first:
            print("next")
        first = False
        print(f'url = "{url}"\noutput = "{out}/{preset}/{source["id"]}-{page}.html"')
        print('write-out = "%{http_code}\\t%{filename_effective}\\t%{url_effective}\\n"')
EOF
    curl --parallel --parallel-max "$CONCURRENCY" -s --no-progress-meter -K "$dir/pages.curlrc" >"$dir/pages.tsv" \
        || die "curl could not download the listing pages (see $dir/pages.curlrc)"
    "$PYTHON" - "$dir/pages.tsv" <<'EOF'
import html, os, re, sys
head = re.compile(rb"<head(\s[^>]*)?>", re.IGNORECASE)
kept = 0
for line in open(sys.argv[1], encoding="utf-8"):
    code, path, url = line.rstrip("\n").split("\t")
    if code != "200":
        if code != "404":
            sys.exit(f"bench-bridge: {url} answered {code}")
        os.remove(path)
        continue
    data = open(path, "rb").read()
    match = head.search(data)
    if not match:
        sys.exit(f"bench-bridge: {url} has no <head> to put a <base href> in")
    base = b'\n<base href="' + html.escape(url).encode() + b'">'
    open(path, "wb").write(data[:match.end()] + base + data[match.end():])
    kept += 1
print(kept)
EOF
}

# --- measuring ----------------------------------------------------------------------
json_field() { sed -n "s/.*\"$1\":\([0-9.e-]*\).*/\1/p" "$2"; }
smaller() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }
least() { if [ -z "${2:-}" ] || smaller "$1" "$2"; then echo "$1"; else echo "$2"; fi; }

ROWS=()
GOALS=()
STARTUPS=()
TOOLS=("feedbridge 1" "feedbridge 2" "lxml 1")

# command_of TOOL JOBS PRESET DIR: sets CMD to the command reading DIR with PRESET.
command_of() {
    if [ "$1" = feedbridge ]; then
        CMD=("$FEEDBRIDGE" parse --bench "$4" --jobs "$2" --html-rules "$3" --config "$dir/feeds.yaml")
    else
        CMD=("$PYTHON" "$BRIDGE_DIR/lxml_bridge.py" bench --config "$dir/feeds.yaml" --preset "$3" "$4")
    fi
}

# measure_usage OUT: runs CMD once with stdout to OUT (stderr to OUT.err) under rusage.py;
# sets STATUS, WALL (s, the process from fork to exit), CPU (user + system, s) and RSS
# (peak, MB), CPU to the microsecond (common.sh's measure reads /usr/bin/time: 10 ms).
measure_usage() {
    local out=$1
    STATUS=0
    python3 "$BRIDGE_DIR/rusage.py" "$WORK/usage.txt" "${CMD[@]}" >"$out" 2>"$out.err" || STATUS=$?
    read -r RSS CPU WALL < <(awk '{ printf "%.1f %.6f %.6f\n", $1 / 1024, $2 + $3, $4 }' "$WORK/usage.txt")
}

# run_tool KEY OUT: one run of CMD; keeps per KEY the best loop time (with that run's
# process wall time), every run's loop time, the least CPU time, the largest peak RSS, the
# pages and items seen.
run_tool() {
    local key=$1 out=$2
    measure_usage "$out"
    [ "$STATUS" = 0 ] || die "$key: exited with $STATUS: $(tail -n 5 "$out.err")"
    local seconds items files failures
    seconds=$(json_field seconds "$out"); items=$(json_field items "$out")
    files=$(json_field files "$out"); failures=$(json_field failures "$out")
    [ -n "$seconds" ] && [ -n "$items" ] || die "$key: no JSON figures in its output: $(cat "$out")"
    [ "$failures" = 0 ] || die "$key: failed on $failures pages: $(head -n 5 "$out.err")"
    if [ -z "${BEST[$key]:-}" ] || smaller "$seconds" "${BEST[$key]}"; then
        BEST[$key]=$seconds; PROC[$key]=$WALL
    fi
    CPUS[$key]=$(least "$CPU" "${CPUS[$key]:-}")
    TIMES[$key]="${TIMES[$key]:-} $seconds"
    PEAK[$key]=$(awk -v a="$RSS" -v b="${PEAK[$key]:-0}" 'BEGIN { print (a > b ? a : b) }')
    ITEMS[$key]=$items; FILES[$key]=$files
}

row() {  # row MODE PRESET TOOL JOBS PAGES ITEMS SECONDS LOOP_CPU PROCESS RSS
    ROWS+=("$(awk -v m="$1" -v p="$2" -v t="$3" -v j="$4" -v f="$5" -v i="$6" -v s="$7" -v c="$8" -v w="$9" -v r="${10}" \
        'BEGIN { printf "%-5s %-13s %-11s %4s %6d %7d %8.3f %9.0f %9.0f %8.3f %10.3f %11.1f", m, p, t, j, f, i, s, f / s, i / s, c, w, r }')")
}

for mode in "${modes[@]}"; do
    dir=$WORK/$mode
    rm -rf "$dir"
    mkdir -p "$dir/pages" "$dir/out" "$dir/empty"
    args=(--units post-2025 --write-config "$dir/feeds.yaml")
    [ "$mode" = 600 ] && args+=(--sources 600)
    start_simulator "$dir" "${args[@]}"
    kept=$(download "$dir")
    stop_simulator
    mapfile -t presets < <(find "$dir/pages" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort)
    [ "${#presets[@]}" -gt 0 ] && [ "$kept" -gt 0 ] || die "$mode: the simulator served no HTML listing pages"
    say "$mode: $kept listing pages ($(for p in "${presets[@]}"; do printf '%s %s ' "$(find "$dir/pages/$p" -type f | wc -l)" "$p"; done)), $(du -sh "$dir/pages" | cut -f1)"

    for preset in "${presets[@]}"; do
        "$PYTHON" "$BRIDGE_DIR/check.py" --feedbridge "$FEEDBRIDGE" --config "$dir/feeds.yaml" --preset "$preset" \
            --sample "$CHECK" "$dir/pages/$preset" >"$dir/check-$preset.txt" 2>"$dir/check-$preset.err" \
            || { cat "$dir/check-$preset.err" >&2; die "$mode: feedbridge and lxml disagree on $preset pages (above)"; }
        say "$mode: $(cat "$dir/check-$preset.txt")"
        if [ -s "$dir/check-$preset.err" ]; then sed 's/^/    /' "$dir/check-$preset.err" >&2; fi
    done

    say "$mode: $RUNS runs of each tool on each preset, and on an empty folder (start-up)"
    declare -A BEST=() PROC=() CPUS=() PEAK=() ITEMS=() FILES=() TIMES=()
    for run in $(seq "$RUNS"); do
        for preset in "${presets[@]}" "startup"; do
            pages=$dir/pages/$preset
            [ "$preset" = "startup" ] && pages=$dir/empty
            for tool in "${TOOLS[@]}"; do
                command_of "${tool% *}" "${tool#* }" "${presets[0]}" "$pages"
                [ "$preset" = "startup" ] || command_of "${tool% *}" "${tool#* }" "$preset" "$pages"
                run_tool "$preset $tool" "$dir/out/${tool// /-}-$preset.json"
            done
        done
    done

    for preset in "${presets[@]}"; do
        for tool in "feedbridge 2" "lxml 1"; do
            [ "${ITEMS[$preset $tool]}" = "${ITEMS[$preset feedbridge 1]}" ] \
                || die "$mode $preset: $tool extracted ${ITEMS[$preset $tool]} items, feedbridge --jobs 1 ${ITEMS[$preset feedbridge 1]}"
        done
    done
    declare -A TOTAL_S=() TOTAL_C=()
    for tool in "${TOOLS[@]}"; do
        startup_cpu=${CPUS[startup $tool]}
        STARTUPS+=("$(printf '%-5s %-14s %.3f s wall, %.3f s CPU' "$mode" "$tool:" "${PROC[startup $tool]}" "$startup_cpu")")
        total_s=0 total_c=0 total_w=0 total_r=0 total_f=0 total_i=0
        for preset in "${presets[@]}"; do
            key="$preset $tool"
            loop_cpu=$(awk -v c="${CPUS[$key]}" -v s="$startup_cpu" 'BEGIN { d = c - s; print (d > 0 ? d : 0) }')
            row "$mode" "$preset" "${tool% *}" "${tool#* }" "${FILES[$key]}" "${ITEMS[$key]}" "${BEST[$key]}" "$loop_cpu" "${PROC[$key]}" "${PEAK[$key]}"
            read -r total_s total_c total_w total_r total_f total_i < <(awk -v s="$total_s" -v c="$total_c" -v w="$total_w" -v r="$total_r" \
                -v f="$total_f" -v i="$total_i" -v S="${BEST[$key]}" -v C="$loop_cpu" -v W="${PROC[$key]}" -v R="${PEAK[$key]}" \
                -v F="${FILES[$key]}" -v I="${ITEMS[$key]}" 'BEGIN { print s + S, c + C, w + W, (R > r ? R : r), f + F, i + I }')
        done
        row "$mode" "all" "${tool% *}" "${tool#* }" "$total_f" "$total_i" "$total_s" "$total_c" "$total_w" "$total_r"
        TOTAL_S[$tool]=$total_s; TOTAL_C[$tool]=$total_c
    done
    # The runs of the tools alternate, so run r of each saw about the same load: the
    # median over runs of lxml's loop time over the bridge's (all presets) is the ratio
    # least moved by the load of a shared machine.
    paired() {
        for preset in "${presets[@]}"; do echo "${TIMES[$preset $1]}"; echo "${TIMES[$preset lxml 1]}"; done | awk '
            { for (r = 1; r <= NF; r++) t[NR % 2, r] += $r; n = NF }
            END {
                for (r = 1; r <= n; r++) q[r] = t[0, r] / t[1, r]
                for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (q[j] < q[i]) { x = q[i]; q[i] = q[j]; q[j] = x }
                printf "%.2f", (n % 2 ? q[(n + 1) / 2] : (q[n / 2] + q[n / 2 + 1]) / 2)
            }'
    }
    ROWS+=("")
    GOALS+=("$(awk -v m="$mode" -v f="${TOTAL_S[feedbridge 1]}" -v l="${TOTAL_S[lxml 1]}" -v f2="${TOTAL_S[feedbridge 2]}" \
        -v fc="${TOTAL_C[feedbridge 1]}" -v lc="${TOTAL_C[lxml 1]}" -v p1="$(paired "feedbridge 1")" -v p2="$(paired "feedbridge 2")" 'BEGIN {
        printf "%-5s bridge faster than lxml: %s (%.2fx lxml'"'"'s pages/s with --jobs 1, %.2fx with --jobs 2;\n", m, (f < l ? "PASS" : "FAIL"), l / f, l / f2
        printf "        median of the runs'"'"' paired ratios %.2fx and %.2fx; loop CPU time %.2fx less)", p1, p2, (fc > 0 ? lc / fc : 0) }')")
done

# --- the report ---------------------------------------------------------------------
lxml_version=$("$PYTHON" -c 'import lxml.etree as e; print("lxml %s (libxml2 %s)" % (e.__version__, ".".join(map(str, e.LIBXML_VERSION))))')
echo
echo "HTML bridge benchmark: the simulator's HTML listing pages, read with the feeds.yaml presets' XPath rules; best of $RUNS runs"
echo "($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load average $(cut -d' ' -f1-3 /proc/loadavg) at the end)"
echo "feedbridge: $FEEDBRIDGE; $("$PYTHON" --version) with $lxml_version"
echo
printf '%-5s %-13s %-11s %4s %6s %7s %8s %9s %9s %8s %10s %11s\n' mode preset tool jobs pages items "wall s" "pages/s" "items/s" "CPU s" "process s" "peak RSS MB"
printf '%s\n' "${ROWS[@]}"
echo "wall s: best of the runs, by the tool's own timer around its loop over the files, reading included"
echo "(feedbridge parse --bench, lxml_bridge.py bench); pages/s and items/s from it. CPU s: the least user + system"
echo "time of the runs' processes less the tool's start-up CPU time (the least of its runs on an empty folder),"
echo "steadier than wall time on a busy machine. process s: the whole process of the best run, start-up included."
echo "Peak RSS: the largest of the runs. 'all' rows add the presets' figures (peak RSS: the larger). Start-up:"
printf '  %s\n' "${STARTUPS[@]}"
echo
echo "Goals (issue 5):"
printf '  %s\n' "${GOALS[@]}"
