"""schemathesis against gunicorn as deployed, serving an archive with the bundled reports: every
operation of /api/openapi.json, generated and explicit examples, responses checked against it."""

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_make_run import free_port

BIN = Path(sys.executable).parent
EXAMPLES = 30  # per operation and phase; the whole run takes about half a minute
CHECKS = [
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
]
SETUP = [  # `make setup` without its install step (the test runs in the installed venv)
    ["migrate", "--noinput", "-v0"],
    ["collectstatic", "--noinput", "-v0"],
    ["load_reference_data"],
    ["import_articles", "fixtures/articles"],
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("api")
    port = free_port()
    env = {**os.environ, "DATA_DIR": str(data_dir), "PORT": str(port), "WEB_WORKERS": "2"}
    for name in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL"):
        env.pop(name, None)
    for command in SETUP:
        done = subprocess.run([BIN / "python", "manage.py", *command], cwd=ROOT, env=env,
                              capture_output=True, text=True)  # fmt: skip
        assert done.returncode == 0, done.stderr
    gunicorn = subprocess.Popen(
        [BIN / "gunicorn", "-c", "diplomacy/gunicorn.conf.py"], cwd=ROOT, env=env,
        start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            urllib.request.urlopen(base + "/api/openapi.json", timeout=5)
            break
        except OSError:
            time.sleep(0.2)
    yield base, gunicorn
    os.killpg(gunicorn.pid, 15)
    gunicorn.wait(timeout=10)


def test_every_operation_keeps_the_contract(server, tmp_path):
    base, gunicorn = server
    run = subprocess.run(
        [BIN / "st", "run", f"{base}/api/openapi.json", "--checks", ",".join(CHECKS),
         "--phases", "examples,coverage,fuzzing", "--max-examples", str(EXAMPLES), "--seed", "1",
         "--workers", "2", "--max-redirects", "0", "--request-timeout", "10",
         "--report", "junit", "--report-dir", str(tmp_path)],
        cwd=tmp_path, capture_output=True, text=True, timeout=240,
        env={**os.environ, "NO_COLOR": "1", "SCHEMATHESIS_HOOKS": ""},
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-20_000:]
    assert "No issues found" in run.stdout or "passed" in run.stdout, run.stdout[-5000:]
    assert gunicorn.poll() is None
