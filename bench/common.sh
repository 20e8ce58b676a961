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
