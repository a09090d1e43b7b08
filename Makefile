# voiceagents: every target installs what it needs (pinned) into .venv/ and node_modules/.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
TOOLS := $(PY) -m voiceagents_tools
# Generated post-hooks (ruff) and build backends are looked up on PATH: use the pinned ones.
export PATH := $(CURDIR)/$(VENV)/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export PIP_DISABLE_PIP_VERSION_CHECK := 1
# The workspace's venv is .venv/ whatever venv the caller has active.
unexport VIRTUAL_ENV
# Python keeps its bytecode caches (__pycache__/, ignored by git, never in a generated tree or a
# wheel) whatever the caller's PYTHONDONTWRITEBYTECODE says: without them every Python process a
# target starts compiles all it imports from source (`make test`: 318 s without, 268 s with).
unexport PYTHONDONTWRITEBYTECODE
export UV_PROJECT_ENVIRONMENT := $(CURDIR)/$(VENV)

NODE_STAMP := node_modules/.installed

.PHONY: help setup venv node generate check test lint format wheels publish bench demo lock clean snapshots mock

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

# The pinned uv (hash-checked), then everything else from uv.lock: the wrapper, every generated client
# and the tools (the workspace's members, editable) and the dev tools. Every target runs `uv sync`,
# so a client added or re-versioned by `make generate` is always installed.
$(UV): scripts/uv-bootstrap.txt
	@echo "setup: uv into $(VENV)/ (pinned, hashed: scripts/uv-bootstrap.txt)"
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --require-hashes --no-deps -r scripts/uv-bootstrap.txt
	@touch $@

# No install scripts: the lock's only one is @scarf/scarf's (Spectral's install telemetry, a call
# home); Prism, Spectral and Pyright need none.
$(NODE_STAMP): package.json package-lock.json
	@echo "setup: Node tools into node_modules/ (pinned: package-lock.json)"
	@npm ci --no-audit --no-fund --loglevel=error --ignore-scripts
	@touch $@

# The Node tools and the venv are installed at once (npm ci alone takes most of a fresh setup).
setup:  ## install the pinned tools (done by every target)
	@$(MAKE) --no-print-directory -j2 venv node

node: $(NODE_STAMP)
	@:

venv: $(UV)
	@$(UV) sync --locked --all-packages --quiet || { echo "setup: uv.lock does not match the pyproject files: run \`make lock\`" >&2; exit 1; }

generate: setup  ## regenerate clients and the neutral model (SLUG=revox for one vendor); re-locks and installs them
	@$(TOOLS) generate $(if $(SLUG),--slug $(SLUG))
	@$(UV) sync --locked --all-packages --quiet

check: setup  ## fail if anything generated is stale or hand-edited, or the lock, lint or types fail
	@$(TOOLS) check

lint: setup  ## ruff and mypy on the hand-written code
	@$(PY) -m ruff check wrappers scripts tests
	@$(PY) -m ruff format --check wrappers scripts tests
	@$(PY) -m mypy

format: setup  ## ruff format and ruff check --fix on the hand-written code
	@$(PY) -m ruff format wrappers scripts tests
	@$(PY) -m ruff check --fix wrappers scripts tests

test: setup  ## run the whole suite (PYTEST_ARGS=... to pass pytest options)
	@$(PY) -m pytest $(PYTEST_ARGS)

snapshots: setup  ## rewrite the reviewed snapshots (cross-vendor conversions); review the diff
	@$(PY) -m pytest tests/vendors/test_convert_pairs.py::test_the_snapshot_is_current --snapshot-update -n 0 -q

mock: setup  ## serve a stateful mock of one vendor's API on 127.0.0.1 (SLUG=revox; PORT=...); prints its URL
	@$(PY) -m voiceagents.cli mock --vendor $(or $(SLUG),$(error SLUG=<slug> is required, e.g. make mock SLUG=revox)) $(if $(PORT),--port $(PORT))

lock: $(UV)  ## re-resolve uv.lock from the pyproject files
	$(UV) lock

clean:  ## remove build output and caches (not .venv or node_modules)
	rm -rf dist build .mypy_cache .pytest_cache .ruff_cache .hypothesis .tmp

wheels: setup  ## build a wheel and an sdist of every package into dist/
	@$(TOOLS) wheels

publish: setup  ## upload dist/ (REPOSITORY_URL=..., TWINE_USERNAME/TWINE_PASSWORD from the environment)
	@$(TOOLS) publish --repository-url "$(REPOSITORY_URL)"

bench: setup  ## print the performance figures (and write bench.json)
	@$(TOOLS) bench

demo: setup  ## the main job end to end on local mock servers (TARGET=real: real vendors, keys from <SLUG>_API_KEY)
	@$(TOOLS) demo $(if $(filter real,$(TARGET)),--real)
