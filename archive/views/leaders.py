from django.db.models import Count, F
from django.urls import reverse

from archive.models import Leader, LeaderRedirect, Meeting
from archive.network.queries import met_with
from archive.serializers import leader_data, meeting_summary
from archive.views.common import canonical_redirect, merged_redirect
from archive.views.responses import respond

LEADER_MEETINGS = 50


def leader_list(request):
    leaders = Leader.objects.annotate(meeting_count=Count("participations")).order_by(
        "country", "name"
    )
    return respond(
        request, "archive/leader_list.html", {"leaders": leaders},
        lambda: [{"id": x.pk, "url": x.get_absolute_url(), "name": x.name, "country": x.country,
                  "meetings": x.meeting_count} for x in leaders],
        lambda: ("leaders.csv", ["id", "name", "country", "meetings", "url"],
                 [[x.pk, x.name, x.country, x.meeting_count, request.build_absolute_uri(x.get_absolute_url())] for x in leaders]),
    )  # fmt: skip


def leader_detail(request, pk, slug):
    leader = Leader.objects.with_aliases_and_offices().filter(pk=pk).first()
    if leader is None:
        return merged_redirect(LeaderRedirect, pk)
    if response := canonical_redirect(leader, slug):
        return response
    context = _leader_page(leader)
    return respond(
        request, "archive/leader_detail.html", context,
        lambda: {**leader_data(leader), "meeting_count": context["meeting_count"],
                 "all_meetings": request.build_absolute_uri(context["all_meetings"]),
                 "meetings": [meeting_summary(m) for m in context["meetings"]],
                 "met_with": [_met_with_data(request, m) for m in context["met_with"]]},
    )  # fmt: skip


def _leader_page(leader: Leader) -> dict:
    """A head of state has thousands of meetings in a large archive: the newest here, all of them
    in the paginated, filterable meeting list."""
    newest = F("date").desc(nulls_last=True)
    return {
        "leader": leader,
        "meetings": Meeting.objects.with_participants()
        .filter(participants=leader)
        .order_by(newest, "-pk")[:LEADER_MEETINGS],
        "offices": sorted(leader.offices.all(), key=lambda o: (o.start is None, o.start)),
        "meeting_count": Meeting.objects.filter(participants=leader).count(),
        "all_meetings": f"{reverse('archive:meetings')}?leader={leader.pk}&sort=-date",
        "met_with": met_with(leader),
    }


def _met_with_data(request, other: dict) -> dict:
    absolute = request.build_absolute_uri
    return {**other, "url": absolute(other["url"]), "meetings_url": absolute(other["meetings_url"]),
            "first": _day(other["first"]), "last": _day(other["last"])}  # fmt: skip


def _day(value) -> str | None:
    return value.isoformat() if value else None
