"""manage.py export_archive [--output FILE]: the whole archive as JSON (stdout by default)."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand

from archive.records.export import archive_export


class Command(BaseCommand):
    help = "Export meetings, leaders, agreements and articles as JSON with a stable key order."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="file to write (default: standard output)")

    def handle(self, *args, output, **options):
        text = json.dumps(archive_export(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        if output:
            Path(output).write_text(text, encoding="utf-8")
        else:
            self.stdout.write(text, ending="")
