"""manage.py import_articles PATH [PATH...]: import text files (or folders of them)."""

import logging
import os
from collections import Counter, deque
from itertools import islice
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from archive.ingest.limits import size_refusal
from archive.records import changes, dumps
from archive.records.articles import ImportResult, PreparedImport, import_prepare, import_store
from archive.records.directory import directory_from_db
from archive.workers import fork_pool

log = logging.getLogger(__name__)
PARALLEL_FROM = (
    20  # files; below this, starting workers (and pyvi in each) costs more than it saves
)
AHEAD_PER_WORKER = 16


def files_to_import(paths: list[str]) -> list[tuple[Path, str]]:
    """(file, name to record) for every non-hidden file; folders are walked, sorted."""
    found = []
    for given in map(Path, paths):
        if given.is_dir():
            for path in sorted(p for p in given.rglob("*") if p.is_file()):
                relative = path.relative_to(given)
                if not any(part.startswith(".") for part in relative.parts):
                    found.append((path, relative.as_posix()))
        else:
            found.append((given, given.name))
    return found


def _read(path: Path, name: str) -> bytes | ImportResult:
    try:
        size = path.stat().st_size
        if refusal := size_refusal(size):
            return ImportResult(name, "failed", refusal)
        return path.read_bytes()
    except OSError as error:
        return ImportResult(name, "failed", f"cannot read: {error.strerror or error}")


def prepare_file(item) -> PreparedImport | ImportResult:
    """Runs in a worker process: reading, decoding, extraction and pyvi, no database."""
    path, name = item
    data = _read(path, name)
    if isinstance(data, ImportResult):
        return data
    try:
        return import_prepare(data, name, _directory)
    except Exception as error:  # one broken file must not stop the others
        log.exception("preparing %s failed", name)
        return ImportResult(name, "failed", f"unexpected error: {type(error).__name__}: {error}")


def store(prepared: PreparedImport | ImportResult, directory) -> ImportResult:
    if isinstance(prepared, ImportResult):
        return prepared
    try:
        return import_store(prepared, directory)
    except Exception as error:
        log.exception("import of %s failed", prepared.source_name)
        return ImportResult(
            prepared.source_name, "failed", f"unexpected error: {type(error).__name__}: {error}"
        )


_directory = None  # set in each worker by _start_worker


def _start_worker(directory) -> None:
    global _directory
    _directory = directory


def prepared_files(files, directory, workers: int):
    """Prepared imports in file order; computed by `workers` processes when it is worth it.

    At most AHEAD_PER_WORKER files a worker are prepared ahead of the one being stored: the
    workers outrun the database writes, and `Pool.imap` would keep every result they finish
    (2.4 GB in the importing process at 100,000 files).
    """
    _start_worker(directory)
    if workers <= 1 or len(files) < PARALLEL_FROM:
        yield from map(prepare_file, files)
        return
    waiting, ahead = iter(files), deque()
    with fork_pool(workers, _start_worker, (directory,)) as pool:
        for item in islice(waiting, workers * AHEAD_PER_WORKER):
            ahead.append(pool.apply_async(prepare_file, (item,)))
        while ahead:
            prepared = ahead.popleft().get()
            if (item := next(waiting, None)) is not None:
                ahead.append(pool.apply_async(prepare_file, (item,)))
            yield prepared


class Command(BaseCommand):
    help = "Import articles from text files or folders (UTF-8, UTF-16 with BOM, Windows-1258)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files or folders")
        parser.add_argument(
            "--no-index", action="store_true", help="do not update the search index"
        )
        parser.add_argument(
            "--no-dump", action="store_true",
            help="do not write the archive's download (/data/) after the import",
        )  # fmt: skip
        parser.add_argument(
            "--workers", type=int, default=0,
            help="processes for decoding, extraction and pyvi (default: one per CPU)",
        )  # fmt: skip

    def handle(self, *args, paths, no_index, no_dump, workers, verbosity, **options):
        missing = [p for p in paths if not Path(p).exists()]
        if missing:
            raise CommandError(f"no such file or folder: {', '.join(missing)}")
        directory = directory_from_db()
        counts = Counter()
        files = files_to_import(paths)
        prepared = prepared_files(files, directory, workers or os.cpu_count() or 1)
        # One unit of work: the index follows once, after the last file, not after each.
        with changes.unfollowed() if no_index else changes.unit_of_work():
            for item in tqdm(prepared, total=len(files), unit="file", disable=None, leave=False):
                result = store(item, directory)
                counts[result.status] += 1
                self._report(result, verbosity)
        updated = f", updated {counts['updated']}" if counts["updated"] else ""
        self.stdout.write(
            f"imported {counts['imported'] + counts['updated']}, unchanged {counts['unchanged']}, "
            f"failed {counts['failed']}{updated}"
        )
        if not no_dump and (counts["imported"] or counts["updated"] or not dumps.available()):
            dump = dumps.write_dump()
            self.stdout.write(f"download /data/{dump.name} ({dump.size} bytes) written")
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} file(s) could not be imported", returncode=1)

    def _report(self, result: ImportResult, verbosity: int) -> None:
        if result.status == "failed":
            self.stderr.write(f"failed     {result.source}: {result.reason}")
        elif verbosity >= 2 or result.reason:
            detail = (
                f": {result.reason}"
                if result.reason
                else f" (article #{result.article_id}, {result.meetings} meetings)"
            )
            self.stdout.write(f"{result.status:<10} {result.source}{detail}")
