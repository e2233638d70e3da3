"""The extraction directory read from the database: leaders (aliases, offices), agreements,
countries and places, and the archive's focus countries from the settings."""

from django.conf import settings

from archive.extract.directory import (
    AgreementEntry,
    CountryEntry,
    Directory,
    LeaderEntry,
    OfficeTerm,
    PlaceEntry,
)
from archive.models import Agreement, Country, Leader, Place
from archive.records.stamp import current

_latest: dict = {}


def current_directory() -> Directory:
    """The directory as of the archive-wide stamp, read once per change: a page that reads a
    text (the comparison of two reports) costs one small query, not the whole directory."""
    version = current()  # with the moment of the change: a rebuilt database starts counting anew
    if _latest.get("version") != version or "directory" not in _latest:
        _latest.update(version=version, directory=directory_from_db())
    return _latest["directory"]


def directory_from_db() -> Directory:
    people = Leader.objects.with_aliases_and_offices().order_by("pk")
    leaders = tuple(
        LeaderEntry(
            key=leader.pk,
            name=leader.name,
            country=leader.country,
            aliases=tuple((a.alias, a.kind) for a in leader.aliases.all()),
            offices=tuple(
                OfficeTerm(o.role, o.title, o.country, o.start, o.end) for o in leader.offices.all()
            ),
            provisional=leader.status == Leader.Status.PROVISIONAL,
        )
        for leader in people
        if leader.status != Leader.Status.REJECTED
    )
    rejected = tuple(
        Leader.objects.filter(status=Leader.Status.REJECTED).values_list("name", flat=True)
    )
    agreements = tuple(
        AgreementEntry(
            a.pk,
            a.title,
            a.kind,
            a.signed_date,
            tuple(x.alias for x in a.aliases.all()),
            tuple(a.parties or ()),
        )
        for a in Agreement.objects.prefetch_related("aliases").order_by("pk")
    )
    places = tuple(
        PlaceEntry(
            p.name, p.kind, p.country, p.city, tuple(n.name for n in p.names.all()),
            p.country_follows,
        )
        for p in Place.objects.prefetch_related("names").order_by("pk")
    )  # fmt: skip
    countries = tuple(
        CountryEntry(
            c.code,
            c.capital,
            tuple(n.name for n in c.names.all()),
            c.successor,
            c.until,
            c.relations_since,
        )  # fmt: skip
        for c in Country.objects.prefetch_related("names").order_by("code")
    )
    return Directory(
        leaders, agreements, places, countries, tuple(settings.ARCHIVE_FOCUS_COUNTRIES), rejected
    )
