"""Tone and vowel marks put back on a report typed without them (`Thu tuong Nguyen Xuan Phuc hom
qua da hoi dam tai Ha Noi`), so that the rules, written for Vietnamese as it is printed, read it.

Only lines with no marks at all are touched, and only words whose marked form is beyond doubt:
compounds that pyvi's word list spells one way (`hoi dam` is `hội đàm`), the common words and
phrases of news reports listed in `data/unmarked_words.txt`, and never a name the directory knows
(`Tan Dung` stays, it is no `tận dụng`); a name is matched without its marks anyway. A mark only
replaces a letter by the same letter marked, so the text keeps its length and every offset.
"""

import re
from functools import lru_cache
from importlib import resources

from archive.text import fold, nfc

from .directory import Directory, per_directory

_WORD = re.compile(r"[^\W\d_]+")
# Words of Vietnamese prose that only an unmarked text writes without marks.
_UNMARKED_PROSE = frozenset(
    ["va", "cua", "cac", "voi", "da", "duoc", "nhung", "trong", "tai", "hai"]
)
_LONGEST = 4  # syllables in the longest phrase looked up


def unmarked_share(text: str) -> float:
    """The share of the text in lines that read as Vietnamese typed without marks."""
    unmarked = sum(len(line) for line in text.split("\n") if _unmarked(line))
    return unmarked / len(text) if text else 0.0


def _unmarked(line: str) -> bool:
    words = _WORD.findall(line)
    if len(words) < 8 or any(not w.isascii() for w in words):
        return False
    return len({w.lower() for w in words} & _UNMARKED_PROSE) >= 2


def restore_marks(text: str, directory: Directory) -> str:
    """The text with marks put back on its unmarked lines; the rest as it was."""
    return "\n".join(
        _restore(line, directory) if _unmarked(line) else line for line in text.split("\n")
    )


def _restore(line: str, directory: Directory) -> str:
    """The phrases found, chosen so that longer ones win (`lên Đối tác chiến lược`, not
    `lên đời` and `tác chiến`): the cover of the line's words scoring most, a phrase of n words
    scoring n²."""
    phrases, protected = _phrases(), _names(directory)
    words = list(_WORD.finditer(line))
    best = [(0, None)] * (len(words) + 1)  # best[i]: (score, phrase ending at i) of words[:i]
    for i in range(1, len(words) + 1):
        best[i] = (best[i - 1][0], None)
        for n in range(1, min(_LONGEST, i) + 1):
            run = words[i - n : i]
            if any(line[a.end() : b.start()].strip() for a, b in zip(run, run[1:], strict=False)):
                break  # a phrase does not run over punctuation
            key = " ".join(w.group().lower() for w in run)
            capitalised = run[0].group()[0].isupper()
            if key in protected:
                marked = key  # a name: as written
            elif (marked := phrases.get(key)) and n == 1 and capitalised:
                marked = marked if key in _CAPITALISED_ALONE else None
            if marked and best[i - n][0] + n * n > best[i][0]:
                best[i] = (best[i - n][0] + n * n, (n, marked))
    out, i = list(line), len(words)
    while i > 0:
        score, chosen = best[i]
        if chosen is None:
            i -= 1
            continue
        n, marked = chosen
        for word, spelt in zip(words[i - n : i], marked.split(), strict=True):
            out[word.start() : word.end()] = _marked_like(word.group(), spelt)
        i -= n
    return "".join(out)


# Single words that may be restored when capitalised (a sentence or a title starts with them).
_CAPITALISED_ALONE = frozenset(
    ["ngay", "sang", "chieu", "toi", "hom", "tai", "sau", "truoc", "trong", "ong", "cuoc", "theo"]
)


def _marked_like(written: str, spelt: str) -> list[str]:
    """`spelt`'s marks on `written`'s letters, keeping their case: `Thu` + `thủ` -> `Thủ`."""
    return [s.upper() if w.isupper() else s for w, s in zip(written, spelt, strict=True)]


@lru_cache(maxsize=1)
def _phrases() -> dict[str, str]:
    """Unmarked form -> marked form: pyvi's compounds spelt only one way, then our list."""
    spellings: dict[str, set[str]] = {}
    words = resources.files("pyvi").joinpath("models/words.txt").read_text(encoding="utf-8")
    for word in words.splitlines():
        word = nfc(word.strip().lower())
        if " " in word and len(word.split()) <= _LONGEST:
            spellings.setdefault(fold(word), set()).add(word)
    found = {k: next(iter(v)) for k, v in spellings.items() if len(v) == 1}
    listed = resources.files("archive.extract").joinpath("data/unmarked_words.txt")
    for line in listed.read_text(encoding="utf-8").splitlines():
        line = nfc(line.split("#")[0].strip().lower())
        if line:
            found[fold(line)] = line
    return {k: v for k, v in found.items() if len(k) == len(v)}


@per_directory
def _names(directory: Directory) -> frozenset[str]:
    """Every name the directory knows, unmarked and lowercase: never given marks by guess."""
    names = [
        n for leader in directory.leaders for n in (leader.name, *(a for a, _ in leader.aliases))
    ]
    names += [n for place in directory.places for n in (place.name, *place.names)]
    return frozenset(" ".join(_WORD.findall(fold(n))) for n in names if " " in n.strip())
