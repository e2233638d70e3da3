"""Staff decisions that reshape records: merging duplicates, splitting an article off a meeting.

Each says which articles' search documents it made stale (archive/records/changes.py); merges
also return them.
"""

from django.db import transaction
from django.utils.translation import gettext as _

from archive.models import (
    Agreement,
    AgreementAlias,
    AgreementRedirect,
    Article,
    Leader,
    LeaderAlias,
    LeaderRedirect,
    Meeting,
    MeetingAgreement,
    MeetingRedirect,
    Office,
    Participation,
)

from . import changes


def _own_links(articles) -> None:
    """Links set by staff: re-extraction must not move these articles again."""
    for article in articles:
        article.mark_staff_edited(["meetings"])
        article.save(update_fields=["staff_edited_fields"])


def meeting_merge_plan(survivor: Meeting, others: list[Meeting]) -> list[str]:
    lines = []
    for other in others:
        lines.append(
            _(
                "Meeting #%(id)s (%(kind)s, %(date)s) is merged into #%(survivor)s; its address will redirect."
            )
            % {
                "id": other.pk,
                "kind": other.get_kind_display(),
                "date": other.date or "?",
                "survivor": survivor.pk,
            }
        )
        lines += [_("article moves: %(title)s") % {"title": a.title} for a in other.articles.all()]
        present = set(survivor.participations.values_list("leader_id", flat=True))
        lines += [
            _("participant moves: %(name)s") % {"name": p.leader.name}
            for p in other.participations.select_related("leader")
            if p.leader_id not in present
        ]
        linked = set(survivor.agreement_links.values_list("agreement_id", flat=True))
        lines += [
            _("agreement moves: %(title)s") % {"title": link.agreement.title}
            for link in other.agreement_links.select_related("agreement")
            if link.agreement_id not in linked
        ]
    return lines  # fmt: skip


@changes.writer
@transaction.atomic
def meetings_merge(*, survivor: Meeting, others: list[Meeting]) -> set[int]:
    affected = set(survivor.articles.values_list("pk", flat=True))
    for other in others:
        articles = list(other.articles.all())
        affected |= {a.pk for a in articles}
        survivor.articles.add(*articles)
        _own_links(articles)
        present = set(survivor.participations.values_list("leader_id", flat=True))
        for participation in other.participations.exclude(leader_id__in=present):
            participation.meeting = survivor
            participation.save()
        for link in other.agreement_links.all():
            existing = survivor.agreement_links.filter(agreement_id=link.agreement_id).first()
            if existing is None:
                link.meeting = survivor
                link.save()
            elif link.relation == MeetingAgreement.Relation.SIGNED:
                existing.relation = link.relation
                existing.save()
        MeetingRedirect.objects.filter(meeting=other).update(meeting=survivor)
        MeetingRedirect.objects.update_or_create(old_id=other.pk, defaults={"meeting": survivor})
        other.delete()
    survivor.mark_staff_edited(["articles", "participants", "agreements"])
    survivor.save()
    changes.touched(affected)
    return affected


def _leader_articles(leader: Leader) -> set[int]:
    return set(Article.objects.filter(meetings__participants=leader).values_list("pk", flat=True))


def leader_merge_plan(survivor: Leader, others: list[Leader]) -> list[str]:
    lines = []
    for other in others:
        lines.append(
            _("%(name)s (#%(id)s) becomes an alias of %(survivor)s; its address will redirect.")
            % {"name": other.name, "id": other.pk, "survivor": survivor.name}
        )
        lines.append(
            _("%(n)s participations, %(a)s aliases and %(o)s offices move.")
            % {
                "n": other.participations.count(),
                "a": other.aliases.count(),
                "o": other.offices.count(),
            }
        )
    return lines  # fmt: skip


