"""Helpers that write Vietnamese the ways old archives stored it."""

import unicodedata

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def to_windows_1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese software wrote it: base letters precomposed, tones combining."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize(
                "NFC", "".join(c for c in decomposed if c not in TONE_MARKS)
            )
            out += base.encode("cp1258") + "".join(c for c in decomposed if c in TONE_MARKS).encode(
                "cp1258"
            )
    return bytes(out)
