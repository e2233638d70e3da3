"""Leaders named in a text: canonical names and aliases from the directory, and titles.

Multi-word names also match without diacritics (`Truong Tan Sang`), but only where every word is
capitalised and the text carries no diacritics that contradict the name, so `Tổ làm` is never
`Tô Lâm`. A title with an unknown name after it (`Chủ tịch nước Trương Tấn Thành`) or with no name
(`Tổng thống Nga`) is kept too: the meeting's date later decides who held that office.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from archive.text import fold, has_diacritics, names_pattern, nfd, spelling_key

from .countries import country_names
from .directory import Directory, per_directory
from .name_forms import pinyin_mentions, russian_mentions, transliteration_mentions
from .places import is_place_name
from .text import PreparedText, prepare
from .titles import Title, find_titles, joined

# A word of a name: capitalised, maybe hyphenated or an initial (`V.`, `A.Borodavkin`).
_NAME_WORD = re.compile(r"[ \t]?([^\W\d_]+(?:-[^\W\d_]+)*\.?)")
# Words that start a clause, not a name, when capitalised after a title.
# `Lula da Silva`, `Ursula von der Leyen`, `Mohamed bin Salman`: lowercase inside a name.
_NAME_PARTICLES = frozenset(["da", "de", "do", "dos", "das", "van", "von", "der", "den", "di",
                             "du", "bin", "binti", "al", "el", "y"])  # fmt: skip
_NEXT_WORD = re.compile(r"\s+(?:(?:von|der|de|van|la|le)\s+)?(\w)")
_NOT_NAME_WORDS = frozenset(
    [
        "hai",
        "ông",
        "bà",
        "ngài",
        "theo",
        "trong",
        "sau",
        "tại",
        "khi",
        "các",
        "những",
        "nhân",
        "về",
        "với",
        "và",
        "cùng",
        "đã",
        "sẽ",
        "đang",
        "cho",
        "việt",
        "nga",
        "chính",
        "phủ",
        "quốc",
        "hội",
        "nhà",
        "đảng",
        "bộ",
        "ban",
        "thường",
        "vụ",
        "đoàn",
        # the first words of titles: `Thủ tướng, Tổng Thư ký Đảng ... Lawrence Wong`
        "tổng",
        "phó",
        "thủ",
        "chủ",
        "thứ",
    ]
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    leader_keys: tuple = ()  # empty: a title whose holder is decided by the date
    surface: str = ""
    alias_kind: str = ""  # name, spelling, short, transliteration, machine_translation, title
    role: str = ""
    country: str = ""
    title: str = ""  # as written before the name, without the country
    roles: tuple = ()  # every role of the title, when it joins several (`Tổng Bí thư, Chủ tịch nước`)
    country_written: bool = False  # the country is named after the title, not implied by it


@dataclass(frozen=True)
class _Matcher:
    folded: re.Pattern | None
    exact: re.Pattern | None
    keys_by_folded: dict
    keys_by_exact: dict


def _pattern_text(name: str) -> str:
    return " ".join(prepare(name).text.split())


@per_directory
def _matcher(directory: Directory) -> _Matcher:
    by_folded: dict[str, list] = {}
    by_exact: dict[str, list] = {}
    for leader in directory.leaders:
        names = [(leader.name, "name")] + list(leader.aliases)
        for name, kind in names:
            text = _pattern_text(name)
            if not text:
                continue
            if len(text.split()) > 1:
                by_folded.setdefault(fold(text), []).append((leader.key, kind, spelling_key(text)))
            else:
                by_exact.setdefault(text, []).append((leader.key, kind, text))
    return _Matcher(names_pattern(by_folded), names_pattern(by_exact), by_folded, by_exact)


def _name_mentions(pt: PreparedText, directory: Directory) -> list[Mention]:
    matcher = _matcher(directory)
    found = []
    if matcher.folded:
        for match in matcher.folded.finditer(pt.folded):
            surface = pt.text[match.start() : match.end()]
            candidates = matcher.keys_by_folded.get(spelling_key(match.group()), [])
            words = surface.split()
            if not all(w[0].isupper() for w in words if w[0].isalpha()):
                continue
            has_marks = has_diacritics(surface)
            fitting = [c for c in candidates if not has_marks or spelling_key(surface) == c[2]]
            if fitting:
                found.append(
                    Mention(match.start(), match.end(), _keys(fitting), surface, fitting[0][1])
                )
    if matcher.exact:
        for match in matcher.exact.finditer(pt.text):
            candidates = matcher.keys_by_exact[match.group()]
            found.append(
                Mention(
                    match.start(), match.end(), _keys(candidates), match.group(), candidates[0][1]
                )
            )
    derived = _derived_mentions(pt, directory)
    if derived:  # `Phi-líp-pin` is a country, not a transliterated `Villepin`
        countries = [(c.start, c.end) for c in country_names(directory).find(pt)]
        found += [m for m in derived if not any(s <= m.start and m.end <= e for s, e in countries)]
    return _longest_first(found)


def _derived_mentions(pt: PreparedText, directory: Directory) -> list[Mention]:
    """Names no one listed that a rule recognises: pinyin renderings, transliterations."""
    found = []
    for kind, mentions in (
        ("machine_translation", pinyin_mentions(pt, directory)),
        ("transliteration", transliteration_mentions(pt, directory)),
        ("transliteration", russian_mentions(pt, directory)),
    ):
        for start, end, keys in mentions:
            found.append(Mention(start, end, keys, pt.text[start:end], kind))
    return found


# `ông Saysomphone`, `ông Thoong-lun`, `bà Matviyenko`, `Thủ tướng Abe`: one word of a name
# told in full before.
_SHORT = re.compile(
    r"(?<!\w)(?:(?P<honorific>ông|bà|ngài)|(?:phó\s+)?(?:thủ tướng|tổng thống|chủ tịch(?:\s+nước)?|"
    r"bộ trưởng(?:\s+ngoại giao)?|ngoại trưởng|thứ trưởng|tổng bí thư))\s+([^\W\d_][^\s,.;:()]*)"
)


def _short_mentions(pt: PreparedText, directory: Directory, names: list[Mention]) -> list[Mention]:
    """A leader named in full earlier in the text, now by one word of the name after `ông` or
    `bà`; only when that word belongs to one of the leaders named so far."""
    found, told = [], {}  # told: word -> the keys of the leaders named so far with that word
    ends, done, taken = sorted(names, key=lambda m: m.end), 0, {m.start for m in names}
    for match in _SHORT.finditer(pt.lower):
        while done < len(ends) and ends[done].end <= match.start():
            for key in ends[done].leader_keys:
                for word in _name_words(directory, key):
                    told.setdefault(word, set()).add(key)
            done += 1
        word = pt.text[match.start(2) : match.end(2)]
        keys = told.get(word, ())
        titled = not match.group("honorific")
        if titled and word.lower() in _NOT_NAME_WORDS:
            continue
        if word[0].isupper() and len(keys) == 1 and match.start(2) not in taken:
            found.append(Mention(match.start(2), match.end(2), tuple(keys), word, "short"))
    return found


def _name_words(directory: Directory, key) -> set[str]:
    """The words a name is shortened to: its first or its last (`ông Tập`, `ông Chính`,
    `ông Kishida`, `bà Matviyenko`), in any of its forms."""
    leader = directory.leader(key)
    names = [leader.name] + [alias for alias, _ in leader.aliases]
    words = [name.replace(".", " ").split() for name in names]
    return {w for ws in words if len(ws) > 1 for w in (ws[0], ws[-1]) if len(w) > 1}


def _keys(candidates) -> tuple:
    return tuple(dict.fromkeys(c[0] for c in candidates))


def _longest_first(mentions: list[Mention]) -> list[Mention]:
    chosen: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if chosen and mention.start < chosen[-1].end:
            continue
        chosen.append(mention)
    return chosen


def find_mentions(pt: PreparedText, directory: Directory) -> list[Mention]:
    """Leader mentions in text order, each with the title written before it when there is one.

    A title followed by a known name qualifies that mention; followed by an unknown name, it is
    a mention of that name with the title's role and country (the office holder, or a leader
    the directory does not have yet); with no name at all, a mention of the office alone.
    """
    names = _name_mentions(pt, directory)
    names = _longest_first(names + _short_mentions(pt, directory, names))
    rejected = {fold(n) for n in directory.rejected_names}
    by_start = {m.start: m for m in names}
    result = {m.start: m for m in names if fold(m.surface) not in rejected}
    titles = find_titles(pt, directory)
    name_starts = [m.start for m in names]
    held: list[Title] = []  # titles of one person so far: `Tổng Bí thư, Chủ tịch nước Tô Lâm`
    for i, title in enumerate(titles):
        inside = bisect_right(name_starts, title.start) - 1
        if inside >= 0 and title.start < names[inside].end:
            held = []
            continue
        after = _skip_to_name(pt.text, title.end)
        following = titles[i + 1] if i + 1 < len(titles) else None
        if _PLURAL.search(pt.lower, max(0, title.start - 20), title.start):
            held = []  # `hai Thủ tướng`: no one in particular, unless named (`hai Thủ tướng A và B`)
            for at in _both_named(pt, after, by_start, title, names, directory):
                if made := _titled(pt, title, at, by_start, names, directory, rejected):
                    result[made.start] = made
            continue
        if (
            following
            and _held_together(title, following)
            and (following.start <= after or _party_and_state(pt, title, following))
        ):
            held.append(title)
            continue
        title, held = joined([*held, title]), []
        if _PREDICATE.search(pt.lower, max(0, title.start - 20), title.start):
            continue  # `ông X, khi đó là Phó Thủ tướng kiêm Bộ trưởng Ngoại giao`: said of X
        if made := _titled(pt, title, after, by_start, names, directory, rejected):
            result[made.start] = made
    found = [
        result[k]
        for k in sorted(result)
        if not _THE_LATE.search(pt.lower, max(0, k - 60), k)
        and not (result[k].leader_keys and _NAMED_AFTER.search(pt.lower, max(0, k - 30), k))
    ]
    found = _longest_first(found)  # a newcomer's name covers a derived one inside it
    found = _one_name_per_newcomer(_one_person_in_brackets(pt, found))
    found = _titled_as_before(_newcomers_named_again(pt, found))
    return sorted(found + _predecessors(pt, found), key=lambda m: m.start)


def _titled(pt, title: Title, after: int, by_start, names, directory, rejected) -> Mention | None:
    """The mention a title makes with the name at `after`: a known leader in that office, a
    newcomer, or the office alone."""
    if after in by_start and _fits_title(by_start[after], title, directory):
        named = by_start[after]
        country = title.country or _country_of(named, directory)
        return replace(
            named, role=title.role, country=country, title=title.written, roles=title.roles
        )
    surface = _unknown_name(pt, after, title, names, directory)
    start = title.start if after == _skip_to_name(pt.text, title.end) else after  # `và B`
    if not surface and (before := _named_before(pt, title, names)):
        start, surface = before  # `ông Guido Westerwelle, Bộ trưởng Ngoại giao Đức`
        after = start
    if surface and fold(surface) in rejected:
        return None
    end = after + len(surface) if surface else title.end
    return Mention(
        start, end, (), surface, "title", title.role, title.country, title.written, title.roles,
        title.country_written,
    )  # fmt: skip


_AND = re.compile(r"\s+và\s+")


def _both_named(pt, after: int, by_start, title: Title, names, directory) -> list[int]:
    """Where the names after `hai Thủ tướng` start: `hai Thủ tướng A và B`; none when no name
    follows."""
    if after in by_start:
        first_end = by_start[after].end
    else:
        surface = _unknown_name(pt, after, title, names, directory)
        if not surface:
            return []
        first_end = after + len(surface)
    second = _AND.match(pt.text, first_end)
    return [after, second.end()] if second else [after]


# `người tiền nhiệm của ông Hipkins là bà Jacinda Ardern`: the one named after `là`.
_PREDECESSOR = re.compile(
    r"(?<!\w)người\s+(?:tiền|kế)\s+nhiệm\s+của\s+[^.;:]{0,60}?\slà\s+(?:ông|bà|ngài)\s+"
    r"(?P<name>[^\W\d_][^\s,.;:()]*(?:\s+[^\W\d_][^\s,.;:()]*){1,3})"
)


def _predecessors(pt: PreparedText, mentions: list[Mention]) -> list[Mention]:
    """A predecessor or successor named by name after the one whose they are: the same office
    and country, as the directory lacks them."""
    found = []
    for match in _PREDECESSOR.finditer(pt.text):
        name = " ".join(w for w in match.group("name").split() if w[0].isupper())
        whose = next((m for m in mentions if match.start() < m.start < match.start("name")), None)
        if whose is None or len(name.split()) < 2:
            continue
        found.append(
            Mention(
                match.start("name"), match.start("name") + len(name), (), name, "title",
                whose.role, whose.country, whose.title, whose.roles, False,
            )
        )  # fmt: skip
    return found


# `ông Cameron`, `bà Harris`: a newcomer named again by part of the name told in full.
_HONORIFIC_NAME = re.compile(r"(?<!\w)(?:ông|bà|ngài)\s+(\w)")


def _newcomers_named_again(pt: PreparedText, mentions: list[Mention]) -> list[Mention]:
    """`ông Cameron`, `Thủ tướng Albanese`: a newcomer named again by part of the full name."""
    newcomers = [m for m in mentions if m.surface and not m.leader_keys]
    if not newcomers:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    result = []
    for mention in mentions:  # a title followed by part of a newcomer's name
        bare = mention.alias_kind == "title" and not mention.surface and not mention.leader_keys
        again = _named_again(pt, _skip_to_name(pt.text, mention.end), newcomers) if bare else None
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
    while len(written) < 3 and (match := _NAME_WORD.match(pt.text, end)):
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


def _one_name_per_newcomer(mentions: list[Mention]) -> list[Mention]:
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


def _titled_as_before(mentions: list[Mention]) -> list[Mention]:
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


def _one_person_in_brackets(pt: PreparedText, mentions: list[Mention]) -> list[Mention]:
    """Every mention of the name written in brackets after a person's name is of that person."""
    same: dict[str, Mention] = {}
    for mention in mentions:
        if mention.surface and (bracket := _IN_BRACKETS.match(pt.text, mention.end)):
            inner = " ".join(bracket.group(1).split())
            capitalised = all(w[0].isupper() for w in inner.split())
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


