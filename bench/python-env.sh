#!/usr/bin/env bash
# Creates (or refreshes) a Python virtualenv with pinned packages: the benchmarks' Python
# peers (bench/.venv) and the tests' outside reader (Python feedparser, for make test).
# Usage: python-env.sh VENV REQUIREMENTS MODULE…   — prints the venv's python path.
# Nothing is installed when the requirements are unchanged since the last install and
# every MODULE imports.
set -euo pipefail
venv="$1"
requirements="$2"
shift 2
say() { printf 'python-env: %s\n' "$*" >&2; }

stamp="$venv/.installed-$(printf '%s' "$requirements" | tr '/.' '__')"
imports=$(IFS=,; echo "$*")
if cmp -s "$requirements" "$stamp" 2>/dev/null && "$venv/bin/python" -c "import $imports" 2>/dev/null; then
    echo "$venv/bin/python"
    exit 0
fi
if ! "$venv/bin/python" -m pip --version >/dev/null 2>&1; then
    rm -rf "$venv"
    say "creating the virtualenv $venv"
    if ! python3 -m venv "$venv" >/dev/null 2>&1; then
        rm -rf "$venv"
        sudo=""
        [ "$(id -u)" = 0 ] || sudo=sudo
        say "installing python3-venv with apt"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-venv >/dev/null
        python3 -m venv "$venv"
    fi
fi
say "installing $(grep -v '^#' "$requirements" | tr '\n' ' ')into $venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$requirements" \
    || { say "pip install failed (is PyPI reachable?)"; exit 1; }
cp "$requirements" "$stamp"
echo "$venv/bin/python"
