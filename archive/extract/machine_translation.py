"""Signs that a text is a machine translation from Chinese: pinyin names and stuttered phrases."""

import re

from .name_forms import PINYIN_SYLLABLE

# Letter groups that pinyin has and neither Vietnamese nor Russian romanisation uses this way.
_PINYIN_ONLY = re.compile(r"zh|^j|q(?!u)|ing|ei|iao|ian|ou")
# Romanised syllables that are not pinyin although the letter pattern allows them.
_NOT_PINYIN = frozenset(
    {"tin", "din", "gin", "kin", "hin", "fin", "zin", "cin", "sin", "rin", "win"}
)


def _syllables(word: str) -> int:
    """How many pinyin syllables `word` splits into exactly, 0 if it does not."""
    word = word.lower()
    best = [0] + [-1] * len(word)
    for i in range(len(word)):
        if best[i] < 0:
            continue
        for match_end in range(i + 1, min(len(word), i + 6) + 1):
            if (
                PINYIN_SYLLABLE.fullmatch(word, i, match_end)
                and word[i:match_end] not in _NOT_PINYIN
            ):
                best[match_end] = max(best[match_end], best[i] + 1)
    return max(best[-1], 0)


def _vietnamese_name_word(word: str) -> bool:
    return word[:1].isupper() and not word.isascii() and word not in {"Ông", "Bà", "Ngài"}


def pinyin_names(text: str) -> list[str]:
    """Capitalised runs of pinyin (`Zhang Jinchu`, `Pei Qingshan`, `Ninghun`) found in the text."""
    names = []
    for run in re.finditer(r"[^\W\d_]+(?:[ -][^\W\d_]+)*", text):
        names += _pinyin_runs(re.findall(r"[^\W\d_]+", run.group()))
    return names


def _pinyin_runs(words: list[str]) -> list[str]:
    """Maximal runs of capitalised pinyin words, not glued to a Vietnamese name (`Trần Đại Quang`)."""
    runs, current = [], []
    for i, word in enumerate(words + [""]):
        if word[:1].isupper() and word.isascii() and _syllables(word):
            current.append(word)
            continue
        before = words[i - len(current) - 1] if i - len(current) > 0 else ""
        glued_to_name = _vietnamese_name_word(before) or _vietnamese_name_word(word)
        multi = len(current) >= 2 or (current and _syllables(current[0]) >= 2)
        if (
            current
            and multi
            and not glued_to_name
            and any(_PINYIN_ONLY.search(w.lower()) for w in current)
        ):
            runs.append(" ".join(current))
        current = []
    return runs


def repeated_phrases(lower: str) -> list[str]:
    """`nhất trí nhất trí`, `viễn thông và viễn thông`: a word pair said twice in a row."""
    pattern = re.compile(r"(?<!\w)(\w+ \w+) (?:và )?\1(?!\w)")
    return [m.group() for m in pattern.finditer(lower)]


def machine_translation_evidence(text: str, lower: str, garbled_names: list[str]) -> list[str]:
    """Reasons to believe the text is machine translated; empty when there are none."""
    pinyin = list(dict.fromkeys(pinyin_names(text)))
    repeats = repeated_phrases(lower)
    evidence = [f"garbled name from the alias table: {n}" for n in dict.fromkeys(garbled_names)]
    if len(pinyin) >= 2 or (pinyin and (repeats or garbled_names)):
        evidence += [f"pinyin name: {n}" for n in pinyin]
    if evidence and repeats:
        evidence += [f"repeated phrase: {r}" for r in repeats[:3]]
    if not evidence and len(repeats) >= 3:
        evidence += [f"repeated phrase: {r}" for r in repeats[:3]]
    return evidence