def _party_and_state(pt: PreparedText, title: Title, following: Title) -> bool:
    """`Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam và Chủ tịch nước X`: the
    party's leader, its party written out, and the state's are one person; `Tổng Bí thư và Chủ
    tịch nước X` may be two."""
    party_written = title.end - title.start > len(title.written)
    return (
        (title.role, following.role) == ("party_leader", "head_of_state")
        and party_written
        and bool(_PARTY_AND_STATE.fullmatch(pt.lower, title.end, following.start))
    )


def _fits_title(named: Mention, title: Title, directory: Directory) -> bool:
    """A name read by rule (a transliteration, a pinyin rendering) after `Tổng thống Hoa Kỳ` is
    no leader of another country: `Gioóc-giơ` is not a Korean minister."""
    derived = named.alias_kind in ("transliteration", "machine_translation")
    written = title.country_written and title.country
    return not (derived and written and _country_of(named, directory) not in ("", title.country))


def _held_together(title: Title, following: Title) -> bool:
    """`Tổng Bí thư, Chủ tịch nước Tô Lâm` is one person; `Tổng thống Nga, Thủ tướng Đức`,
    `Tổng thống Nga, Tổng thống Hàn Quốc` and `Bộ trưởng Ngoại giao Đức, Thứ trưởng X` are two."""
    if title.role == following.role:
        return False
    deputy = following.role in ("deputy_minister", "deputy_foreign_minister")
    if title.country_written and not following.country_written and deputy:
        return False  # `Bộ trưởng Ngoại giao Đức, Thứ trưởng Phạm Bình Minh`: two people
    written = title.country_written and following.country_written
    return not (written and title.country != following.country)


