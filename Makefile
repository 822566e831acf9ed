# The two commands of the README: `make generate` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# nox sessions run in this virtual environment (`nox --no-venv`): its tools come first on PATH.
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)

.PHONY: generate test check lint typecheck normalize bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Regenerate generated/okta_api from the pinned spec and our fragments, then prove it reproducible.
generate: $(STAMP)
	$(PY) -m okta_codegen generate
	$(PY) -m okta_codegen check

## The whole test suite, as CI runs it.
test: $(STAMP)
	$(VENV)/bin/nox --no-venv -s check_generated lint typecheck tests

normalize: $(STAMP)
	$(PY) -m okta_codegen normalize

check: $(STAMP)
	$(VENV)/bin/nox --no-venv -s check_generated

lint: $(STAMP)
	$(VENV)/bin/nox --no-venv -s lint

typecheck: $(STAMP)
	$(VENV)/bin/nox --no-venv -s typecheck

clean:
	rm -rf build .nox .mypy_cache .pytest_cache .ruff_cache
