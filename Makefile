# alicloudvpn: build, test and demo. Every target installs what it needs on a fresh machine.
SHELL := /bin/bash
.DEFAULT_GOAL := build
ROOT := $(abspath .)
# No cloud is reachable here: without credentials the Alibaba credential chain would probe the ECS metadata address.
export ALIBABA_CLOUD_ECS_METADATA_DISABLED ?= true

.PHONY: install build test test-unit test-integration test-e2e lint clean pulumi pulumi-bin plugin-tarball plugin-install demo demo-destroy demo-emulator bench codegen codegen-check test-reliability reliability

node_modules/.installed: package.json provider/package.json emulator/package.json sdk/nodejs/package.json sdk/dynamic/package.json tools/languageHost/package.json tools/report/package.json policy/package.json
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

# The tiers that run the real Pulumi CLI, e2e and reliability, in one pool of workers (tests/.mocharc.e2e.js).
test-e2e: build pulumi
	npm run --silent test:e2e

# The reliability tier alone: the fault matrix at CI size and the verbose-log check, through the real CLI.
test-reliability: build pulumi
	npx mocha --config tests/.mocharc.reliability.json

# Every cell of the fault matrix on a 12-connection fleet, printed as a table (docs/reliability.md).
reliability: build pulumi
	node tests/dist/reliability/run.js

# The test tiers only: `make lint` and `make codegen-check` are their own steps (.ci/run runs them first).
TOTALS := $(ROOT)/tests/dist/.totals
test: build pulumi
	scripts/test-tiers.sh $(TOTALS)

# The Pulumi CLI and Pulumi's Go-built language hosts are built from their Go modules into a cache outside the clone,
# shared by every clone; .pulumi-bin/ links to them and to this clone's own Node language host
# (scripts/install-pulumi.sh). Progress goes to stderr; `make -s pulumi-bin` prints only that directory on stdout.
pulumi: install
	@scripts/install-pulumi.sh >/dev/null
	@scripts/install-codegen.sh >/dev/null

# One source: the provider's tables write provider/schema.json, and Pulumi's own generators (tools/codegen)
# write every SDK from it. sdk/go/go.mod is ours (the Go generator writes none); tidy keeps its go.sum exact.
CODEGEN = $$(scripts/install-codegen.sh | tail -n 1)
codegen: install
	npx tsc -b provider
	node provider/dist/schema/writeSchema.js
	$(CODEGEN) sdk --language nodejs --local --schema provider/schema.json --out sdk/nodejs
	$(CODEGEN) sdk --language python --schema provider/schema.json --out sdk/python
	$(CODEGEN) sdk --language go --schema provider/schema.json --out sdk/go
	cd sdk/go && GOFLAGS=-mod=mod go mod tidy

# Regenerating must change nothing that is committed: a hand edit of a generated file, or a field added to
# the provider without `make codegen`, fails here.
codegen-check: codegen
	@git diff --exit-code --stat -- provider/schema.json README.md sdk/nodejs sdk/python sdk/go \
	  || { echo "generated files differ from the committed ones: run make codegen and commit" >&2; exit 1; }
	@untracked="$$(git ls-files --others --exclude-standard -- provider/schema.json sdk/nodejs sdk/python sdk/go)"; \
	  if [ -n "$$untracked" ]; then echo "make codegen wrote files that are not committed: $$untracked" >&2; exit 1; fi

pulumi-bin: install
	@set -o pipefail; scripts/install-pulumi.sh | tail -n 1

# The plugin as users install providers (README, "Install the plugin"): `make -s plugin-tarball` prints the tarball's
# path; plugin-install runs `pulumi plugin install resource alicloudvpn <version> -f <tarball>` into $PULUMI_HOME
# (~/.pulumi by default).
plugin-tarball: install
	@set -o pipefail; scripts/plugin-tarball.sh | tail -n 1

PLUGIN_VERSION = $$(node -p "require('./provider/package.json').version")
plugin-install: install pulumi
	@set -o pipefail; tarball="$$(scripts/plugin-tarball.sh | tail -n 1)" && \
	  "$$(scripts/install-pulumi.sh | tail -n 1)/pulumi" plugin install resource alicloudvpn $(PLUGIN_VERSION) -f "$$tarball" --reinstall

# The quickstart (Pulumi.yaml + quickstart/) against the emulator; local state in .demo/ (tools/demo).
demo: build pulumi
	@node tools/demo/dist/main.js up

demo-destroy: build pulumi
	@node tools/demo/dist/main.js destroy

# The demo's own emulator (its port and .demo/emulator-state.json) in the foreground, for commands that call the API
# after make demo has stopped it (README, "look around"). Ctrl-C stops it and saves the state.
demo-emulator: install
	@npx tsc -b tools/demo emulator
	@node tools/demo/dist/main.js emulator

# Benchmarks through the real CLI (bench/README.md); not part of make test. BENCH=quick runs only the figures the
# targets name (a few minutes), BENCH=full (default) the whole matrix (about 30 minutes).
# BENCH_ONLY=48 runs only the fleets of that many connections and writes no results file.
BENCH ?= full
bench: build pulumi
	BENCH=$(BENCH) BENCH_ONLY=$(BENCH_ONLY) node bench/dist/run.js

clean:
	rm -rf node_modules */dist */*/dist sdk/nodejs/bin dist .pulumi-bin
