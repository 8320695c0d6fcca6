#!/usr/bin/env bash
# Sets up everything the tests need on a fresh machine, then runs them:
# the system Chromium for the dashboard's browser test, a venv with dyad and
# its test extras, ruff, and pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null) \
      || echo "warning: could not install chromium; the browser test will say why it skips" >&2
  fi
fi

python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e '.[test]'
.venv/bin/ruff check src tests benchmarks tools eval
.venv/bin/ruff format --check src tests benchmarks tools eval
.venv/bin/pytest -q "$@"
