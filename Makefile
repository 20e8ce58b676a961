# FeedBridge — the two commands a new machine needs: `make demo` and `make test`.
SWIFT ?= swift
SYSTEM_PACKAGES := libxml2-dev libcurl4-openssl-dev pkg-config

.PHONY: deps build test bench bench-parse clean

# Installs the C libraries' development packages when pkg-config cannot find them.
deps:
	@if ! pkg-config --exists libxml-2.0 libcurl 2>/dev/null; then \
		echo "Installing $(SYSTEM_PACKAGES)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(SYSTEM_PACKAGES); \
	fi

build: deps
	$(SWIFT) build

test: deps
	$(SWIFT) test

# Benchmarks print figures and ratios against their anchors; they are never tests.
bench: bench-parse

bench-parse: deps
	bash bench/parse/run.sh

clean:
	rm -rf .build
