from django.db.models import Count

from archive.models import Agreement, AgreementRedirect
from archive.serializers import agreement_data, meeting_summary
from archive.views.common import canonical_redirect, merged_redirect
from archive.views.responses import respond


def agreement_list(request):
    agreements = Agreement.objects.annotate(meeting_count=Count("meeting_links")).order_by(
        "signed_date", "title"
    )
    return respond(
        request, "archive/agreement_list.html", {"agreements": agreements},
        lambda: [{"id": a.pk, "url": a.get_absolute_url(), "title": a.title, "kind": a.kind,
                  "signed_date": a.signed_date.isoformat() if a.signed_date else None,
                  "meetings": a.meeting_count} for a in agreements],
        lambda: ("agreements.csv", ["id", "title", "kind", "signed_date", "signed_place", "meetings", "url"],
                 [[a.pk, a.title, a.kind, a.signed_date or "", a.signed_place, a.meeting_count,
                   request.build_absolute_uri(a.get_absolute_url())] for a in agreements]),
    )  # fmt: skip


def agreement_detail(request, pk, slug):
    agreement = Agreement.objects.filter(pk=pk).first()
    if agreement is None:
        return merged_redirect(AgreementRedirect, pk)
    if response := canonical_redirect(agreement, slug):
        return response
    links = list(
        agreement.meeting_links.select_related("meeting")
        .prefetch_related("meeting__participations__leader").order_by("meeting__date")
    )  # fmt: skip
    return respond(
        request, "archive/agreement_detail.html", {"agreement": agreement, "links": links},
        lambda: {
            **{k: v for k, v in agreement_data(agreement).items() if k != "meeting_ids"},
            "meetings": [{**meeting_summary(link.meeting), "relation": link.relation} for link in links],
        },
    )  # fmt: skip
