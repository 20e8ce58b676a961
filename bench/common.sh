# Shared by the benchmark scripts: messages and apt installs. Set BENCH_NAME first.

say() { printf '%s: %s\n' "$BENCH_NAME" "$*" >&2; }
die() { say "error: $*"; exit 1; }

# Installs Debian packages, with sudo when not root.
apt_install() {
    local sudo=""
    command -v apt-get >/dev/null || die "apt-get not found: install $* by hand"
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null || die "need root or sudo to install $*"
        sudo=sudo
    fi
    say "installing $* with apt"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# Sets FEEDBRIDGE to a release build of feedbridge (or checks the one given).
build_feedbridge() {
    if [ -n "${FEEDBRIDGE:-}" ]; then
        [ -x "$FEEDBRIDGE" ] || die "FEEDBRIDGE=$FEEDBRIDGE is not an executable file"
    else
        say "building feedbridge in release mode"
        "$SWIFT" build -c release --product feedbridge || die "swift build -c release failed"
        FEEDBRIDGE="$("$SWIFT" build -c release --show-bin-path)/feedbridge"
    fi
}

# The simulator, started by start_simulator and stopped on exit (needs FEEDBRIDGE, SEED).
SIM_PID=""
BASE=""
stop_simulator() {
    [ -n "$SIM_PID" ] || return 0
    kill "$SIM_PID" 2>/dev/null || true
    local waited=0
    while kill -0 "$SIM_PID" 2>/dev/null && [ "$waited" -lt 50 ]; do sleep 0.1; waited=$((waited + 1)); done
    kill -9 "$SIM_PID" 2>/dev/null || true
    wait "$SIM_PID" 2>/dev/null || true
    SIM_PID=""
}
trap stop_simulator EXIT
trap 'exit 130' INT TERM

# start_simulator DIR ARGS…: serves healthy portals (no faults, no slow ones) on a free
# port, writes their URLs to DIR/urls and sets BASE.
start_simulator() {
    local dir=$1; shift
    "$FEEDBRIDGE" simulate --port 0 --seed "$SEED" --faults 0 --slow 0 --write-urls "$dir/urls" "$@" \
        >"$dir/simulate.log" 2>&1 &
    SIM_PID=$!
    local waited=0
    until grep -q '^Press Ctrl-C' "$dir/simulate.log"; do
        if ! kill -0 "$SIM_PID" 2>/dev/null; then
            SIM_PID=""
            cat "$dir/simulate.log" >&2
            die "feedbridge simulate $* exited before serving (log above)"
        fi
        [ "$waited" -lt 600 ] || die "feedbridge simulate did not start within 60 s (see $dir/simulate.log)"
        sleep 0.1
        waited=$((waited + 1))
    done
    BASE=$(sed -n 's|^Serving .* on \(http://[^ ]*\)/ .*|\1|p' "$dir/simulate.log" | head -1)
    [ -n "$BASE" ] || die "cannot read the simulator's address from $dir/simulate.log"
    [ -s "$dir/urls" ] || die "feedbridge simulate wrote no URLs to $dir/urls"
}

# measure OUT CMD…: runs CMD once with stdout to OUT; sets WALL (s), RSS (MB), CPU (s)
# and STATUS. Wall time is the process's, start-up included, for both tools alike.
measure() {
    local out=$1; shift
    local start end
    start=$(date +%s%N)
    STATUS=0
    /usr/bin/time -f '%M %U %S' -o "$WORK/time.txt" "$@" >"$out" 2>"$out.err" || STATUS=$?
    end=$(date +%s%N)
    WALL=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.4f", ns / 1e9 }')
    read -r RSS CPU < <(tail -n1 "$WORK/time.txt" | awk '{ printf "%.1f %.3f\n", $1 / 1024, $2 + $3 }')
}


# read_runs_and_modes: checks RUNS (BENCH_RUNS) and sets the array `modes` from MODES
# (BENCH_MODES, a comma-separated subset of city,600).
read_runs_and_modes() {
    [[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive number, not '$RUNS'"
    IFS=, read -r -a modes <<<"$MODES"
    local mode
    for mode in "${modes[@]}"; do
        [[ "$mode" == city || "$mode" == 600 ]] || die "unknown mode '$mode' in BENCH_MODES (city, 600)"
    done
}
