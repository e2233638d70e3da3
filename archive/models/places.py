"""The gazetteer: countries with the names the press uses, cities and venues with their spellings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Country(models.Model):
    """What the archive knows of a country beyond CLDR's name for it: other names the press uses
    (`Mỹ`, `Liên Xô`) and its capital, assumed when a report names only the country."""

    code = models.CharField(_("code (ISO 3166 alpha-2)"), max_length=2, unique=True)
    capital = models.CharField(_("capital"), max_length=100, blank=True)
    successor = models.CharField(
        _("succeeded by"), max_length=2, blank=True,
        help_text=_("For a country that no longer exists (SU): the country its places are in now (RU)."),
    )  # fmt: skip
    until = models.DateField(_("existed until"), null=True, blank=True)
    relations_since = models.DateField(
        _("diplomatic relations since"), null=True, blank=True,
        help_text=_(
            "The day it established diplomatic relations with the archive's home country (the "
            "first focus country): `kỷ niệm 50 năm thiết lập quan hệ ngoại giao` dates a report."
        ),
    )  # fmt: skip

    history = HistoricalRecords()

    class Meta:
        ordering = ["code"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self) -> str:
        from archive.extract.countries import country_name

        return f"{country_name(self.code)} ({self.code})"


class CountryName(models.Model):
    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="names")
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["country", "name"], name="country_name_unique")
        ]
        verbose_name = _("other name")
        verbose_name_plural = _("other names")

    def __str__(self) -> str:
        return self.name


class Place(models.Model):
    """A city or a venue of the gazetteer, with every spelling reports use for it."""

    class Kind(models.TextChoices):
        CITY = "city", _("city or town")
        VENUE = "venue", _("venue")

    name = models.CharField(_("name shown"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, default=Kind.CITY)
    country = models.CharField(_("country"), max_length=2)
    city = models.CharField(_("city (of a venue)"), max_length=100, blank=True)
    country_follows = models.BooleanField(
        _("a country may follow"),
        default=False,
        help_text=_(
            "A generic venue (`Trụ sở Chính phủ`): a country named right after it places it in "
            "that country's capital; otherwise the country and city above."
        ),
    )

    latitude = models.FloatField(
        _("latitude"), null=True, blank=True,
        help_text=_("Decimal degrees, north positive. A venue left empty is drawn at its city."),
    )  # fmt: skip
    longitude = models.FloatField(
        _("longitude"), null=True, blank=True, help_text=_("Decimal degrees, east positive.")
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["country", "name"]
        verbose_name = _("place")
        verbose_name_plural = _("places")

    def __str__(self) -> str:
        return self.name


class PlaceName(models.Model):
    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="names")
    name = models.CharField(_("spelling"), max_length=200)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["place", "name"], name="place_name_unique")]
        verbose_name = _("spelling")
        verbose_name_plural = _("spellings")

    def __str__(self) -> str:
        return self.name
