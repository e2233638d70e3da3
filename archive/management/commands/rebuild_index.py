"""manage.py rebuild_index [--noinput]: a new index from every article, swapped in atomically.

Replaces haystack's command: searches keep working during the rebuild, a rebuild killed halfway
leaves the old index serving, and index updates made meanwhile are applied after the swap. It
deletes the generations no longer served (a killed rebuild's too) and says which.
"""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from archive.search import rebuild

from ._generations import removed_lines


class Command(BaseCommand):
    help = "Rebuild the search index in a new directory and swap it in atomically."

    def add_arguments(self, parser):
        parser.add_argument(  # haystack's flags; this rebuild never needs to ask
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="do not ask (the default)",
        )

    def handle(self, *args, verbosity=1, **options):
        with tqdm(unit="article", disable=None, leave=False) as bar:

            def progress(done, total):
                bar.total = total
                bar.update(done - bar.n)

            rebuilt = rebuild(progress)
        if verbosity:
            for line in removed_lines(rebuilt.removed):
                self.stdout.write(line)
            self.stdout.write(f"search index rebuilt: {rebuilt.articles} articles")
