"""The version of the running code: what the pages' validators and the kept aggregates follow."""

import hashlib
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from django.conf import settings

CODE = ("archive", "templates", "locale", "diplomacy")  # what the pages are made by


@cache
def code_version() -> tuple[str, datetime]:
    """A digest of the code, templates and translations, and when they last changed; computed
    once per process, so a deployment changes every validator and every kept entry."""
    digest = hashlib.sha256()
    newest = 0.0
    files = sorted(
        path
        for part in CODE
        for path in (Path(settings.BASE_DIR) / part).rglob("*")
        if path.suffix in {".py", ".html", ".mo", ".txt"} and path.is_file()
    )
    for path in files:
        digest.update(path.read_bytes())
        newest = max(newest, path.stat().st_mtime)
    return digest.hexdigest()[:16], datetime.fromtimestamp(newest, UTC)
