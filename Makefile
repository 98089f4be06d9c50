# alicloudvpn: build, test and demo. Every target installs what it needs on a fresh machine.
SHELL := /bin/bash
.DEFAULT_GOAL := build
ROOT := $(abspath .)

.PHONY: install build test test-unit test-integration test-e2e lint clean pulumi pulumi-bin demo demo-destroy bench

node_modules/.installed: package.json provider/package.json emulator/package.json sdk/nodejs/package.json sdk/dynamic/package.json tools/languageHost/package.json
	npm install --no-audit --no-fund >&2
	@touch $@

install: node_modules/.installed

# The generated Node SDK builds with its own tsconfig and script (Pulumi's local-SDK layout: bin/ beside the
# sources); everything else is one TypeScript project graph.
build: install
	npm run --silent -w pulumi-alicloudvpn postinstall
	npx tsc -b

lint: install
	npx tsc -b --verbose
	npx eslint --max-warnings=0 .

test-unit: build
	npm run --silent test:unit

test-integration: build
	npm run --silent test:integration

test-e2e: build pulumi
	npm run --silent test:e2e

TOTALS := $(ROOT)/tests/dist/.totals
test: build lint pulumi
	@rm -f $(TOTALS)
	MOCHA_TOTALS_FILE=$(TOTALS) npm run --silent test:unit
	MOCHA_TOTALS_FILE=$(TOTALS) npm run --silent test:integration
	MOCHA_TOTALS_FILE=$(TOTALS) npm run --silent test:e2e
	@node tests/support/printTotals.js $(TOTALS)

# The Pulumi CLI is built from its Go modules into a cache outside the clone, with our Node language host beside it
# (scripts/install-pulumi.sh). Progress goes to stderr; `make -s pulumi-bin` prints only the bin directory on stdout.
pulumi: install
	@scripts/install-pulumi.sh >/dev/null

pulumi-bin: install
	@set -o pipefail; scripts/install-pulumi.sh | tail -n 1

# The quickstart (Pulumi.yaml + quickstart/) against the emulator; local state in .demo/ (tools/demo).
demo: build pulumi
	@node tools/demo/dist/main.js up

demo-destroy: build pulumi
	@node tools/demo/dist/main.js destroy

bench: build
	node bench/dist/run.js

clean:
	rm -rf node_modules */dist sdk/nodejs/bin tests/dist bench/dist
