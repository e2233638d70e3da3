"""Bytes of one file -> a parsed document ready to be written. Pure: no database."""

import hashlib
from dataclasses import dataclass

from archive.text import nfc, normalize_tones

from .decode import RejectedFile, decode_bytes
from .layout import ArticleParts, split_article
from .limits import size_refusal


@dataclass(frozen=True)
class ParsedDocument:
    source_name: str
    encoding: str
    original_text: str  # exactly as decoded, for display and download
    parts: ArticleParts  # NFC, for display
    checksum: str  # of the normalized text: the same report in another encoding is a duplicate


def content_checksum(text: str) -> str:
    normalized = "\n".join(line.strip() for line in normalize_tones(text).splitlines()).strip()
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


def parse_document(data: bytes, source_name: str, max_bytes: int | None = None) -> ParsedDocument:
    """Raises RejectedFile with the reason when the bytes cannot become an article."""
    if max_bytes is not None and (refusal := size_refusal(len(data), max_bytes)):
        raise RejectedFile(refusal)
    decoded = decode_bytes(data)
    text = nfc(decoded.text)
    return ParsedDocument(
        source_name, decoded.encoding, decoded.text, split_article(text), content_checksum(text)
    )


__all__ = ["ParsedDocument", "RejectedFile", "content_checksum", "parse_document"]
