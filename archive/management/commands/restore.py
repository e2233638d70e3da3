"""manage.py restore FILE: load a backup into an empty archive, then rebuild the search index."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.records.backup import BackupError, backup_restore
from archive.search import rebuild

from ._generations import removed_lines


class Command(BaseCommand):
    help = "Restore a backup made by `manage.py backup` into an empty archive (run migrate first)."

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path, **options):
        try:
            manifest = backup_restore(Path(path))
        except (BackupError, OSError) as error:
            raise CommandError(f"cannot restore {path}: {error}") from error
        rebuilt = rebuild()
        for line in removed_lines(rebuilt.removed):
            self.stdout.write(line)
        self.stdout.write(
            f"restored the backup of {manifest['created']}: {rebuilt.articles} articles, "
            "search index rebuilt"
        )
