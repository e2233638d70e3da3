"""manage.py load_reference_data [PATH]: add missing leaders, aliases, offices, agreements,
countries and places from a file or a folder of files."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from archive.extract.directory import read_reference
from archive.records.reference import reference_load

DEFAULT = Path(settings.BASE_DIR) / "fixtures" / "reference"


class Command(BaseCommand):
    help = "Load the reference data (a file or a folder); never changes rows that already exist."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default=str(DEFAULT))

    def handle(self, *args, path, **options):
        try:
            data = read_reference(Path(path))
        except (OSError, ValueError) as error:
            raise CommandError(f"cannot read {path}: {error}") from error
        self.stdout.write(str(reference_load(data)))
