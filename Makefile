# Naitei. Two commands set up a fresh machine by themselves:
#   make run    install what is missing, build the widget into dist/, serve it on http://127.0.0.1:$(PORT)/
#   make test   install what is missing, then format, lint, native, wasm, content and browser tests
# Also: make dist (build only), make bench (figures), make fuzz (FUZZ_SECONDS per target).
SHELL := /bin/bash
PORT ?= 8080
export PORT

.PHONY: run test dist bench fuzz tools clean

run:
	@scripts/run.sh

test:
	@scripts/test.sh

dist:
	@scripts/build.sh

bench:
	@scripts/bench.sh

fuzz:
	@scripts/fuzz.sh

tools:
	@scripts/tools.sh test

clean:
	rm -rf dist target/wasm-pack tests/e2e/artifacts
