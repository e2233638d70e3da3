"""A title alone (`Thủ tướng`) stands for someone named with it before, or in the headline for the
first one named after; and the country a mention is of.
"""

from dataclasses import replace

from .directory import Directory
from .mentions import Mention


def with_antecedents(
    mentions: list[Mention], directory: Directory, title_end: int
) -> list[Mention]:
    """A title alone (`Thủ tướng`, `Chủ tịch nước`) stands for the last one named with that
    title (and that country, when the title says one); in the headline, for the first one the
    text goes on to name."""
    home = directory.focus[0] if directory.focus else ""
    by_role: dict[str, list[int]] = {}  # role -> indexes of the mentions naming someone
    for i, mention in enumerate(mentions):
        if mention.role and (mention.leader_keys or mention.surface):
            by_role.setdefault(mention.role, []).append(i)
    resolved: list[Mention] = []
    for i, mention in enumerate(mentions):
        if not mention.leader_keys and not mention.surface and mention.role:
            named_at = by_role.get(mention.role, [])
            before = [resolved[j] for j in reversed(named_at) if j < i]
            before = [m for m in before if _same_office(m, mention, directory)]
            # the one named with the same title first (`Nhà vua` is the king, not the president
            # named last); a bare `Thủ tướng` in the press is first its own country's
            before.sort(
                key=lambda m: (
                    m.title.lower() != mention.title.lower(),
                    not mention.country and mention_country(m, directory) != home,
                )
            )
            later = mention.start < title_end or mention.country
            after = [mentions[j] for j in named_at if j > i and later]
            after = [m for m in after if _same_office(m, mention, directory)]
            named = next(iter(before + after), None)
            if named:
                mention = replace(named, start=mention.start, end=mention.end)
        resolved.append(mention)
    return resolved


def _same_office(named: Mention, title: Mention, directory: Directory) -> bool:
    return (
        named.role == title.role
        and bool(named.leader_keys or named.surface)
        and (not title.country or mention_country(named, directory) == title.country)
    )


def mention_country(mention: Mention, directory: Directory) -> str:
    if mention.country:
        return mention.country
    return directory.leader(mention.leader_keys[0]).country if mention.leader_keys else ""
