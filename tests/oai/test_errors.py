"""Every protocol error the endpoint answers: HTTP 200, the OAI error element, a valid document."""

import pytest

NS = {"o": "http://www.openarchives.org/OAI/2.0/"}
pytestmark = pytest.mark.django_db


def error_of(document) -> str:
    (error,) = document.findall("o:error", NS)
    assert error.text
    return error.get("code")


def request_attributes(document) -> dict:
    return dict(document.find("o:request", NS).attrib)


def test_bad_verb(oai):
    document = oai(verb="Harvest")
    assert error_of(document) == "badVerb"
    assert request_attributes(document) == {}  # not echoed after badVerb


@pytest.mark.parametrize(
    "arguments",
    [
        pytest.param(
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "colour": "red"}, id="unknown"
        ),
        pytest.param(
            {"verb": "ListRecords", "metadataPrefix": ["oai_dc", "oai_dc"]}, id="repeated"
        ),
        pytest.param(
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "yesterday"}, id="bad-date"
        ),
        pytest.param(
            {
                "verb": "ListRecords",
                "metadataPrefix": "oai_dc",
                "from": "2017-01-01",
                "until": "2015-01-01",
            },
            id="from-after-until",
        ),
        pytest.param(
            {
                "verb": "ListRecords",
                "metadataPrefix": "oai_dc",
                "from": "2015-01-01",
                "until": "2017-01-01T00:00:00Z",
            },
            id="mixed-granularity",
        ),
        pytest.param({"verb": "GetRecord", "metadataPrefix": "oai_dc"}, id="missing"),
    ],
)
def test_bad_argument(oai, arguments):
    document = oai(**arguments)
    assert error_of(document) == "badArgument"
    assert request_attributes(document) == {}


def test_bad_resumption_token(oai):
    document = oai(verb="ListIdentifiers", resumptionToken="bm90IGEgdG9rZW4")
    assert error_of(document) == "badResumptionToken"
    assert request_attributes(document)["resumptionToken"] == "bm90IGEgdG9rZW4"


def test_cannot_disseminate_format(seeded, oai):
    document = oai(verb="ListRecords", metadataPrefix="marc21")
    assert error_of(document) == "cannotDisseminateFormat"
    assert request_attributes(document) == {"verb": "ListRecords", "metadataPrefix": "marc21"}


@pytest.mark.parametrize(
    "identifier",
    ["oai:testserver:meeting/99999", "oai:elsewhere.example:meeting/1", "oai:testserver:leader/1"],
)
def test_id_does_not_exist(seeded, oai, identifier):
    assert error_of(oai(verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier)) == (
        "idDoesNotExist"
    )
    assert error_of(oai(verb="ListMetadataFormats", identifier=identifier)) == "idDoesNotExist"


@pytest.mark.parametrize(
    "arguments",
    [
        pytest.param({"set": "year:1800"}, id="empty-set"),
        pytest.param({"set": "colour:red"}, id="no-such-set"),
        pytest.param({"from": "2999-01-01"}, id="future"),
    ],
)
def test_no_records_match(seeded, oai, arguments):
    document = oai(verb="ListIdentifiers", metadataPrefix="oai_dc", **arguments)
    assert error_of(document) == "noRecordsMatch"


def test_no_set_hierarchy_only_while_the_archive_is_empty(oai):
    assert error_of(oai(verb="ListSets")) == "noSetHierarchy"


def test_post_answers_like_get(seeded, oai):
    assert error_of(oai("post", verb="Harvest")) == "badVerb"
    assert oai("post", verb="Identify").find("o:Identify", NS) is not None


def test_other_methods_are_refused(client):
    assert client.put("/oai/?verb=Identify").status_code == 405
