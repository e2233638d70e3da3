"""Names the archive knows (leaders, their aliases, agreements): what `leader:` and `agreement:`
filters resolve to, and whether a query is one of them, from a cache refreshed every minute."""

import time

from archive.models import Agreement, Leader, LeaderAlias
from archive.text import fold, search_text

from .compile import Resolver

NAMES_TTL = 60.0  # seconds; a name added in admin is recognised by every worker within a minute
_folded_names: tuple[float, frozenset] = (0.0, frozenset())


def leader_ids(value: str) -> list[str]:
    """The leaders whose name or an alias contains `value`, folded."""
    wanted = fold(value)
    return [
        str(leader.pk)
        for leader in Leader.objects.prefetch_related("aliases")
        if any(
            wanted in fold(name) for name in [leader.name, *(a.alias for a in leader.aliases.all())]
        )
    ]


def agreement_ids(value: str) -> list[str]:
    """The agreements whose title or an alias has every word of `value`, folded."""
    wanted = set(fold(value).split())
    return [
        str(a.pk)
        for a in Agreement.objects.prefetch_related("aliases")
        if any(
            wanted <= set(fold(t).split()) for t in [a.title, *(x.alias for x in a.aliases.all())]
        )
    ]


RESOLVER = Resolver(leaders=leader_ids, agreements=agreement_ids)


def known_names() -> list[str]:
    names = list(Leader.objects.values_list("name", flat=True))
    names += LeaderAlias.objects.values_list("alias", flat=True)
    names += Agreement.objects.values_list("title", flat=True)
    return names


def is_known_name(text: str) -> bool:
    global _folded_names
    loaded_at, names = _folded_names
    if time.monotonic() - loaded_at > NAMES_TTL:
        names = frozenset(" ".join(fold(n).split()) for n in known_names())
        _folded_names = (time.monotonic(), names)
    return " ".join(fold(search_text(text)).split()) in names
