"""Where the index lives on disk, the lock that makes one process its only writer, and the
atomic swap that puts a rebuilt index in place.

`<DATA_DIR>/whoosh_index` (haystack's PATH) is a symlink to one generation directory under
`<DATA_DIR>/indexes/`. A rebuild writes a new generation and replaces the symlink in one rename:
searches keep reading the old generation until then, and a rebuild killed halfway changes nothing
but the disk, which the next rebuild or `check_index --repair` gives back.
"""

import fcntl
import os
import shutil
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings


def index_path() -> Path:
    return Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"])


def generations_dir() -> Path:
    return index_path().parent / "indexes"


_held = threading.local()  # how deep this thread is inside index_lock: the lock is re-entrant


@contextmanager
def index_lock(timeout: float | None = None):
    """Yields True when this process holds the write lock, False if `timeout` ran out."""
    depth = getattr(_held, "depth", 0)
    if depth:
        _held.depth = depth + 1
        try:
            yield True
        finally:
            _held.depth = depth
        return
    path = index_path().parent / "index.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if deadline is not None and time.monotonic() >= deadline:
                    yield False
                    return
                time.sleep(0.05)
        _held.depth = 1
        try:
            yield True
        finally:
            _held.depth = 0
            fcntl.flock(handle, fcntl.LOCK_UN)


def ensure_layout(create_empty: Callable[[Path], None] | None) -> None:
    """Make the index path a symlink to a live generation, under the lock: an index directory of
    an older layout becomes a generation; a missing index becomes an empty one, made by
    `create_empty(directory)` (left missing without it). Every process calls this before opening
    the index, so nobody sees the path half converted, and haystack never makes a plain directory
    there."""
    if _is_live():
        return
    with index_lock():
        path = index_path()
        if path.is_dir() and not path.is_symlink():
            target = _generation_path()
            path.rename(target)
            swap_in(target)
        elif not path.exists() and create_empty:  # missing, or a dangling symlink
            directory = new_generation()
            create_empty(directory)
            swap_in(directory)


def _is_live() -> bool:
    path = index_path()
    return path.is_symlink() and path.is_dir()


def _generation_path() -> Path:
    generations_dir().mkdir(parents=True, exist_ok=True)
    return generations_dir() / f"g{time.time_ns()}"


def new_generation() -> Path:
    directory = _generation_path()
    directory.mkdir()
    return directory


def swap_in(directory: Path) -> None:
    """Point the index path at `directory` in one rename(2), which is atomic."""
    temporary = index_path().with_name(f".{index_path().name}.{os.getpid()}")
    temporary.unlink(missing_ok=True)
    temporary.symlink_to(directory.relative_to(index_path().parent))
    temporary.replace(index_path())


@dataclass(frozen=True)
class RemovedGeneration:
    path: Path
    size: int  # bytes


def remove_unused_generations(timeout: float | None = None) -> list[RemovedGeneration] | None:
    """Delete every generation but the served one: the one served before the last swap, and any
    that a rebuild killed halfway left. None if another process held the lock for `timeout`
    seconds: a rebuild holds it from its new generation's first file to the swap, so nothing
    deleted under the lock is being built.

    The generation served until the swap is not kept for searchers in other workers. Whoosh opens
    a segment's terms and postings when a reader is created, but its columns (stored fields,
    lengths) later, through the index path, which then names the new generation whether or not
    the old one is still on disk; the files a reader did open stay readable after the unlink, and
    their space returns when the worker's next search closes them."""
    with index_lock(timeout=timeout) as holding:
        if not holding:
            return None
        served = live_generation()
        removed = []
        for generation in sorted(generations_dir().glob("g*")):
            if generation.resolve() != served:
                size = sum(f.lstat().st_size for f in generation.rglob("*") if f.is_file())
                shutil.rmtree(generation)  # an error is raised, not ignored: the disk stays used
                removed.append(RemovedGeneration(generation, size))
        return removed


def live_generation() -> Path | None:
    path = index_path()
    return path.resolve() if path.exists() else None


def index_stamp() -> tuple[int, int]:
    """Changes whenever the live index does: a commit adds and removes files in the generation's
    directory (its mtime), a rebuild swaps in another directory (its inode). (0, 0) if missing."""
    try:
        status = index_path().stat()
    except OSError:
        return 0, 0
    return status.st_ino, status.st_mtime_ns
