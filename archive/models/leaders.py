"""Leaders, the other names reports give them, and the offices they held."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from archive.querysets import LeaderQuerySet

from .base import Permalinked, Versioned


class Leader(Permalinked, Versioned):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("confirmed")
        # Introduced by a report as title + country + name and not in the directory: linked to
        # its meetings at once, shown as provisional until staff confirm, merge or reject it.
        PROVISIONAL = "provisional", _("provisional (to review)")
        # Not a leader (a misread name): never matched again, its meetings lose it.
        REJECTED = "rejected", _("rejected")

    name = models.CharField(_("canonical name"), max_length=200)
    country = models.CharField(_("country (ISO 3166 alpha-2)"), max_length=2)
    slug = models.SlugField(max_length=100, editable=False)
    notes = models.TextField(_("notes"), blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.CONFIRMED
    )

    name_field, url_name = "name", "leader"  # Permalinked

    objects = LeaderQuerySet.as_manager()

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["name", "country"], name="leader_unique_name")
        ]
        verbose_name = _("leader")
        verbose_name_plural = _("leaders")
        permissions = [("merge_leader", _("Can merge leaders"))]


class LeaderAlias(models.Model):
    class Kind(models.TextChoices):
        SPELLING = "spelling", _("other spelling")
        TRANSLITERATION = "transliteration", _("Vietnamese transliteration")
        SHORT = "short", _("short form")
        MACHINE_TRANSLATION = "machine_translation", _("machine-translation garble")

    leader = models.ForeignKey(Leader, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(_("alias"), max_length=200)
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices, default=Kind.SPELLING)
    note = models.CharField(_("note"), max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["alias"]
        constraints = [models.UniqueConstraint(fields=["leader", "alias"], name="alias_unique")]
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")

    def __str__(self) -> str:
        return self.alias


class Office(models.Model):
    class Role(models.TextChoices):
        HEAD_OF_STATE = "head_of_state", _("head of state")
        HEAD_OF_GOVERNMENT = "head_of_government", _("head of government")
        PARTY_LEADER = "party_leader", _("party general secretary")
        PARLIAMENT_CHAIR = "parliament_chair", _("parliament chair")
        UPPER_HOUSE_CHAIR = "upper_house_chair", _("upper house chair")
        LOWER_HOUSE_CHAIR = "lower_house_chair", _("lower house chair")
        FOREIGN_MINISTER = "foreign_minister", _("foreign minister")
        DEPUTY_FOREIGN_MINISTER = "deputy_foreign_minister", _("deputy foreign minister")
        VICE_HEAD_OF_STATE = "vice_head_of_state", _("vice head of state")
        DEPUTY_HEAD_OF_GOVERNMENT = "deputy_head_of_government", _("deputy head of government")
        MINISTER = "minister", _("minister")
        DEPUTY_MINISTER = "deputy_minister", _("deputy minister")
        OTHER = "other", _("other")

    leader = models.ForeignKey(Leader, on_delete=models.CASCADE, related_name="offices")
    role = models.CharField(_("role"), max_length=32, choices=Role.choices)
    title = models.CharField(_("title"), max_length=200)
    country = models.CharField(_("country"), max_length=2)
    start = models.DateField(_("start"), null=True, blank=True)
    end = models.DateField(_("end"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["start"]
        verbose_name = _("office")
        verbose_name_plural = _("offices")

    def __str__(self) -> str:
        return f"{self.title} ({self.start or '?'} – {self.end or ''})"
