# FeedBridge — the two commands a new machine needs: `make demo` and `make test`.
SWIFT ?= swift
SYSTEM_PACKAGES := libxml2-dev libcurl4-openssl-dev zlib1g-dev libsqlite3-dev pkg-config

.PHONY: deps build test bench bench-parse bench-fetch clean

# Installs the C libraries' development packages when pkg-config cannot find them.
deps:
	@if ! pkg-config --exists libxml-2.0 libcurl zlib sqlite3 2>/dev/null; then \
		echo "Installing $(SYSTEM_PACKAGES)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(SYSTEM_PACKAGES); \
	fi

build: deps
	$(SWIFT) build

# Serial: the loopback servers under test share Swift's cooperative threads (two on
# CI) with CPU-bound parser tests, and their timeouts are real.
test: deps
	$(SWIFT) test --no-parallel

# Benchmarks print figures and ratios against their anchors; they are never tests.
bench: bench-parse bench-fetch

bench-parse: deps
	bash bench/parse/run.sh

bench-fetch: deps
	bash bench/fetch/run.sh

clean:
	rm -rf .build
