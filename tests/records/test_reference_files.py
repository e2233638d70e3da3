"""The reference files load into every database: checked against the models, not only on SQLite,
which does not enforce lengths (PostgreSQL refused a 371-character office note)."""

import unicodedata

import pytest

from archive.extract.directory import read_reference
from archive.models import Agreement, Country, Leader, LeaderAlias, Office, Place, PlaceName
from tests.conftest import REFERENCE

DATA = read_reference(REFERENCE)
ROLES = {choice for choice, _ in Office.Role.choices}
ALIAS_KINDS = {choice for choice, _ in LeaderAlias.Kind.choices}


def _limit(model, field: str) -> int:
    return model._meta.get_field(field).max_length


def _too_long(rows, model, fields) -> list:
    return [
        (field, row[field])
        for row in rows
        for field in fields
        if len(row.get(field) or "") > _limit(model, field)
    ]


def test_every_value_fits_its_column():
    leaders = DATA["leaders"]
    assert not _too_long(leaders, Leader, ["name", "country"])
    assert not _too_long([a for i in leaders for a in i["aliases"]], LeaderAlias, ["alias", "note"])
    assert not _too_long(
        [o for i in leaders for o in i["offices"]], Office, ["title", "note", "country", "role"]
    )
    assert not _too_long(DATA["places"], Place, ["name", "country", "city"])
    assert not _too_long(DATA["countries"], Country, ["code", "capital", "successor"])
    spellings = [{"name": n} for p in DATA["places"] for n in p["names"]]
    assert not _too_long(spellings, PlaceName, ["name"])
    assert not _too_long(DATA["agreements"], Agreement, ["title", "signed_place"])


def test_roles_kinds_and_dates_are_valid():
    for leader in DATA["leaders"]:
        assert {o["role"] for o in leader["offices"]} <= ROLES, leader["name"]
        assert {a["kind"] for a in leader["aliases"]} <= ALIAS_KINDS, leader["name"]
        for office in leader["offices"]:
            if office["start"] and office["end"]:
                assert office["start"] <= office["end"], leader["name"]


def test_text_is_nfc_and_no_alias_names_two_leaders():
    owners: dict = {}
    for leader in DATA["leaders"]:
        for text in [leader["name"], *(a["alias"] for a in leader["aliases"])]:
            assert unicodedata.is_normalized("NFC", text), text
        for alias in {a["alias"].casefold() for a in leader["aliases"]}:
            owners.setdefault(alias, set()).add(leader["name"])
    shared = {alias: names for alias, names in owners.items() if len(names) > 1}
    assert not shared


@pytest.mark.django_db
def test_the_files_load_and_load_again_adding_nothing():
    from archive.records.reference import reference_load

    first = reference_load(DATA)
    assert first.leaders == len({(i["name"], i["country"]) for i in DATA["leaders"]})
    again = reference_load(DATA)
    assert (again.leaders, again.aliases, again.offices, again.places) == (0, 0, 0, 0)


@pytest.mark.django_db
def test_a_date_of_relations_fills_in_but_never_replaces_what_staff_wrote():
    from datetime import date

    from archive.records.reference import reference_load

    reference_load(DATA)
    Country.objects.filter(code="IN").update(relations_since=None)
    Country.objects.filter(code="JP").update(relations_since=date(1973, 9, 20))  # a staff edit
    reference_load(DATA)
    assert Country.objects.get(code="IN").relations_since == date(1972, 1, 7)
    assert Country.objects.get(code="JP").relations_since == date(1973, 9, 20)