def _unknown_name(
    pt: PreparedText, at: int, title: Title, names: list[Mention], directory: Directory
) -> str:
    """The name written at `at` after a title (two to five capitalised words; one foreign surname
    after a title with its country), when it is no one the directory knows (a name read by rule
    that is of another country's leader is not: `Tổng thống Singapore Ha-li-ma Da-cốp`)."""
    words, position, particles = [], at, 0
    while len(words) - particles < 5 and (match := _NAME_WORD.match(pt.text, position)):
        word = match.group(1)
        after = _NEXT_WORD.match(pt.text, match.end())
        particle = word in _NAME_PARTICLES and words and after and after.group(1).isupper()
        if not (word[0].isupper() or particle) or word.rstrip(".").lower() in _NOT_NAME_WORDS:
            break
        inside = [m for m in names if position <= m.start < match.end()]
        if any(_fits_title(m, title, directory) for m in inside):
            return ""  # a known leader follows: `Thủ tướng Lào Sonexay Siphandone và ...`
        words.append(word)
        particles += word.lower() in _NAME_PARTICLES
        position = match.end()
        if word.endswith(".") and len(word) > 2:
            break  # a full stop after a word ends the sentence
    surface = " ".join(words).rstrip(".")
    if is_place_name(directory, surface):
        return ""  # `Chủ tịch Quốc hội Cuba` and then `Hà Nội`, where the next line starts
    if len(words) >= 2:
        return surface
    foreign = title.country not in ("", "VN") and len(surface) >= 4 and surface.isascii()
    return surface if len(words) == 1 and foreign else ""


