"""The search box's typeahead: leaders and agreements whose name starts as typed."""

from archive.models import Agreement, Leader
from archive.text import fold


def name_suggestions(text: str, limit: int = 10) -> list[dict]:
    """Leaders and agreements whose name (or alias) has a word starting with `text`, folded."""
    wanted = fold(text).strip()
    if len(wanted) < 2:
        return []
    found = []
    for leader in Leader.objects.prefetch_related("aliases").order_by("name"):
        names = [
            leader.name,
            *(a.alias for a in leader.aliases.all() if a.kind != "machine_translation"),
        ]
        if any(_starts_a_word(fold(n), wanted) for n in names):
            found.append(
                {
                    "label": leader.name,
                    "folded": fold(leader.name),
                    "type": "leader",
                    "url": leader.get_absolute_url(),
                }
            )
    for agreement in Agreement.objects.order_by("title"):
        if _starts_a_word(fold(agreement.title), wanted):
            found.append(
                {
                    "label": agreement.title,
                    "folded": fold(agreement.title),
                    "type": "agreement",
                    "url": agreement.get_absolute_url(),
                }
            )
    found.sort(key=lambda item: (not item["folded"].startswith(wanted), item["type"] != "leader"))
    return found[:limit]


def _starts_a_word(folded_name: str, wanted: str) -> bool:
    return folded_name.startswith(wanted) or f" {wanted}" in f" {folded_name}"
