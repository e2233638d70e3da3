"""The XML itself, without a database."""

from datetime import UTC, datetime

from archive.oai import rendering
from archive.oai.protocol import Key
from archive.oai.records import Record

from .schema import validated

DC = "{http://purl.org/dc/elements/1.1/}"


def test_characters_xml_cannot_carry_are_dropped_and_the_rest_kept():
    record = Record(
        "oai:archive.example:article/1",
        datetime(2024, 5, 1, 8, 30, tzinfo=UTC),
        ["type:article"],
        [("title", "Hội đàm\x0b Việt – Nga\x00"), ("description", "Mát-xcơ-va, 3-11 (TTXVN)")],
        Key(1, 1),
    )
    body = rendering.document(
        "http://archive.example/oai/",
        {"verb": "GetRecord", "identifier": record.identifier, "metadataPrefix": "oai_dc"},
        rendering.verb("GetRecord", rendering.record(record)),
    )
    document = validated(body)
    assert [e.text for e in document.iter(f"{DC}title")] == ["Hội đàm Việt – Nga"]
    assert b"Vi\xe1\xbb\x87t" in body  # UTF-8, not character references
    assert b"<datestamp>2024-05-01T08:30:00Z</datestamp>" in body


def test_a_deleted_record_is_a_header_only():
    record = Record(
        "oai:h.example:meeting/9", datetime(2024, 1, 1, tzinfo=UTC), [], None, Key(0, 9)
    )
    element = rendering.record(record)
    assert [child.tag for child in element] == ["header"]
    assert element[0].get("status") == "deleted"
