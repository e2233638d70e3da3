"""`make setup` and `make serve` as a user runs them: gunicorn on loopback, real HTTP."""

import os
import re
import socket
import subprocess
import time
import urllib.request

import pytest

from tests.conftest import ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read().decode("utf-8")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("served")
    port = free_port()
    env = {**os.environ, "DATA_DIR": str(data_dir), "PORT": str(port), "WEB_WORKERS": "2"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    env.pop("DATABASE_URL", None)  # the quick start's embedded default: SQLite in DATA_DIR
    setup = subprocess.run(
        ["make", "-s", "setup"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert setup.returncode == 0, setup.stderr
    server = subprocess.Popen(
        ["make", "-s", "serve"],
        cwd=ROOT,
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            get(base + "/")
            break
        except OSError:
            time.sleep(0.2)
    yield base, setup.stdout, env
    os.killpg(server.pid, 15)
    server.wait(timeout=10)


def test_setup_imports_the_bundled_documents(served):
    _, output, _ = served
    assert "imported 5, unchanged 0, failed 0" in output


def test_second_setup_imports_nothing(served):
    _, _, env = served
    again = subprocess.run(
        ["make", "-s", "setup"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert again.returncode == 0
    assert "imported 0, unchanged 5, failed 0" in again.stdout
    assert "search index up to date (5 articles)" in again.stdout


def test_home_and_meeting_pages_are_served_by_gunicorn(served):
    base, _, _ = served
    status, home = get(base + "/")
    assert status == 200
    assert "Trần Đại Quang" in home and "Vladimir Putin" in home
    meeting_url = re.search(r'href="(/meetings/\d+/[\w-]+/)"', home).group(1)
    status, page = get(base + meeting_url)
    assert status == 200 and "Tổng thống Nga" in page


def test_static_files_are_served_with_hashed_names(served):
    base, _, _ = served
    _, home = get(base + "/")
    css = re.search(r'href="(/static/archive/site\.[0-9a-f]{12}\.css)"', home).group(1)
    assert get(base + css)[0] == 200
    _, login = get(base + "/admin/login/")
    admin_css = re.search(r'href="(/static/admin/css/base\.[0-9a-f]{12}\.css)"', login).group(1)
    assert get(base + admin_css)[0] == 200


def test_setup_creates_the_permission_groups_and_no_account(served):
    _, _, env = served
    script = (
        "from django.contrib.auth.models import Group, User; "
        "print(sorted(Group.objects.values_list('name', flat=True)), User.objects.count())"
    )
    out = subprocess.run([".venv/bin/python", "manage.py", "shell", "-c", script], cwd=ROOT, env=env,
                         capture_output=True, text=True)  # fmt: skip
    assert out.stdout.strip().splitlines()[-1] == "['editor', 'viewer'] 0"