# `cố Chủ tịch Cay-xỏn Phôm-vi-hản`: the late one, remembered, not met.
_THE_LATE = re.compile(
    r"(?<!\w)(?<!củng )cố\s+(?:(?:chủ tịch|tổng bí thư|thủ tướng|tổng thống|lãnh tụ|đồng chí|"
    r"đại tướng|nhà lãnh đạo|nguyên)\s+)*$"
)
# `Đại học Tôn Đức Thắng`, `đường Lê Duẩn`: a place named after a leader, not the leader.
_NAMED_AFTER = re.compile(
    r"(?<!\w)(?:đại học|trường(?:\s+(?:đại học|thpt|thcs|tiểu học))?|học viện|đường|phố|quảng "
    r"trường|lăng|bảo tàng|nhà tưởng niệm|khu di tích|tượng đài|quỹ|giải thưởng|sân bay|"
    r"thành phố|tp\.?|huân chương|công viên|tàu|bệnh viện)\s+$"
)
_PREDICATE = re.compile(r"(?<!\w)(?:là|làm|với tư cách|trên cương vị)\s+$")
_PARTY_AND_STATE = re.compile(r"\s+và\s+")
_PLURAL = re.compile(r"\b(?:hai|ba|các|những)\s+$")
# `ông`, `bà`; Myanmar's honorifics `U`, `Daw` (`Tổng thống Myanmar U Win Myint`).
# `Thủ tướng khi đó là Prayut`, `Tổng thống nước chủ nhà Lula`, `Tổng thống Các Tiểu vương quốc
# Ả-rập Thống nhất (UAE) Sheikh Mohamed`: words between title and name.
_BEFORE_NAME = re.compile(
    r"[\s,]*(?:\([A-ZĐ]{2,6}\)\s*)?(?:kiêm\s+)?(?:(?:khi đó|lúc đó|khi ấy|lúc ấy|hồi đó|đương nhiệm)(?:\s+là)?\s+|"
    r"(?:của\s+)?nước\s+chủ\s+nhà\s+)?(?:(?:ông|bà|ngài|đồng chí|U|Daw|Sheikh|Thái tử|"
    r"Hoàng tử)\s+(?=\w))?"
)


