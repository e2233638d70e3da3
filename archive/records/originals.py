"""Imported files kept byte for byte under DATA_DIR/originals, named by their SHA-256."""

import hashlib
from pathlib import Path

from django.conf import settings


def originals_dir() -> Path:
    return Path(settings.DATA_DIR) / "originals"


def original_store(data: bytes) -> str:
    """Writes the bytes once (content-addressed, so a re-import writes nothing) and names them."""
    digest = hashlib.sha256(data).hexdigest()
    name = f"{digest[:2]}/{digest}"
    path = originals_dir() / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".partial")
        temporary.write_bytes(data)
        temporary.replace(path)
    return name


def original_path(name: str) -> Path | None:
    path = (originals_dir() / name).resolve()
    inside = originals_dir().resolve() in path.parents
    return path if name and inside and path.is_file() else None
