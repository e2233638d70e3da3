"""One spelling of Vietnamese for comparison and search; the displayed original is untouched.

Tone placement: the old style puts the tone on the second vowel of `oa`, `oe`, `uy` at the end
of a syllable (`hoà`, `khoẻ`, `thuỷ`), the new style on the first (`hòa`, `khỏe`, `thủy`). Both
occur in the archive and differ after NFC, so comparison and search use the first-vowel form.
"""

import re
import unicodedata

TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_WORD = re.compile(r"[^\W\d_]+")
_TONE_AFTER_A_E_Y = re.compile(r"[aAeEyY][\u0300\u0301\u0303\u0309\u0323]")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def nfd(text: str) -> str:
    """Letters and their marks apart (`ọ` -> `o` + dot below), to look at or drop the marks."""
    return unicodedata.normalize("NFD", text)


def _tone_on_first_vowel(match: re.Match) -> str:
    word = match.group()
    if len(word) < 2:
        return word
    first = nfd(word[-2])
    second = nfd(word[-1])
    pair = (first.lower(), second[0].lower())
    if pair not in {("o", "a"), ("o", "e"), ("u", "y")} or len(second) != 2:
        return word
    if pair == ("u", "y") and word[:-2].lower().endswith("q"):
        return word  # `quý`: the u belongs to `qu`, the tone stays on y.
    if second[1] not in TONE_MARKS:
        return word
    return word[:-2] + nfc(first + second[1]) + second[0]


def normalize_tones(text: str) -> str:
    """NFC text with every final `oa`/`oe`/`uy` toned on its first vowel (`hoà` -> `hòa`)."""
    text = nfc(text)
    if not _TONE_AFTER_A_E_Y.search(nfd(text)):
        return text
    return _WORD.sub(_tone_on_first_vowel, text)


def canonical(text: str) -> str:
    """The form used to compare spellings: NFC, one tone placement, lowercase."""
    return normalize_tones(text).lower()


def spelling_key(name: str) -> str:
    """One form of a name for comparing spellings: lowercase, one tone placement, one space,
    no space around hyphens (`Mát - xcơ - va` = `mát-xcơ-va`)."""
    return " ".join(canonical(name).replace(" -", "-").replace("- ", "-").split())
