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


def _tone_on_first_vowel(match: re.Match) -> str:
    word = match.group()
    if len(word) < 2:
        return word
    first = unicodedata.normalize("NFD", word[-2])
    second = unicodedata.normalize("NFD", word[-1])
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
    if not _TONE_AFTER_A_E_Y.search(unicodedata.normalize("NFD", text)):
        return text
    return _WORD.sub(_tone_on_first_vowel, text)


def fold(text: str) -> str:
    """Lowercase, without tone or vowel marks, `đ` -> `d`: what a user types without diacritics."""
    stripped = "".join(
        ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch)
    )
    return stripped.replace("đ", "d").replace("Đ", "D").lower()


def canonical(text: str) -> str:
    """The form used to compare spellings: NFC, one tone placement, lowercase."""
    return normalize_tones(text).lower()


_SPACE_BEFORE_STOP = re.compile(r"(?<=\w) +([.,;:!?])(?=\s|[^\W\d_]|$)")
_GLUED_SENTENCE = re.compile(r"(?<=[^\W\d_]{2}[.!?])(?=[^\W\d_])")
_GLUED_INITIAL = re.compile(r"(?<=\b[^\W\d_]\.)(?=[^\W\d_]{2})")


def repair_for_search(text: str) -> str:
    """Restore spaces that scraping lost: `Nam.Hai` -> `Nam. Hai`, `thămNguyễn` -> `thăm Nguyễn`.

    Used for segmentation and extraction only; the stored original keeps its spacing.
    """
    text = _SPACE_BEFORE_STOP.sub(r"\1", text)
    text = _GLUED_SENTENCE.sub(" ", text)
    text = _GLUED_INITIAL.sub(" ", text)
    text = split_glued_words(text)
    return re.sub(r"[ \t\u00a0]{2,}", " ", text)


def glued_word_starts(text: str) -> list[int]:
    """Offsets where a capitalised word is glued to a lowercase one (`NgaChủ`, `thămNguyễn`), or
    a word in capitals (`phươngVLADIVOSTOK`, a wire service's dateline), or to a word in capitals
    (`ký CEPATheo`, `UAEThủ`)."""
    starts = []
    for i in range(2, len(text) - 1):
        if not (text[i].isupper() and text[i - 2].isalpha()):
            continue
        after_lower = text[i - 1].islower() and (
            text[i + 1].islower() or text[i + 1 : i + 3].isupper()
        )
        after_capitals = (
            i >= 3
            and text[i - 3 : i].isupper()
            and text[i - 3 : i].isalpha()
            and text[i + 1].islower()
        )
        if after_lower or after_capitals:
            starts.append(i)
    return starts


def split_glued_words(text: str) -> str:
    pieces, start = [], 0
    for i in glued_word_starts(text):
        pieces.append(text[start:i])
        start = i
    pieces.append(text[start:])
    return " ".join(pieces)
