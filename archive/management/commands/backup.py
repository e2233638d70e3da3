"""manage.py backup [--output FILE]: records and original files in one .tar.gz."""

from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from archive.records.backup import backup_write


class Command(BaseCommand):
    help = "Back up the records (with history, users, groups) and the original files."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", "-o", help="default: DATA_DIR/backups/archive-<date>.tar.gz"
        )

    def handle(self, *args, output, **options):
        path = (
            Path(output)
            if output
            else Path(settings.DATA_DIR)
            / "backups"
            / f"archive-{datetime.now():%Y%m%d-%H%M%S}.tar.gz"
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        manifest = backup_write(path)
        self.stdout.write(
            f"backup written: {path} ({manifest['articles']} articles, {manifest['meetings']} meetings)"
        )
