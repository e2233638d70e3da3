"""How large a file the archive imports: one rule for the import command, the admin upload and
the parsing of a document."""

from django.conf import settings


def size_refusal(size: int, limit: int | None = None) -> str | None:
    """Why a file of `size` bytes is refused, or None when it is small enough. The limit is
    `settings.IMPORT_MAX_BYTES` unless given."""
    limit = settings.IMPORT_MAX_BYTES if limit is None else limit
    if size > limit:
        return f"too large: {size / 1e6:.1f} MB, the limit is {limit / 1e6:.1f} MB"
    return None
