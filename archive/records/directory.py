"""The extraction directory read from the database (leaders, aliases, offices, agreements)."""

from archive.extract.directory import AgreementEntry, Directory, LeaderEntry, OfficeTerm
from archive.models import Agreement, Leader


def directory_from_db() -> Directory:
    leaders = tuple(
        LeaderEntry(
            key=leader.pk,
            name=leader.name,
            country=leader.country,
            aliases=tuple((a.alias, a.kind) for a in leader.aliases.all()),
            offices=tuple(
                OfficeTerm(o.role, o.title, o.country, o.start, o.end) for o in leader.offices.all()
            ),
        )
        for leader in Leader.objects.with_aliases_and_offices().order_by("pk")
    )
    agreements = tuple(
        AgreementEntry(
            a.pk, a.title, a.kind, a.signed_date, tuple(x.alias for x in a.aliases.all())
        )
        for a in Agreement.objects.prefetch_related("aliases").order_by("pk")
    )
    return Directory(leaders, agreements)
