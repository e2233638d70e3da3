"""A real browser (Debian's chromium through Playwright) against the archive on a live server."""

import os
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import sync_playwright

from tests.conftest import SEEDS

CHROMIUM = "/usr/bin/chromium"
# Without these, chromium tries to reach Google's services and this machine refuses them.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--no-first-run", "--disable-sync", "--disable-quic",
]  # fmt: skip
SCREENSHOTS = Path(os.environ.get("DATA_DIR", "var")) / "screenshots"

# Playwright's sync API runs an event loop; Django must not refuse the ORM calls of the tests.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1200, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def archive_site(live_server):
    call_command("load_reference_data", verbosity=0)
    call_command("import_articles", str(SEEDS), verbosity=0)
    return live_server.url
