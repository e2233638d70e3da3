"""Ids of records merged into others: their old permalinks keep working (301)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .agreements import Agreement
from .leaders import Leader
from .meetings import Meeting


class Redirect(models.Model):
    """The id of a record merged into another. Each kind names its own `old_id` (the primary
    key) and the foreign key to the record that absorbed it; `target_field` says which."""

    target_field = ""

    # When the merge happened (OAI-PMH dates the deleted record by it); empty for rows older
    # than the field, whose readers fall back to the surviving record's last change.
    merged_at = models.DateTimeField(_("merged at"), auto_now_add=True, null=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.old_id} → {getattr(self, f'{self.target_field}_id')}"

    @property
    def target(self) -> models.Model:
        return getattr(self, self.target_field)


class MeetingRedirect(Redirect):
    """The id of a meeting merged into another: its permalink keeps working (301)."""

    target_field = "meeting"

    old_id = models.PositiveBigIntegerField(_("old meeting id"), primary_key=True)
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="redirects")

    class Meta:
        verbose_name = _("meeting redirect")
        verbose_name_plural = _("meeting redirects")


class LeaderRedirect(Redirect):
    """The id of a leader merged into another: the old permalink answers 301."""

    target_field = "leader"

    old_id = models.PositiveBigIntegerField(_("old leader id"), primary_key=True)
    leader = models.ForeignKey(Leader, on_delete=models.CASCADE, related_name="redirects")

    class Meta:
        verbose_name = _("leader redirect")
        verbose_name_plural = _("leader redirects")


class AgreementRedirect(Redirect):
    """The id of an agreement merged into another: the old permalink answers 301."""

    target_field = "agreement"

    old_id = models.PositiveBigIntegerField(_("old agreement id"), primary_key=True)
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="redirects")

    class Meta:
        verbose_name = _("agreement redirect")
        verbose_name_plural = _("agreement redirects")
