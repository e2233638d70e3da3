"""The database reads behind "who met whom": a leader's counterparts, and the participations a
network is drawn from (cached per filters and archive stamp)."""

from django.db.models import Count, Max, Min, Q
from django.urls import reverse

from archive.models import Leader, Participation
from archive.network.graph import network
from archive.records.stamp import kept_until_changed

NETWORK_LEADERS = 50  # the most active leaders drawn; the table lists the same ones


def shared_meetings_url(leader_id: int, other_id: int) -> str:
    return f"{reverse('archive:meetings')}?leader={leader_id}&with={other_id}&sort=date"


def met_with(leader: Leader) -> list[dict]:
    """Cached per archive version: a head of state's grouping walks all of their meetings
    (48 ms for Putin at 10,000 reports)."""
    return kept_until_changed(f"met-with:{leader.pk}", lambda: _met_with(leader))


def _met_with(leader: Leader) -> list[dict]:
    """Everyone who took part in a meeting with `leader`: how often, first and last date. One
    query: the participations of the leader's meetings, grouped by the other leader."""
    rows = (
        Participation.objects.filter(meeting__participations__leader=leader)
        .exclude(leader=leader)
        .values("leader_id", "leader__name", "leader__slug", "leader__country")
        .annotate(
            meetings=Count("meeting_id"), first=Min("meeting__date"), last=Max("meeting__date")
        )
        .order_by("-meetings", "leader__name")
    )
    return [
        {
            "id": row["leader_id"],
            "name": row["leader__name"],
            "country": row["leader__country"],
            "url": reverse("archive:leader", args=[row["leader_id"], row["leader__slug"]]),
            "meetings": row["meetings"],
            "first": row["first"],
            "last": row["last"],
            "meetings_url": shared_meetings_url(leader.pk, row["leader_id"]),
        }
        for row in rows
    ]


def participation_rows(year_from, year_to, countries) -> list[tuple[int, int]]:
    """(meeting id, leader id) of the meetings in the years, of leaders of the countries."""
    chosen = Q()
    if year_from:
        chosen &= Q(meeting__date__year__gte=year_from)
    if year_to:
        chosen &= Q(meeting__date__year__lte=year_to)
    if countries:
        chosen &= Q(leader__country__in=countries)
    return list(Participation.objects.filter(chosen).values_list("meeting_id", "leader_id"))


def build_network(year_from, year_to, countries, limit: int = NETWORK_LEADERS):
    return network(participation_rows(year_from, year_to, countries), _people, limit)


def _people(ids: list[int]) -> dict[int, tuple[str, str, str]]:
    leaders = Leader.objects.filter(pk__in=ids).values_list("pk", "name", "country", "slug")
    return {pk: (name, country, slug) for pk, name, country, slug in leaders}


def cached_network(year_from, year_to, countries):
    """The network for these filters, computed once per archive version (the layout is the cost)."""
    key = f"network:{year_from}:{year_to}:{','.join(countries)}"
    return kept_until_changed(key, lambda: build_network(year_from, year_to, countries))
