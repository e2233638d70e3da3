"""Staff's verdict on a leader that a report introduced (provisional): confirmed or rejected."""

from django.db import transaction

from archive.models import Article, Leader, Participation

from . import changes


@changes.writer
@transaction.atomic
def leader_review(*, leader: Leader, status: str) -> set[int]:
    """Sets the leader's status; a rejected name leaves every meeting it was linked to (and the
    directory keeps it, so no report links it again). Returns the articles it touched."""
    affected = set()
    if status == Leader.Status.REJECTED:
        affected = set(
            Article.objects.filter(meetings__participants=leader).values_list("pk", flat=True)
        )
        Participation.objects.filter(leader=leader).delete()
    leader.status = status
    leader.save()
    changes.touched(affected)
    return affected