# `ông Guido Westerwelle, Bộ trưởng Ngoại giao Đức`: a name told first, its title after a comma.
_NAME_THEN_TITLE = re.compile(
    r"(?<!\w)(?:ông|bà|ngài)\s+([^\W\d_][^\s,.;:()]*(?:\s+[^\W\d_][^\s,.;:()]*){1,4})\s*,\s*$",
    re.IGNORECASE,
)


def _named_before(pt: PreparedText, title: Title, names: list[Mention]) -> tuple[int, str] | None:
    """(start, name) of someone the directory lacks named just before the title and a comma."""
    match = _NAME_THEN_TITLE.search(pt.text, max(0, title.start - 80), title.start)
    if not match:
        return None
    name = match.group(1)
    capitalised = all(w[0].isupper() or w in _NAME_PARTICLES for w in name.split())
    known = any(match.start(1) <= m.start < match.end(1) for m in names)
    return None if known or not capitalised else (match.start(1), name)


def _skip_to_name(text: str, position: int) -> int:
    """Where a name (or the next title one person holds) would start after a title: past spaces,
    a comma, `kiêm` and `ông`/`bà`."""
    match = _BEFORE_NAME.match(text, position)
    return match.end()


def _country_of(mention: Mention, directory: Directory) -> str:
    countries = {directory.leader(k).country for k in mention.leader_keys}
    return countries.pop() if len(countries) == 1 else ""
