"""Agreements (treaties, joint statements...) and the other names documents give them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .base import Permalinked, StaffOwned


class Agreement(Permalinked, StaffOwned):
    class Kind(models.TextChoices):
        TREATY = "treaty", _("treaty")
        AGREEMENT = "agreement", _("agreement")
        PROTOCOL = "protocol", _("protocol")
        JOINT_STATEMENT = "joint_statement", _("joint statement")
        DECLARATION = "declaration", _("declaration")
        PROGRAMME = "programme", _("programme")
        MEMORANDUM = "memorandum", _("memorandum")
        CONVENTION = "convention", _("convention")
        OTHER = "other", _("other")

    title = models.CharField(_("title"), max_length=500)
    slug = models.SlugField(max_length=100, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.AGREEMENT)
    signed_date = models.DateField(_("signing date"), null=True, blank=True)
    signed_place = models.CharField(_("signing place"), max_length=200, blank=True)
    parties = models.JSONField(_("parties (ISO country codes)"), default=list, blank=True)
    needs_review = models.BooleanField(_("needs review"), default=False)
    review_reason = models.TextField(_("review reason"), blank=True)

    url_name = "agreement"  # Permalinked

    history = HistoricalRecords()

    class Meta:
        ordering = ["signed_date", "title"]
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        permissions = [("merge_agreement", _("Can merge agreements"))]


class AgreementAlias(models.Model):
    """Another way documents name an agreement; every word of it must occur in a mention."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(_("alias"), max_length=500)

    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["agreement", "alias"], name="agreement_alias_unique")
        ]
        verbose_name = _("agreement alias")
        verbose_name_plural = _("agreement aliases")

    def __str__(self) -> str:
        return self.alias
