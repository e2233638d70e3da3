"""Meetings: what the articles report."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from archive.querysets import MeetingQuerySet

from .agreements import Agreement
from .articles import Article
from .base import StaffOwned, ascii_slug
from .leaders import Leader


class DatePrecision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


class Meeting(StaffOwned):
    class Kind(models.TextChoices):
        TALKS = "talks", _("talks")
        COURTESY_CALL = "courtesy_call", _("courtesy call")
        PHONE_CALL = "phone_call", _("phone call")
        MEETING = "meeting", _("meeting")
        MULTILATERAL = "multilateral", _("multilateral meeting")
        VISIT = "visit", _("visit")
        OTHER = "other", _("other")

    date = models.DateField(_("date"), null=True, blank=True)
    date_precision = models.CharField(
        _("date precision"), max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    end_date = models.DateField(_("end date"), null=True, blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.MEETING)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    needs_review = models.BooleanField(_("needs review"), default=False)
    review_reason = models.TextField(_("review reason"), blank=True)
    slug = models.SlugField(max_length=120, editable=False, blank=True)
    articles = models.ManyToManyField(Article, related_name="meetings", blank=True)
    participants = models.ManyToManyField(
        Leader, through="Participation", related_name="meetings", blank=True
    )
    agreements = models.ManyToManyField(
        Agreement, through="MeetingAgreement", related_name="meetings", blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = MeetingQuerySet.as_manager()

    history = HistoricalRecords(m2m_fields=[articles])

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        permissions = [("merge_meeting", _("Can merge meetings and split articles off them"))]
        # Lists in date order and a meeting's previous/next walk this index instead of sorting
        # every meeting (meeting page at 30,000 reports: 89 -> 4 ms for previous/next).
        indexes = [models.Index(fields=["date", "id"], name="meeting_date_id")]

    def __str__(self) -> str:
        return f"{self.date or '?'} {self.get_kind_display()}"

    def save(self, *args, **kwargs):
        if not self.slug:  # the importer refines it with the participants' names
            self.slug = ascii_slug(f"{self.date or 'undated'} {self.kind.replace('_', ' ')}", 120)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("archive:meeting", args=[self.pk, self.slug])
