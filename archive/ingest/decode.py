"""Bytes from a file -> text, or a clear reason why the bytes are not a text we can read."""

import codecs
import unicodedata
from dataclasses import dataclass


class RejectedFile(Exception):
    """The file cannot become an article; str(error) is the reason shown to the user."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


_BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a Word/OpenDocument file)",
    b"\x1f\x8b": "a gzip archive",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"\x7fELF": "an executable program",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}


def decode_bytes(data: bytes) -> Decoded:
    """UTF-8 (with or without BOM), UTF-16/32 with BOM, UTF-16 without BOM, else Windows-1258."""
    if not data.strip():
        raise RejectedFile("empty file" if not data else "the file holds only whitespace")
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise RejectedFile(f"not a text file: it is {kind}")
    decoded = _decode(data)
    _check_is_text(decoded.text)
    return decoded


def _decode(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding.removesuffix("-sig"))
            except UnicodeDecodeError as error:
                raise RejectedFile(
                    f"starts with a {encoding} mark but is not {encoding}: {error}"
                ) from None
    if utf16 := _utf16_without_bom(data):
        return utf16
    if b"\x00" in data:
        raise RejectedFile("binary file: it contains NUL bytes")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return Decoded(data.decode("cp1258"), "windows-1258")
    except UnicodeDecodeError as error:
        raise RejectedFile(
            f"undecodable: neither UTF-8, UTF-16 nor Windows-1258 (byte {error.start})"
        ) from None


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """Text saved as UTF-16 without a BOM has a NUL in every other byte for Latin letters."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0) / (len(data) / 2)
    odd_nuls = data[1::2].count(0) / (len(data) / 2)
    encoding = "utf-16-le" if odd_nuls > 0.3 > even_nuls else None
    encoding = "utf-16-be" if even_nuls > 0.3 > odd_nuls else encoding
    if not encoding:
        return None
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        return None


def _check_is_text(text: str) -> None:
    if not text.strip():
        raise RejectedFile("the file holds only whitespace")
    controls = sum(
        1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS
    )
    if controls > max(2, len(text) // 200):
        raise RejectedFile(f"binary file: {controls} control characters in {len(text)}")
    letters = sum(1 for ch in text if ch.isalpha())
    if letters < len(text.strip()) * 0.3:
        raise RejectedFile("not a text document: fewer than a third of its characters are letters")
