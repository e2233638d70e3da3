"""Who took part in a meeting, and which agreements it signed or cited."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .agreements import Agreement
from .leaders import Leader
from .meetings import Meeting


class Participation(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="participations")
    leader = models.ForeignKey(Leader, on_delete=models.PROTECT, related_name="participations")
    title = models.CharField(_("title at the time"), max_length=200, blank=True)
    country = models.CharField(_("country at the time"), max_length=2, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "leader"], name="participation_unique")
        ]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")

    def __str__(self) -> str:
        return f"{self.title} {self.leader}".strip()


class MeetingAgreement(models.Model):
    class Relation(models.TextChoices):
        SIGNED = "signed", _("signed")
        CITED = "cited", _("cited")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agreement_links")
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="meeting_links")
    relation = models.CharField(
        _("relation"), max_length=8, choices=Relation.choices, default=Relation.CITED
    )

    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "agreement"], name="meeting_agreement_unique"
            )
        ]
        verbose_name = _("agreement at a meeting")
        verbose_name_plural = _("agreements at meetings")

    def __str__(self) -> str:
        return f"{self.agreement} ({self.get_relation_display()})"
