"""Production settings, security headers and the admin login limit."""

import os
import secrets
import subprocess

import pytest
from django.contrib.auth.models import User

from tests.conftest import ROOT

pytestmark = pytest.mark.django_db


def manage(*args, **env):
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "diplomacy.settings", **env}
    environment.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests in this process
    return subprocess.run([str(ROOT / ".venv/bin/python"), "manage.py", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True)  # fmt: skip


def test_headers_on_every_page(client):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    script_src = next(d for d in policy.split(";") if d.strip().startswith("script-src"))
    assert script_src.strip() == "script-src 'self'"  # no inline scripts
    assert "frame-ancestors 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_check_deploy_passes_with_the_documented_production_settings(tmp_path):
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING",
        DJANGO_PRODUCTION="1", DJANGO_SECRET_KEY=secrets.token_urlsafe(60),
        DJANGO_ALLOWED_HOSTS="archive.example.org", DATA_DIR=str(tmp_path),
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = manage("check", DJANGO_PRODUCTION="1", DATA_DIR=str(tmp_path), DJANGO_SECRET_KEY="")
    assert result.returncode != 0 and "DJANGO_PRODUCTION=1 needs DJANGO_SECRET_KEY" in result.stderr


def test_admin_address_is_configurable(tmp_path):
    script = "from django.urls import reverse; print(reverse('admin:index'))"
    result = manage("shell", "-c", script, DJANGO_ADMIN_URL="staff-7f3a", DATA_DIR=str(tmp_path))
    assert result.stdout.strip().splitlines()[-1] == "/staff-7f3a/"


def test_admin_login_is_rate_limited(client):
    User.objects.create_superuser("archivist", password="the right long passphrase")
    for _ in range(5):
        client.post("/admin/login/", {"username": "archivist", "password": "wrong"})
    response = client.post(
        "/admin/login/", {"username": "archivist", "password": "the right long passphrase"}
    )
    assert response.status_code == 429  # locked out even with the right password
    assert "_auth_user_id" not in client.session
