# voiceagents: every target installs what it needs (pinned) into .venv/ and node_modules/.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
SLUGS := $(sort $(basename $(notdir $(wildcard openapi/*.yaml))))  # the specs are the vendor list
# Generated post-hooks (ruff) and build backends are looked up on PATH: use the pinned ones.
export PATH := $(CURDIR)/$(VENV)/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

PY_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.PHONY: help setup generate check test lint wheels publish bench demo lock clean snapshots mock

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

# The pinned tools; this checkout's wrapper and clients are installed (editable) by sync_clients.py,
# which every target runs, so a client added or re-versioned by `make generate` is always installed.
$(PY_STAMP): requirements.lock
	@echo "setup: Python tools into $(VENV)/ (pinned, hashed: requirements.lock)"
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	@echo "setup: Node tools into node_modules/ (pinned: package-lock.json)"
	@npm ci --no-audit --no-fund --loglevel=error
	@touch $@

setup: $(PY_STAMP) $(NODE_STAMP)  ## install the pinned tools (done by every target)
	@$(PY) scripts/sync_clients.py

generate: setup  ## regenerate clients and the neutral model (SLUG=revox for one vendor)
	@$(PY) scripts/generate.py $(if $(SLUG),--slug $(SLUG))
	@$(PY) scripts/sync_clients.py

check: setup  ## fail if anything generated is stale or hand-edited, or lint/types fail
	@$(PY) scripts/check.py

lint: setup  ## ruff and mypy on the hand-written code
	@$(PY) -m ruff check wrappers scripts tests
	@$(PY) -m ruff format --check wrappers scripts tests
	@$(PY) -m mypy

test: setup  ## run the whole suite (PYTEST_ARGS=... to pass pytest options)
	@$(PY) -m pytest $(PYTEST_ARGS)

snapshots: setup  ## rewrite the reviewed snapshots (cross-vendor conversions); review the diff
	@$(PY) scripts/snapshots.py

mock: setup  ## serve a stateful mock of one vendor's API on 127.0.0.1 (SLUG=revox; PORT=...); prints its URL
	@$(PY) -m voiceagents.cli mock --vendor $(or $(SLUG),$(error SLUG=<slug> is required, e.g. make mock SLUG=revox)) $(if $(PORT),--port $(PORT))

lock:  ## re-resolve requirements.lock from requirements-dev.in
	$(PY) -m uv pip compile requirements-dev.in --python-version 3.11 --generate-hashes -o requirements.lock

clean:  ## remove build output and caches (not .venv or node_modules)
	rm -rf dist build .mypy_cache .pytest_cache .ruff_cache .hypothesis .tmp

wheels: setup  ## build a wheel and an sdist of every package into dist/
	@$(PY) scripts/wheels.py

publish: setup  ## upload dist/ with twine (REPOSITORY_URL=..., TWINE_USERNAME/TWINE_PASSWORD from the environment)
	@$(PY) scripts/publish.py --repository-url "$(REPOSITORY_URL)"

bench: setup  ## print the performance figures (and write bench.json)
	@$(PY) scripts/bench.py

demo: setup  ## the main job end to end on local mock servers (TARGET=real: real vendors, keys from <SLUG>_API_KEY)
	@$(PY) scripts/demo.py $(if $(filter real,$(TARGET)),--real)