@changes.writer
@transaction.atomic
def leaders_merge(*, survivor: Leader, others: list[Leader]) -> set[int]:
    affected = _leader_articles(survivor)
    for other in others:
        affected |= _leader_articles(other)
        for participation in other.participations.all():
            if Participation.objects.filter(
                meeting=participation.meeting, leader=survivor
            ).exists():
                participation.delete()
            else:
                participation.leader = survivor
                participation.save()
        known = {a.alias for a in survivor.aliases.all()} | {survivor.name}
        for alias in other.aliases.exclude(alias__in=known):
            alias.leader = survivor
            alias.save()
        if other.name not in known:
            LeaderAlias.objects.create(leader=survivor, alias=other.name, kind=LeaderAlias.Kind.SPELLING,
                                       note=_("name of merged leader #%(id)s") % {"id": other.pk})  # fmt: skip
        for office in other.offices.all():
            if not Office.objects.filter(
                leader=survivor, role=office.role, start=office.start
            ).exists():
                office.leader = survivor
                office.save()
        LeaderRedirect.objects.filter(leader=other).update(leader=survivor)
        LeaderRedirect.objects.update_or_create(old_id=other.pk, defaults={"leader": survivor})
        other.delete()
    changes.touched(affected)
    return affected


def _agreement_articles(agreement: Agreement) -> set[int]:
    return set(Article.objects.filter(meetings__agreements=agreement).values_list("pk", flat=True))


def agreement_merge_plan(survivor: Agreement, others: list[Agreement]) -> list[str]:
    return [
        _(
            "“%(title)s” (#%(id)s) becomes an alias of #%(survivor)s; %(n)s meeting links move; its address will redirect."
        )
        % {
            "title": other.title,
            "id": other.pk,
            "survivor": survivor.pk,
            "n": other.meeting_links.count(),
        }
        for other in others
    ]


@changes.writer
@transaction.atomic
def agreements_merge(*, survivor: Agreement, others: list[Agreement]) -> set[int]:
    affected = _agreement_articles(survivor)
    for other in others:
        affected |= _agreement_articles(other)
        for link in other.meeting_links.all():
            existing = MeetingAgreement.objects.filter(
                meeting=link.meeting, agreement=survivor
            ).first()
            if existing is None:
                link.agreement = survivor
                link.save()
            else:
                if link.relation == MeetingAgreement.Relation.SIGNED:
                    existing.relation = link.relation
                    existing.save()
                link.delete()
        known = set(survivor.aliases.values_list("alias", flat=True))
        for alias in other.aliases.exclude(alias__in=known):
            alias.agreement = survivor
            alias.save()
        AgreementAlias.objects.get_or_create(agreement=survivor, alias=other.title[:500])
        AgreementRedirect.objects.filter(agreement=other).update(agreement=survivor)
        AgreementRedirect.objects.update_or_create(
            old_id=other.pk, defaults={"agreement": survivor}
        )
        other.delete()
    changes.touched(affected)
    return affected


@changes.writer
@transaction.atomic
def meeting_split(*, meeting: Meeting, article: Article) -> Meeting:
    """A new meeting for this article, with the old one's date, place and people to correct."""
    new = Meeting.objects.create(
        date=meeting.date, date_precision=meeting.date_precision, end_date=meeting.end_date,
        kind=meeting.kind, venue=meeting.venue, city=meeting.city, country=meeting.country,
        needs_review=True,
        review_reason=_("split from meeting #%(id)s by staff: check the date, place and participants")
        % {"id": meeting.pk},
    )  # fmt: skip
    Participation.objects.bulk_create([
        Participation(meeting=new, leader_id=p.leader_id, title=p.title, country=p.country)
        for p in meeting.participations.all()
    ])  # fmt: skip
    changes.touched({article.pk, *meeting.articles.values_list("pk", flat=True)})
    meeting.articles.remove(article)
    new.articles.add(article)
    _own_links([article])
    for m in (meeting, new):
        m.mark_staff_edited(["articles"])
        m.save()
    return new
