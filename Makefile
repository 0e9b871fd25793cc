# The two commands of the README: `make run` and `make test`. `make setup` is their shared first half.
SHELL := /bin/bash
# A parent started through pyenv's shim exports PYENV_VERSION, which would hide .python-version.
unexport PYENV_VERSION
UV := $(shell uv --version >/dev/null 2>&1 && echo uv || echo python3 -m uv)
PY := .venv/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
SYSTEM_PACKAGES := chromium poppler-utils gettext postgresql

.PHONY: setup run test lint check messages system-packages test-postgres benchmark

setup:
	@$(UV) --version >/dev/null 2>&1 || python3 -m pip install --quiet --disable-pip-version-check uv
	$(UV) sync --frozen --python 3.12
	$(PY) manage.py compilemessages -v0 --ignore=.venv

run: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py demo
	@echo "De applicatie draait op http://$(HOST):$(PORT)/ (stoppen met Ctrl+C)"
	$(PY) manage.py runserver --noreload $(HOST):$(PORT)

# Debian packages the tests need: Chromium for the browser tests, poppler for PDF checks,
# gettext for the translations, PostgreSQL for the second database run. Installed only when
# missing and only as root.
system-packages:
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v pdftoppm >/dev/null || missing="$$missing poppler-utils"; \
	command -v msgfmt >/dev/null || missing="$$missing gettext"; \
	ldconfig -p | grep -q libcairo.so.2 || missing="$$missing libcairo2"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing >/dev/null \
	      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing >/dev/null; }; \
	  else \
	    echo "Missing system packages (install them as root):$$missing"; \
	  fi; \
	fi

lint:
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

check:
	$(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py check

test: system-packages setup lint check
	$(PY) -m pytest
	$(MAKE) --no-print-directory test-postgres

# The database-facing tests once more on a throw-away PostgreSQL server.
test-postgres:
	scripts/postgres-test

messages:
	$(PY) manage.py makemessages -l nl -l en --ignore=.venv --ignore=staticfiles --no-obsolete
	$(PY) manage.py compilemessages --ignore=.venv

benchmark: setup
	$(PY) scripts/benchmark.py
