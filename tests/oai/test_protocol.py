"""Arguments, dates and resumption tokens, without a database."""

from datetime import UTC, datetime

import pytest

from archive.oai import protocol
from archive.oai.protocol import Key, OaiError


def args(**given) -> dict[str, list[str]]:
    return {name: value if isinstance(value, list) else [value] for name, value in given.items()}


@pytest.mark.parametrize(
    ("given", "code"),
    [
        pytest.param({}, "badVerb", id="no-verb"),
        pytest.param(args(verb="Harvest"), "badVerb", id="unknown-verb"),
        pytest.param(args(verb=["Identify", "Identify"]), "badVerb", id="repeated-verb"),
        pytest.param(args(verb="Identify", set="x"), "badArgument", id="unknown-argument"),
        pytest.param(
            args(verb="ListRecords", metadataPrefix=["oai_dc", "oai_dc"]),
            "badArgument",
            id="repeated",
        ),
        pytest.param(args(verb="ListRecords"), "badArgument", id="missing-prefix"),
        pytest.param(
            args(verb="GetRecord", metadataPrefix="oai_dc"), "badArgument", id="missing-id"
        ),
        pytest.param(
            args(verb="ListRecords", metadataPrefix="oai_dc", **{"from": "2015-13-01"}),
            "badArgument",
            id="impossible-date",
        ),
        pytest.param(
            args(verb="ListRecords", metadataPrefix="oai_dc", until="2015-01-01T10:00:00+07:00"),
            "badArgument",
            id="not-utc",
        ),
        pytest.param(
            args(
                verb="ListRecords",
                metadataPrefix="oai_dc",
                **{"from": "2015-01-01"},
                until="2015-01-02T00:00:00Z",
            ),
            "badArgument",
            id="mixed-granularity",
        ),
        pytest.param(
            args(
                verb="ListRecords",
                metadataPrefix="oai_dc",
                **{"from": "2016-01-01"},
                until="2015-01-01",
            ),
            "badArgument",
            id="from-after-until",
        ),
        pytest.param(
            args(verb="ListRecords", resumptionToken="x", metadataPrefix="oai_dc"),
            "badArgument",
            id="token-not-exclusive",
        ),
        pytest.param(
            args(verb="ListRecords", resumptionToken="!!!"),
            "badResumptionToken",
            id="garbage-token",
        ),
        pytest.param(
            args(verb="ListRecords", metadataPrefix="oai dc"), "badArgument", id="prefix-syntax"
        ),
        pytest.param(
            args(verb="ListRecords", metadataPrefix="oai_dc", set="year:"),
            "badArgument",
            id="set-syntax",
        ),
    ],
)
def test_refused(given, code):
    with pytest.raises(OaiError) as refused:
        protocol.parse(given)
    assert refused.value.code == code


def test_day_bounds_are_inclusive():
    request = protocol.parse(
        args(
            verb="ListIdentifiers",
            metadataPrefix="oai_dc",
            **{"from": "2015-05-09"},
            until="2015-05-09",
        )
    )
    assert request.query.from_ == datetime(2015, 5, 9, tzinfo=UTC)
    assert request.query.until == datetime(2015, 5, 9, 23, 59, 59, tzinfo=UTC)


def test_token_carries_the_query_and_the_last_key():
    request = protocol.parse(
        args(
            verb="ListRecords",
            metadataPrefix="oai_dc",
            set="year:2015",
            until="2020-01-02T03:04:05Z",
        )
    )
    text = protocol.token(request, Key(1, 42), cursor=100)
    resumed = protocol.parse(args(verb="ListRecords", resumptionToken=text))
    assert resumed.query == request.query
    assert (resumed.after, resumed.cursor) == (Key(1, 42), 100)


def test_token_is_for_its_own_verb():
    request = protocol.parse(args(verb="ListRecords", metadataPrefix="oai_dc"))
    text = protocol.token(request, Key(0, 7), cursor=2)
    with pytest.raises(OaiError) as refused:
        protocol.parse(args(verb="ListIdentifiers", resumptionToken=text))
    assert refused.value.code == "badResumptionToken"


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("oai:archive.example:meeting/12", protocol.Identifier("archive.example", "meeting", 12)),
        ("oai:localhost:article/3", protocol.Identifier("localhost", "article", 3)),
        ("oai:localhost:leader/3", None),
        ("oai:localhost:article/03", None),
        ("meeting/3", None),
    ],
)
def test_identifiers(text, parsed):
    assert protocol.parse_identifier(text) == parsed
