# FeedBridge — the two commands a new machine needs: `make demo` and `make test`.
SWIFT ?= swift
SYSTEM_PACKAGES := libxml2-dev libcurl4-openssl-dev zlib1g-dev libsqlite3-dev pkg-config

INTEROP_VENV := .build-venv/interop

.PHONY: deps build demo test bench bench-parse bench-fetch bench-cycle bench-bridge bench-merge bench-serve clean

# Installs the C libraries' development packages when pkg-config cannot find them.
deps:
	@if ! pkg-config --exists libxml-2.0 libcurl zlib sqlite3 2>/dev/null; then \
		echo "Installing $(SYSTEM_PACKAGES)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(SYSTEM_PACKAGES); \
	fi

build: deps
	$(SWIFT) build

# The simulated city (127 portals on 127.0.0.1:8181), the aggregator on feeds.yaml, and
# the merged feed served on http://127.0.0.1:8080/ until Ctrl-C.
demo: deps
	$(SWIFT) build --product feedbridge
	$$($(SWIFT) build --show-bin-path)/feedbridge demo --config feeds.yaml

# In parallel: blocking work (SQLite, libxml2, the loopback servers under test) runs on
# threads of its own (Sources/FeedExecutors), never on Swift's cooperative pool, so CPU-
# bound tests cannot starve a server whose timeouts are real. FEEDBRIDGE_PYTHON is a
# virtualenv with Python feedparser, which reads the published feeds as a reader would.
test: deps
	@python=$$(bash bench/python-env.sh $(INTEROP_VENV) Tests/Interop/requirements.txt feedparser) && \
		FEEDBRIDGE_PYTHON="$(CURDIR)/$$python" $(SWIFT) test

# Benchmarks print figures and ratios against their anchors; they are never tests.
bench: bench-parse bench-fetch bench-cycle bench-bridge bench-merge bench-serve

bench-parse: deps
	bash bench/parse/run.sh

bench-fetch: deps
	bash bench/fetch/run.sh

bench-cycle: deps
	bash bench/cycle/run.sh

bench-bridge: deps
	bash bench/bridge/run.sh

bench-merge: deps
	bash bench/merge/run.sh

# wrk against `feedbridge serve` and nginx (gzip_static) on the same published folder.
bench-serve: deps
	bash bench/serve/run.sh

clean:
	rm -rf .build
