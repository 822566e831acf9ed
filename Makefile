# The two commands of the README: `make generate` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Prism, the mock server of the contract tests, pinned in package.json / package-lock.json.
NODE_STAMP := node_modules/.installed
# nox sessions run in this virtual environment (`nox --no-venv`): its tools come first on PATH.
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)

.PHONY: generate test contract check lint typecheck docs normalize update-spec spec-reports bench bench-generate clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "make: npm not found: the contract tests need Node.js 20+ and npm"; exit 1; }
	npm ci --no-audit --no-fund
	touch $(NODE_STAMP)

## Regenerate generated/okta_api from the pinned spec and our fragments, then prove it reproducible.
## SPEC=<name> builds spec/targets/<name>.toml into build/targets/<name>/ instead (e.g. SPEC=okta-2.16.0).
SPEC ?= shipped
generate: $(STAMP)
	$(PY) -m okta_codegen generate --target $(SPEC)
	$(PY) -m okta_codegen check --target $(SPEC)

## The whole test suite, as CI runs it.
test: $(STAMP) $(NODE_STAMP)
	$(VENV)/bin/nox --no-venv -s check_generated lint typecheck tests httpx_bounds contract targets docs

## Contract tests: every operation against Prism, requests validated in process, models round-tripped.
contract: $(STAMP) $(NODE_STAMP)
	$(VENV)/bin/nox --no-venv -s contract

## Pin a new upstream spec (URL or local path), regenerate, print what changed for callers (also build/spec-changes.md).
update-spec: $(STAMP)
	@test -n "$(URL)" || { echo "usage: make update-spec URL=<url or path> [SHA256=<hex>] [ALLOW_BREAKING=1]"; exit 2; }
	ALLOW_BREAKING="$(ALLOW_BREAKING)" $(PY) -m okta_codegen update-spec "$(URL)" $(if $(SHA256),--sha256 $(SHA256)) --report build/spec-changes.md
	$(PY) -m okta_codegen check

normalize: $(STAMP)
	$(PY) -m okta_codegen normalize

check: $(STAMP)
	$(VENV)/bin/nox --no-venv -s check_generated

lint: $(STAMP)
	$(VENV)/bin/nox --no-venv -s lint

typecheck: $(STAMP)
	$(VENV)/bin/nox --no-venv -s typecheck

## The API reference (okta_api and okta_plugins) in build/docs: open build/docs/index.html. Links are checked.
docs: $(STAMP)
	$(VENV)/bin/nox --no-venv -s docs

## The 2.16.0 -> shipped change report and migration table in docs/ (a test keeps them current).
spec-reports: $(STAMP)
	$(PY) -m okta_codegen normalize --target okta-2.16.0
	$(PY) -m okta_codegen normalize
	$(PY) -m okta_codegen diff build/targets/okta-2.16.0/okta-openapi.json build/okta-openapi.json --normalized > docs/spec-changes-2.16.0-to-2026.06.3.md || test $$? -eq 3
	$(PY) -m okta_codegen diff build/targets/okta-2.16.0/okta-openapi.json build/okta-openapi.json --normalized --migration > docs/migration-2.16.0.md

## Benchmarks against the official SDK, the stock generator and raw httpx: bench/results.{json,md}, bench/chart.png.
bench: $(STAMP)
	$(PY) bench/run.py

## Only the generation rows of the benchmark (cold and warm `make generate`, 3 runs each), into bench/results.*.
bench-generate: $(STAMP)
	$(PY) bench/run.py --generate-only

clean:
	rm -rf build .nox .mypy_cache .pytest_cache .ruff_cache
