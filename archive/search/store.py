"""Where the index lives on disk, the lock that makes one process its only writer, and the
atomic swap that puts a rebuilt index in place.

`<DATA_DIR>/whoosh_index` (haystack's PATH) is a symlink to one generation directory under
`<DATA_DIR>/indexes/`. A rebuild writes a new generation and replaces the symlink in one rename:
searches keep reading the old generation until then, and a rebuild killed halfway changes nothing.
"""

import fcntl
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings


def index_path() -> Path:
    return Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"])


def generations_dir() -> Path:
    return index_path().parent / "indexes"


@contextmanager
def index_lock(timeout: float | None = None):
    """Yields True when this process holds the write lock, False if `timeout` ran out."""
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
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ensure_layout() -> None:
    """Turn an index directory of an older layout into a generation behind the symlink."""
    path = index_path()
    if path.is_dir() and not path.is_symlink():
        generations_dir().mkdir(parents=True, exist_ok=True)
        target = generations_dir() / f"g{time.time_ns()}"
        path.rename(target)
        path.symlink_to(target.relative_to(path.parent))


def new_generation() -> Path:
    generations_dir().mkdir(parents=True, exist_ok=True)
    directory = generations_dir() / f"g{time.time_ns()}"
    directory.mkdir()
    return directory


def swap_in(directory: Path) -> None:
    """Point the index path at `directory` in one atomic rename, then drop old generations."""
    ensure_layout()
    previous = live_generation()
    temporary = index_path().with_name(f".{index_path().name}.{os.getpid()}")
    temporary.unlink(missing_ok=True)
    temporary.symlink_to(directory.relative_to(index_path().parent))
    temporary.replace(index_path())  # rename(2): atomic
    # Keep the previous generation: searchers in other workers may still be reading it.
    for generation in generations_dir().iterdir():
        if generation not in (directory, previous):
            shutil.rmtree(generation, ignore_errors=True)


def live_generation() -> Path | None:
    path = index_path()
    return path.resolve() if path.exists() else None
