"""Names the archive knows (leaders, their aliases, agreements): what `leader:` and `agreement:`
filters resolve to, and whether a query is one of them, kept until a record changes."""

from archive.models import Agreement, Leader, LeaderAlias
from archive.records.stamp import kept_until_changed
from archive.text import fold, search_text

from .compile import Resolver


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
    names = kept_until_changed("search:known-names", _folded_known_names)
    return " ".join(fold(search_text(text)).split()) in names


def _folded_known_names() -> frozenset:
    return frozenset(" ".join(fold(name).split()) for name in known_names())
