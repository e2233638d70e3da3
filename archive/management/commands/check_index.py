"""manage.py check_index [--repair] [--quick]: compare the search index with the database; a
repair also deletes the index generations no longer served."""

from django.core.management.base import BaseCommand, CommandError

from archive.search import check

from ._generations import removed_lines


class Command(BaseCommand):
    help = (
        "List articles missing from the index, orphaned and stale documents; --repair fixes them."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--repair",
            action="store_true",
            help="index what is missing or stale, drop orphans, delete unused index generations",
        )
        parser.add_argument(
            "--quick", action="store_true", help="compare ids only, not document content"
        )

    def handle(self, *args, repair, quick, verbosity, **options):
        report = check(repair=repair, quick=quick)
        if repair:
            self._say_removed(report.removed)
        if report.unreadable:
            self.stderr.write(f"the search index is unreadable: {report.unreadable}")
            if not repair:
                raise CommandError(
                    "run `manage.py rebuild_index --noinput` (or this command with --repair)"
                )
            self.stdout.write(f"search index rebuilt ({report.rebuilt} articles)")
            return
        for label, ids in (
            ("missing", report.missing),
            ("orphaned", report.orphaned),
            ("stale", report.stale),
        ):
            if ids:
                shown = ", ".join(map(str, ids[:20])) + (" …" if len(ids) > 20 else "")
                self.stdout.write(f"{label}: {len(ids)} ({shown})")
        if report.healthy:
            self.stdout.write(f"search index up to date ({report.articles} articles)")
            return
        if not repair:
            raise CommandError(
                "the index differs from the database; run with --repair", returncode=1
            )
        self.stdout.write(
            f"search index repaired: {len(report.missing)} added, {len(report.orphaned)} removed, "
            f"{len(report.stale)} refreshed ({report.articles} articles)"
        )

    def _say_removed(self, removed):
        if removed is None:
            self.stdout.write(
                "unused index generations left alone: a rebuild or an index update held the "
                "index lock; run this again when it is done"
            )
        for line in removed_lines(removed or []):
            self.stdout.write(line)
