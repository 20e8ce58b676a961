#!/usr/bin/env bash
# make bench-parse: feedbridge's parser against libxml2's own floor (xmllint --stream),
# fastfeedparser and feedparser, on a generated corpus of Vietnamese feeds and one 50 MB
# feed. Run from anywhere; works from the repository root. See bench/parse/README.md.
#
# Environment:
#   FEEDBRIDGE=PATH   use this feedbridge executable instead of building the release one
#   BENCH_RUNS=N      runs per tool and data set, the best time is kept (default 3)
#   BENCH_TOOLS=LIST  comma-separated subset of feedbridge,xmllint,fastfeedparser,feedparser
#   BENCH_UNITS=TSV   Hanoi unit list (default ../shared/data/hanoi-units.tsv)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
PARSE_DIR=bench/parse
CORPUS=bench/work/corpus
VENV=bench/.venv
RUNS=${BENCH_RUNS:-3}
TOOLS=${BENCH_TOOLS:-feedbridge,xmllint,fastfeedparser,feedparser}
UNITS=${BENCH_UNITS:-../shared/data/hanoi-units.tsv}
SWIFT=${SWIFT:-swift}

BENCH_NAME=bench-parse
# shellcheck source=../common.sh (run from the repository root, see the cd above)
source bench/common.sh
wants() { [[ ",$TOOLS," == *",$1,"* ]]; }

# System tools: python3 (corpus, runner), /usr/bin/time (peak RSS), xmllint.
command -v python3 >/dev/null || apt_install python3
[ -x /usr/bin/time ] || apt_install time
if wants xmllint; then command -v xmllint >/dev/null || apt_install libxml2-utils; fi

# feedbridge, release build (or the one given in FEEDBRIDGE).
feedbridge_args=()
if wants feedbridge; then
    build_feedbridge
    feedbridge_args=(--feedbridge "$FEEDBRIDGE")
fi

# The corpus: generated once, again only when the generator or the unit list changes.
if python3 "$PARSE_DIR/gen_corpus.py" --out "$CORPUS" --units "$UNITS" --check; then
    say "corpus up to date in $CORPUS"
else
    say "generating the corpus in $CORPUS (deterministic, about 10 s)"
    python3 "$PARSE_DIR/gen_corpus.py" --out "$CORPUS" --units "$UNITS"
fi

# The Python peers, in their own virtualenv, pinned by requirements.txt.
if wants feedparser || wants fastfeedparser; then
    bash bench/python-env.sh "$VENV" "$PARSE_DIR/requirements.txt" feedparser fastfeedparser >/dev/null \
        || die "cannot set up the Python peers in $VENV"
fi

python3 "$PARSE_DIR/compare.py" --corpus "$CORPUS" --python "$VENV/bin/python" \
    ${feedbridge_args[@]+"${feedbridge_args[@]}"} --runs "$RUNS" --tools "$TOOLS" \
    --json bench/work/parse-results.json
say "results also written to bench/work/parse-results.json"
