"""Arrays computed from the index, written once beside it and mapped by every process.

A web worker's first search decoded the posting lists of the query's words (pickled, compressed
blocks: about 1 µs a posting) and built the facet maps by walking every facet posting: 0.2–0.4 s
at 10,000 reports, over a second at 100,000, paid again by every worker after each start, because
each process kept what it decoded to itself. What those arrays hold depends only on files that
never change once written (a segment's postings, a commit's table of segments), so the first
process to compute one writes it as `.npy` files in the generation's `derived/` folder and every
process maps those (numpy memory maps over the shared page cache): no array is computed twice
for one index, and a freshly started worker begins with what the others computed.

Every file is written under a temporary name and renamed into place, so a reader sees a whole
file or none. A folder that cannot be written (full disk, read-only) costs speed, never a search.
"""

import hashlib
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from . import whoosh_internals as internals

log = logging.getLogger(__name__)

FOLDER = "derived"


def arrays(
    directory: Path | None, key: str, names: Sequence[str], compute: Callable[[], tuple]
) -> tuple[np.ndarray, ...]:
    """The arrays `names` kept under `key` in the index `directory`, mapped read-only; computed
    by `compute()` and written there when missing (computed only, without a directory)."""
    if directory is None:
        return compute()
    place = directory / FOLDER
    try:
        return tuple(np.load(place / f"{key}.{name}.npy", mmap_mode="r") for name in names)
    except (OSError, ValueError):  # missing, or cut short by a crash before the rename
        pass
    values = compute()
    try:
        place.mkdir(exist_ok=True)
        for name, value in zip(names, values, strict=True):
            final = place / f"{key}.{name}.npy"
            temporary = place / f".{key}.{name}.{os.getpid()}.npy"
            np.save(temporary, value, allow_pickle=False)
            temporary.replace(final)
    except OSError as error:
        log.warning("could not keep derived index arrays in %s: %s", place, error)
    return values


def term_key(segment: str, field: str, term: bytes) -> str:
    """A file-name-safe key for one term's posting list in one segment."""
    digest = hashlib.blake2b(field.encode() + b"\0" + term, digest_size=12).hexdigest()
    return f"{segment}.{digest}"


def commit_key(reader) -> str:
    """What names one commit of one index: Whoosh numbers the commits of each index from 1, so
    the number alone would not tell this index from the one a rebuild swaps in."""
    segments = ",".join(sorted(internals.segment_ids(reader)))
    digest = hashlib.blake2b(segments.encode(), digest_size=8).hexdigest()
    return f"g{reader.generation()}-{digest}"


def prune(directory: Path, reader) -> list[Path]:
    """Remove what belongs to segments merged away or to older commits than the reader's (keys
    start with a segment id or a commit key); returns the files removed. Called after a commit."""
    place = directory / FOLDER
    if not place.is_dir():
        return []
    current = {*internals.segment_ids(reader), commit_key(reader)}
    removed = []
    for path in place.iterdir():
        owner = path.name.lstrip(".").split(".", 1)[0]
        if owner not in current:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
