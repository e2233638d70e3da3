"""Backups: the records as Django fixtures plus the original files; the index is rebuilt on restore.

A backup is one .tar.gz: `manifest.json` (format, date, counts, the schema's last migration),
`records.json` (dumpdata with natural keys: archive records with their history and redirects,
users and groups) and `originals/` (every imported file, named by its SHA-256).
"""

import io
import json
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from django.core.management import call_command
from django.db import transaction
from django.db.migrations.recorder import MigrationRecorder
from django.test.utils import override_settings

from archive.models import Article, Meeting
from archive.records.originals import originals_dir

FORMAT = 1
APPS = ["archive", "auth.user", "auth.group", "admin.logentry"]


class BackupError(Exception):
    """The file is not a backup this version can restore; str() says why."""


def _last_migration() -> str:
    migration = MigrationRecorder.Migration.objects.filter(app="archive").order_by("-id").first()
    return migration.name if migration else ""


def backup_write(path: Path) -> dict:
    records = io.StringIO()
    call_command(
        "dumpdata", *APPS, natural_foreign=True, natural_primary=True, stdout=records, verbosity=0
    )
    manifest = {
        "format": FORMAT,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "schema": _last_migration(),
        "articles": Article.objects.count(),
        "meetings": Meeting.objects.count(),
    }
    with tarfile.open(path, "w:gz") as archive:
        for name, text in (
            ("manifest.json", json.dumps(manifest, indent=1)),
            ("records.json", records.getvalue()),
        ):
            data = text.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        if originals_dir().exists():
            archive.add(originals_dir(), arcname="originals")
    return manifest


def backup_restore(path: Path) -> dict:
    """Into an empty database only: restoring over records would mix two archives."""
    if Article.objects.exists() or Meeting.objects.exists():
        raise BackupError("the database already holds records; restore into an empty archive")
    with tempfile.TemporaryDirectory() as scratch:
        try:
            with tarfile.open(path, "r:gz") as archive:
                archive.extractall(scratch, filter="data")  # refuses members that leave scratch
        except (tarfile.TarError, EOFError) as error:  # FilterError (traversal) is a TarError
            raise BackupError(f"unsafe or damaged backup: {error}") from error
        scratch = Path(scratch)
        try:
            manifest = json.loads((scratch / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise BackupError(f"not an archive backup: {error}") from error
        if manifest.get("format") != FORMAT:
            raise BackupError(f"backup format {manifest.get('format')} is not {FORMAT}")
        # The backup carries the history; loading must not add history of its own (m2m signals).
        with transaction.atomic(), override_settings(SIMPLE_HISTORY_ENABLED=False):
            call_command("loaddata", str(scratch / "records.json"), verbosity=0)
        originals = scratch / "originals"
        if originals.exists():
            for file in originals.rglob("*"):
                if file.is_file():
                    target = originals_dir() / file.relative_to(originals)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(file.read_bytes())
    return manifest
