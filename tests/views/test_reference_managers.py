"""What reference managers read from the pages: Highwire `citation_*` tags on meeting and report
pages, COinS on lists. Read with metadata_parser (a real reader of page metadata, searching the
head only, as Zotero does) and the COinS with a standard KEV parser; checked against what Zotero's
Embedded Metadata and COinS translators expect (archive/citations/embedded.py)."""

from datetime import date
from urllib.parse import parse_qs

import metadata_parser
import pytest
from bs4 import BeautifulSoup

from archive.citations import CitationSource
from archive.citations.embedded import coins, highwire
from archive.models import Meeting
from tests.factories import make_article, make_leader, make_meeting

pytestmark = pytest.mark.django_db

BASE = "http://testserver"


def head_tags(client, url: str) -> dict:
    page = client.get(url)
    assert page.status_code == 200
    parsed = metadata_parser.MetadataParser(html=page.content.decode(), search_head_only=True)
    return {
        name: values if isinstance(values, list) else [values]
        for name, values in parsed.parsed_result.metadata["meta"].items()
        if name.startswith("citation_")
    }


def coins_on(client, url: str) -> list[dict]:
    page = BeautifulSoup(client.get(url).content, "html.parser")
    return [parse_qs(span["title"]) for span in page.select("span.Z3988")]


@pytest.fixture
def recorded(db):
    putin, thang = (
        make_leader(name="Vladimir Putin", country="RU"),
        make_leader(name="Võ Văn Thưởng"),
    )
    report = make_article(byline="Nguyễn Hồng Nhung; Trần Minh")
    meeting = make_meeting(
        people=[thang, putin], articles=[report], date=date(2023, 9, 10), venue="Điện Kremli"
    )
    vague = make_meeting(people=[putin], date=date(2015, 5, 1), date_precision="month")
    return meeting, vague, report


def test_a_meeting_page_carries_what_zotero_reads(client, recorded):
    meeting, _, _ = recorded
    tags = head_tags(client, meeting.get_absolute_url())
    # in the page's language, Vietnamese by default
    assert tags["citation_title"] == ["Hội đàm: Võ Văn Thưởng – Vladimir Putin"]
    assert tags["citation_date"] == ["2023/09/10"]
    assert tags["citation_public_url"] == [BASE + meeting.get_absolute_url()]
    assert tags["citation_language"] == ["vi"]
    assert tags["citation_publisher"] == ["Vietnam–Russia Diplomatic Archive"]
    assert "citation_author" not in tags  # a meeting record has no author
    assert "citation_publication_date" not in tags  # the archive does not know it


def test_a_date_is_never_more_precise_than_the_record(client, recorded):
    _, vague, _ = recorded
    assert head_tags(client, vague.get_absolute_url())["citation_date"] == ["2015/05"]


def test_a_report_page_names_each_author_in_its_own_tag(client, recorded):
    meeting, _, report = recorded
    tags = head_tags(client, report.get_absolute_url())
    assert tags["citation_title"] == [report.title]
    # Zotero splits one tag's value on ";": the byline's ";" must not survive inside a tag.
    assert tags["citation_author"] == ["Nguyễn Hồng Nhung, Trần Minh"]
    assert tags["citation_date"] == ["2023/09/10"]  # the meeting it reports
    assert tags["citation_public_url"] == [BASE + report.get_absolute_url()]


def test_lists_carry_one_coins_per_item(client, recorded):
    meeting, vague, _ = recorded
    found = coins_on(client, "/meetings/")
    assert len(found) == Meeting.objects.count() == 2
    by_url = {c["rft.identifier"][0]: c for c in found}
    record = by_url[BASE + meeting.get_absolute_url()]
    assert record["ctx_ver"] == ["Z39.88-2004"]
    assert record["rft_val_fmt"] == ["info:ofi/fmt:kev:mtx:dc"]
    assert record["rft.type"] == ["webpage"]
    assert record["rft.date"] == ["2023-09-10"]
    assert record["rft.coverage"] == ["Điện Kremli, Moscow"]
    assert by_url[BASE + vague.get_absolute_url()]["rft.date"] == ["2015-05"]


def test_search_results_carry_coins(client, seeded):
    page = client.get("/search/", {"q": "Nga"})
    hits = page.context["results"].hits
    found = coins_on(client, "/search/?q=Nga")
    assert hits and len(found) == len(hits)
    assert [c["rft.identifier"][0] for c in found] == [BASE + h.url for h in hits]
    assert all(c["rft.title"] for c in found)


def test_empty_fields_are_left_out_not_sent_empty():
    source = CitationSource(kind="article", key="k", title="Tiêu đề", url="", accessed=date.today())
    assert highwire(source) == [
        ("citation_title", "Tiêu đề"),
        ("citation_publisher", "Vietnam–Russia Diplomatic Archive"),
        ("citation_language", "vi"),
    ]
    assert parse_qs(coins(source))["rft.title"] == ["Tiêu đề"]
    assert "rft.date" not in parse_qs(coins(source))
