# Two commands on a fresh machine: `make run` (set up and serve), `make test` (whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
DATA_DIR ?= $(CURDIR)/var
HOST ?= 127.0.0.1
PORT ?= 8000
export DATA_DIR HOST PORT

.PHONY: run setup serve test test-fast lint import reindex export relevance extraction bench

run: setup serve

# Re-installs only when pyproject.toml changes, so a second `make run` is fast.
$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

# Translations are compiled by the setup; msgfmt comes from Debian's gettext.
MSGFMT := /usr/bin/msgfmt
$(MSGFMT):
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq gettext

setup: $(VENV)/.installed $(MSGFMT)
	$(MANAGE) compilemessages -v0 --ignore=.venv
	$(MANAGE) migrate --noinput -v0
	$(MANAGE) collectstatic --noinput -v0
	$(MANAGE) load_reference_data
	$(MANAGE) import_articles fixtures/articles
	$(MANAGE) check_index --repair --quick

serve: $(VENV)/.installed
	$(BIN)/gunicorn -c diplomacy/gunicorn.conf.py

# Browser tests use Debian's chromium; install it when it is missing (root, or sudo).
CHROMIUM := /usr/bin/chromium
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
$(CHROMIUM):
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium

# wrk drives the page mix of `make bench` (and its test).
WRK := /usr/bin/wrk
$(WRK):
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq wrk

test: $(VENV)/.installed $(CHROMIUM) $(MSGFMT) $(WRK)
	$(MANAGE) compilemessages -v0 --ignore=.venv
	$(BIN)/python -m pytest

# The edit-test loop: everything but the browser, deployment and slow tests (markers in
# pyproject.toml, given in tests/conftest.py). CI runs `make test`, the whole suite.
test-fast: $(VENV)/.installed $(MSGFMT)
	$(MANAGE) compilemessages -v0 --ignore=.venv
	$(BIN)/python -m pytest -m "not browser and not deploy and not slow"

lint: $(VENV)/.installed
	$(BIN)/ruff check archive diplomacy tests benchmarks

import: $(VENV)/.installed
	$(MANAGE) import_articles $(or $(FILES),fixtures/articles)

reindex: $(VENV)/.installed
	$(MANAGE) rebuild_index --noinput

relevance: $(VENV)/.installed
	$(BIN)/python -m tests.search.relevance

# How right the records are on the extraction corpus (tests/extract/corpus/README.md).
extraction: $(VENV)/.installed
	$(BIN)/python -m tests.extract.evaluate

export: $(VENV)/.installed
	$(MANAGE) export_archive --output $(DATA_DIR)/archive.json

# The archive at scale against SQLite FTS5 (docs/performance.md); BENCH_ARTICLES=100000 for the full run.
BENCH_ARTICLES ?= 10000

bench: $(VENV)/.installed $(WRK)
	$(BIN)/python benchmarks/bench.py --articles $(BENCH_ARTICLES)
