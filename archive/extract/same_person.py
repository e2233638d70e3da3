"""One person told of several times: by part of the full name, by a shorter or fuller form, by a
name in brackets, without the title given before. These make every mention of the person carry
the same name, keys and title.
"""

import re
from dataclasses import replace

from archive.text import fold, nfd

from .mentions import Mention
from .text import PreparedText
from .unknown_names import NAME_WORD, skip_to_name

# `ông Cameron`, `bà Harris`: a newcomer named again by part of the name told in full.
_HONORIFIC_NAME = re.compile(r"(?<!\w)(?:ông|bà|ngài)\s+(\w)")


def newcomers_named_again(pt: PreparedText, mentions: list[Mention]) -> list[Mention]:
    """`ông Cameron`, `Thủ tướng Albanese`: a newcomer named again by part of the full name."""
    newcomers = [m for m in mentions if m.surface and not m.leader_keys]
    if not newcomers:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    result = []
    for mention in mentions:  # a title followed by part of a newcomer's name
        bare = mention.alias_kind == "title" and not mention.surface and not mention.leader_keys
        again = _named_again(pt, skip_to_name(pt.text, mention.end), newcomers) if bare else None
        if again is not None:
            told, end = again
            mention = replace(mention, end=end, surface=told.surface, country=told.country)
        result.append(mention)
    added = []
    for match in _HONORIFIC_NAME.finditer(pt.text):
        again = _named_again(pt, match.start(1), newcomers)
        if again is None or any(s < again[1] and match.start(1) < e for s, e in taken):
            continue
        told, end = again
        added.append(
            Mention(match.start(1), end, (), told.surface, "short", "", told.country, "", (), False)
        )
    return sorted(result + added, key=lambda m: m.start)


def _named_again(pt: PreparedText, at: int, newcomers: list[Mention]):
    """(the newcomer, where the name ends) when capitalised words at `at` are part of the full
    name of one told before."""
    written, end = [], at
    while len(written) < 3 and (match := NAME_WORD.match(pt.text, end)):
        word = match.group(1).rstrip(".")
        if not word[:1].isupper():
            break
        written.append(word)
        end = match.start(1) + len(word)
    if not written:
        return None
    words = fold(" ".join(written)).split()
    told = [m for m in newcomers if m.start < at and _within(words, fold(m.surface).split())]
    if not told:
        return None
    return max(told, key=lambda m: len(m.surface.split())), end


def one_name_per_newcomer(mentions: list[Mention]) -> list[Mention]:
    """Someone the directory lacks, named in full (`Luiz Inácio Lula da Silva`) and elsewhere
    again or shorter (`Lula da Silva`, `Lula`, `H. Kohl` for `Helmut Kohl`), is one person: the
    fullest name told, of the country told with it."""
    newcomers = [m for m in mentions if m.surface and not m.leader_keys]
    result = []
    for mention in mentions:
        if mention.surface and not mention.leader_keys:
            words = fold(mention.surface).split()
            told = max(
                (
                    m
                    for m in newcomers
                    if _within(words, fold(m.surface).split())
                    and (not mention.country or not m.country or mention.country == m.country)
                ),
                key=lambda m: (len(m.surface.split()), -m.surface.count("."), -m.start),
            )
            mention = replace(
                mention, surface=told.surface, country=mention.country or told.country
            )
        result.append(mention)
    return result


def _within(words: list[str], name: list[str]) -> bool:
    """`lula da silva` within `luiz inacio lula da silva`, `h. kohl` within `helmut kohl`: a run
    of the full name's words, an initial standing for a word."""
    return any(
        all(_same_word(w, n) for w, n in zip(words, name[i : i + len(words)], strict=True))
        for i in range(len(name) - len(words) + 1)
    )


def _same_word(written: str, full: str) -> bool:
    initial = written.endswith(".") and len(written) <= 3 and not full.endswith(".")
    return written == full or initial and full.startswith(written[:-1])


def _who(mention: Mention) -> tuple:
    """Whom a mention names: a leader the directory has, a newcomer by name, or no one."""
    if mention.leader_keys:
        return mention.leader_keys
    return (fold(mention.surface),) if mention.surface else ()


