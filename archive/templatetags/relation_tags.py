"""`{% relation_links meeting %}`: the chronology pages of a meeting's pairs of countries."""

from itertools import combinations

from django import template
from django.urls import reverse

from archive.extract.countries import country_name
from archive.relations import canonical_pair

register = template.Library()
MOST_LINKS = 3  # a multilateral meeting's pairs are many: the first few, by the participants' order


@register.simple_tag
def relation_links(meeting) -> list[dict]:
    """Reads the prefetched participations."""
    codes = list(dict.fromkeys(p.country for p in meeting.participations.all() if p.country))
    links = []
    for a, b in list(combinations(codes, 2))[:MOST_LINKS]:
        pair = canonical_pair(a, b)
        url = reverse("archive:relations", kwargs={"a": pair[0].lower(), "b": pair[1].lower()})
        links.append({"url": url, "a": country_name(pair[0]), "b": country_name(pair[1])})
    return links
