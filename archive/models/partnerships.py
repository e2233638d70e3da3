"""The levels of partnership a report states (archive/extract/partnerships.py), read at import:
a chronology page then reads a few rows instead of every report of a pair."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .articles import Article


class PartnershipStatement(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="partnerships")
    level = models.CharField(_("level"), max_length=32)
    year = models.PositiveSmallIntegerField(_("year the level was set up"), null=True, blank=True)
    sentence = models.TextField(_("sentence"))

    class Meta:
        ordering = ["pk"]
        verbose_name = _("partnership statement")
        verbose_name_plural = _("partnership statements")

    def __str__(self) -> str:
        return f"{self.level} ({self.year or '?'})"
