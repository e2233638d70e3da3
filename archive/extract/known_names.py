"""Leaders the directory knows, found by their names and aliases, and by the forms a rule derives
(pinyin renderings, transliterations). Multi-word names also match without diacritics, but only
where every word is capitalised and no diacritic in the text contradicts the name.
"""

import re
from dataclasses import dataclass

from archive.text import fold, has_diacritics, names_pattern, spelling_key

from .countries import country_names
from .directory import Directory, per_directory
from .mentions import Mention, longest_first
from .name_forms import pinyin_mentions, russian_mentions, transliteration_mentions
from .places import is_place_name
from .text import PreparedText, prepare
from .unknown_names import NAME_PARTICLES


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


def name_mentions(pt: PreparedText, directory: Directory) -> list[Mention]:
    matcher = _matcher(directory)
    found = []
    if matcher.folded:
        for match in matcher.folded.finditer(pt.folded):
            surface = pt.text[match.start() : match.end()]
            candidates = matcher.keys_by_folded.get(spelling_key(match.group()), [])
            words = surface.split()
            if not all(  # `Luiz Inácio Lula da Silva`: a particle inside a name stays lowercase
                w[0].isupper() or (i and w in NAME_PARTICLES)
                for i, w in enumerate(words)
                if w[0].isalpha()
            ):
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
    if derived:  # `Phi-líp-pin` is a country, not a transliterated `Villepin`; `Ca-dan` a city
        countries = [(c.start, c.end) for c in country_names(directory).find(pt)]
        found += [
            m
            for m in derived
            if not any(s <= m.start and m.end <= e for s, e in countries)
            and not is_place_name(directory, m.surface)
        ]
    return longest_first(found)


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


def _keys(candidates) -> tuple:
    return tuple(dict.fromkeys(c[0] for c in candidates))