def titled_as_before(mentions: list[Mention]) -> list[Mention]:
    """A leader named without a title (`ông Thoong-lun`, `Chủ tịch Giang Trạch Dân` where a bare
    `Chủ tịch` is no title) holds the one the text gave him last, or else first; named with the
    first words of that title (`Thứ trưởng` after `Thứ trưởng Ngoại giao`), that title."""
    titled: dict[tuple, Mention] = {}
    for mention in mentions:
        if _who(mention) and mention.role:
            titled.setdefault(_who(mention), mention)
    result, last = [], {}
    for mention in mentions:
        told = last.get(_who(mention)) if _who(mention) and mention.role else None
        parts = told.title.split(", ") if told else []
        if mention.title and any(p.startswith(mention.title + " ") for p in parts):
            # `Thứ trưởng Ngoại giao Triều Tiên Pak Sang Gil`, then `Thứ trưởng Pak Sang Gil`
            mention = replace(mention, role=told.role, title=told.title, roles=told.roles)
        if _who(mention) and mention.role:
            last[_who(mention)] = mention
        elif _who(mention) and (told := last.get(_who(mention)) or titled.get(_who(mention))):
            mention = replace(
                mention, role=told.role, country=told.country, title=told.title, roles=told.roles
            )
        result.append(mention)
    return result


# `Paul Keating (Pôn Kít-tinh)`, `Đô-nan Trăm (Donald Trump)`: one person under two names.
_IN_BRACKETS = re.compile(r"\s*\(\s*([^\W\d_][^\s(),;]*(?:\s+[^\W\d_][^\s(),;]*){1,4})\s*\)")


_VIETNAMESE_LETTERS = frozenset("ăâđêôơưĂÂĐÊÔƠƯ")


def _as_spelt_at_home(name: str, transliterated: str) -> bool:
    """`Helmut Kohl` against `Hen-mút Côn`: a name in its own Latin spelling, beside the
    Vietnamese press's syllable-by-syllable one."""
    marks = nfd(name)
    vietnamese = any(c in _VIETNAMESE_LETTERS for c in name) or any(
        c in "\u0323\u0309" for c in marks
    )
    syllables = "-" in transliterated or any(c in _VIETNAMESE_LETTERS for c in transliterated)
    return not vietnamese and "-" not in name and syllables


def one_person_in_brackets(pt: PreparedText, mentions: list[Mention]) -> list[Mention]:
    """Every mention of the name written in brackets after a person's name is of that person."""
    same: dict[str, Mention] = {}
    known = {m.start: m for m in mentions if m.leader_keys and m.alias_kind != "transliteration"}
    for mention in mentions:
        if mention.surface and (bracket := _IN_BRACKETS.match(pt.text, mention.end)):
            inner = " ".join(bracket.group(1).split())
            capitalised = all(w[0].isupper() for w in inner.split())
            spelt = known.get(bracket.start(1))
            if spelt and mention.alias_kind == "transliteration":
                # `Xan-man Khu-sít (Salman Khurshid)`: the Latin name says who a sound match meant
                same[fold(mention.surface)] = mention = replace(
                    mention, leader_keys=spelt.leader_keys
                )
            if capitalised and fold(inner) != fold(mention.surface):
                if not mention.leader_keys and _as_spelt_at_home(inner, mention.surface):
                    # `Hen-mút Côn (Helmut Kohl)`: known by the name as his country spells it
                    same[fold(mention.surface)] = mention = replace(mention, surface=inner)
                same[fold(inner)] = mention
    if not same:
        return mentions
    result = []
    for mention in mentions:
        named = same.get(fold(mention.surface))
        if named is None and mention.surface and not mention.leader_keys:  # `M. Rút-tơ`
            words = fold(mention.surface).split()
            named = next((m for k, m in same.items() if _within(words, k.split())), None)
        if named is not None:
            mention = replace(mention, leader_keys=named.leader_keys, surface=named.surface)
            if not named.leader_keys:  # one the directory lacks: known by the first name given
                mention = replace(mention, country=mention.country or named.country)
        result.append(mention)
    return result
