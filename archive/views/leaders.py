from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect

from archive.models import Leader, LeaderRedirect, Meeting
from archive.serializers import leader_data, meeting_summary
from archive.views.common import canonical_redirect, respond


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
        moved = get_object_or_404(LeaderRedirect.objects.select_related("leader"), old_id=pk)
        return redirect(moved.leader.get_absolute_url(), permanent=True)
    if response := canonical_redirect(leader, slug):
        return response
    meetings = (
        Meeting.objects.with_participants().filter(participants=leader).order_by("date", "pk")
    )
    offices = sorted(leader.offices.all(), key=lambda o: (o.start is None, o.start))
    return respond(
        request, "archive/leader_detail.html", {"leader": leader, "meetings": meetings, "offices": offices},
        lambda: {**leader_data(leader), "meetings": [meeting_summary(m) for m in meetings]},
    )  # fmt: skip
