"""manage.py load_reference_data [FILE]: add missing leaders, aliases, offices and agreements."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from archive.records.reference import reference_load

DEFAULT = Path(settings.BASE_DIR) / "fixtures" / "reference.json"


class Command(BaseCommand):
    help = "Load the reference data file; never changes rows that already exist."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default=str(DEFAULT))

    def handle(self, *args, path, **options):
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise CommandError(f"cannot read {path}: {error}") from error
        self.stdout.write(str(reference_load(data)))
