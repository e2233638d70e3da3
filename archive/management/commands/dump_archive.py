"""manage.py dump_archive: write today's download of the whole archive (archive/records/dumps.py)."""

from django.core.management.base import BaseCommand

from archive.records.dumps import write_dump


class Command(BaseCommand):
    help = "Write the whole archive as a dated zip (JSON + CSV + README) with its SHA-256."

    def handle(self, *args, **options):
        dump = write_dump()
        self.stdout.write(f"dump {dump.path} ({dump.size} bytes, sha256 {dump.sha256})")
