"""The OpenAPI document: valid, generated from the forms and URL patterns, and every twin's real
answer fits its shape exactly (no key more, none less)."""

import json

import pytest
from openapi_spec_validator import validate
from pydantic import TypeAdapter

from archive.api import shapes
from archive.api.operations import OPERATIONS
from archive.forms import MeetingFilterForm
from archive.models import Agreement, Article, Leader, Meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def document(client, seeded):
    return json.loads(client.get("/api/openapi.json").content)


def test_the_document_is_valid_openapi(document):
    validate(document)
    assert document["openapi"] == "3.1.0"


def test_every_operation_is_described(document):
    ids = {op["operationId"] for methods in document["paths"].values() for op in methods.values()}
    assert ids == {operation.operation_id for operation in OPERATIONS}
    assert "/meetings/{pk}/{slug}/" in document["paths"]


def test_query_parameters_come_from_the_form(document):
    parameters = {p["name"]: p for p in document["paths"]["/meetings/"]["get"]["parameters"]}
    public = MeetingFilterForm.public_names
    assert {public.get(name, name) for name in MeetingFilterForm.base_fields} <= set(parameters)
    assert "with" in parameters
    assert set(parameters["kind"]["schema"]["enum"]) == set(Meeting.Kind.values)
    assert parameters["year"]["schema"] == {"type": "integer", "minimum": 1900, "maximum": 2100}
    search = {p["name"] for p in document["paths"]["/search/"]["get"]["parameters"]}
    assert {"q", "from", "to", "sort", "page", "leader", "mt"} <= search


def test_path_examples_are_real_records(document):
    parameters = document["paths"]["/meetings/{pk}/{slug}/"]["get"]["parameters"]
    examples = {p["name"]: p["example"] for p in parameters if p["in"] == "path"}
    meeting = Meeting.objects.order_by("pk").first()
    assert examples == {"pk": meeting.pk, "slug": meeting.slug}


def twins(meeting, leader, agreement, article):
    return [
        ("/?format=json", shapes.Home),
        ("/meetings/?format=json&sort=-date", shapes.MeetingPage),
        (meeting.get_absolute_url() + "?format=json", shapes.MeetingDetail),
        ("/leaders/?format=json", list[shapes.LeaderListItem]),
        (leader.get_absolute_url() + "?format=json", shapes.LeaderDetail),
        ("/agreements/?format=json", list[shapes.AgreementListItem]),
        (agreement.get_absolute_url() + "?format=json", shapes.AgreementDetail),
        (article.get_absolute_url() + "?format=json", shapes.ArticleDetail),
        ("/search/?q=Putin&format=json", shapes.SearchResponse),
        ("/search/?q=&format=json", shapes.SearchResponse),
        ("/search/?page=0&format=json", shapes.InvalidParameters),
        ("/meetings/?year=abc&format=json", shapes.InvalidParameters),
        ("/search/suggest/?q=pu", shapes.Suggestions),
        ("/data/?format=json", shapes.Downloads),
        ("/map/?from=2000&format=json", shapes.MeetingMap),
        ("/map/?from=abc&format=json", shapes.InvalidParameters),
        ("/network/?format=json", shapes.Network),
        ("/network/?from=2020&to=2010&format=json", shapes.InvalidParameters),
    ]


def test_every_twin_fits_its_shape_exactly(client, seeded):
    leader = Leader.objects.filter(participations__isnull=False).first()
    agreement = Agreement.objects.filter(meeting_links__isnull=False).first()
    records = Meeting.objects.first(), leader, agreement, Article.objects.first()
    for url, shape in twins(*records):
        response = client.get(url)
        assert response["Content-Type"] == "application/json", url
        TypeAdapter(shape).validate_json(response.content, strict=False)


def test_a_key_the_shape_does_not_know_is_refused():
    with pytest.raises(ValueError, match="Extra inputs"):
        TypeAdapter(shapes.Counts).validate_python(
            {"articles": 1, "meetings": 1, "leaders": 1, "agreements": 1, "photos": 0}
        )


def test_a_huge_leader_id_is_a_400_not_a_server_error(client, db):
    response = client.get("/meetings/", {"leader": "9" * 30, "format": "json"})
    assert response.status_code == 400
    assert "leader" in json.loads(response.content)["form_errors"]


def test_a_failed_csv_search_answers_its_reason_in_json(client, db):
    response = client.get("/search/", {"q": "*", "format": "csv"})
    assert response.status_code == 400 and response["Content-Type"] == "application/json"
    assert json.loads(response.content)["error"]


@pytest.mark.parametrize("language, heading", [("vi", "Thao tác"), ("en", "Operations")])
def test_the_api_page_lists_operations_and_shapes(client, seeded, language, heading):
    client.cookies["django_language"] = language
    page = client.get("/api/").content.decode()
    assert f"<h2>{heading}</h2>" in page
    assert "GET /meetings/{pk}/{slug}/" in page and 'id="shape-MeetingSummary"' in page
    assert "<script" not in page.split("</head>", 1)[1]
