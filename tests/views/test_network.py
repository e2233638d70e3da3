"""Who met whom: the pure graph functions, the leader page's "Met with", the meeting list's
`with` filter and the /network/ page with its twin."""

import json
import re
from datetime import date

import pytest
from django.core.cache import cache
from django.http import QueryDict

from archive.forms import NetworkFilterForm
from archive.network.drawing import drawing
from archive.network.graph import (
    layout,
    meetings_per_leader,
    network,
    shared_meetings,
    top_leaders,
)
from tests.factories import make_leader, make_meeting

ROWS = [(1, 10), (1, 20), (1, 30), (2, 10), (2, 20), (3, 20), (3, 40), (4, 50)]


def names(ids):
    return {i: (f"L{i}", "RU" if i % 20 == 0 else "VN", f"l{i}") for i in ids}


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()  # the archive stamp is 0 in every test database: keys would repeat
    yield
    cache.clear()


def test_shared_meetings_counts_each_pair_once_per_meeting():
    assert shared_meetings(ROWS) == {(10, 20): 2, (10, 30): 1, (20, 30): 1, (20, 40): 1}
    assert meetings_per_leader(ROWS) == {10: 2, 20: 3, 30: 1, 40: 1, 50: 1}


def test_top_leaders_breaks_ties_by_id():
    assert top_leaders(meetings_per_leader(ROWS), 3) == [20, 10, 30]


def test_the_layout_is_the_same_whatever_the_order():
    pairs = shared_meetings(ROWS)
    first = layout([10, 20, 30, 40], dict(pairs))
    again = layout([40, 30, 20, 10], dict(reversed(list(pairs.items()))))
    assert first == again
    assert all(0 <= x <= 1000 and 0 <= y <= 1000 for x, y in first.values())


def test_network_keeps_the_most_active_and_only_their_edges():
    nodes, edges, in_all = network(ROWS, names, limit=2)
    assert [n.id for n in nodes] == [20, 10] and in_all == 5
    assert [(e.source, e.target, e.weight) for e in edges] == [(10, 20, 2)]


def test_an_empty_archive_draws_nothing():
    assert network([], names, limit=50) == ([], [], 0)


def test_drawing_scales_by_weight_and_names_countries():
    nodes, edges, _ = network(ROWS, names, limit=5)
    picture = drawing(nodes, edges)
    radius = {n["node"].id: n["r"] for n in picture["nodes"]}
    assert radius[20] > radius[10] > radius[30]
    widths = [e["width"] for e in picture["edges"]]
    assert widths[0] == max(widths)
    assert picture["legend"] == [("VN", "country-0"), ("RU", "country-1")]


@pytest.mark.parametrize(
    "query, years, countries",
    [
        pytest.param("country=vn&country=RU", (None, None), ("RU", "VN"), id="repeated"),
        pytest.param("country=VN,ru&from=2010&to=2015", (2010, 2015), ("RU", "VN"), id="comma"),
        pytest.param("", (None, None), (), id="none"),
    ],
)
def test_network_filters_read_from_the_url(query, years, countries):
    form = NetworkFilterForm(QueryDict(query))
    assert form.is_valid(), form.errors
    data = form.cleaned_data
    assert (data["year_from"], data["year_to"]) == years and data["country"] == countries


@pytest.fixture
def people(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # as if committed: the stamp rises
        sang, putin = make_leader(name="Trương Tấn Sang"), make_leader(name="Putin", country="RU")
        lavrov = make_leader(name="Lavrov", country="RU")
        shared = [
            make_meeting(people=(sang, putin), date=date(2013, 11, 12)),
            make_meeting(people=(sang, putin, lavrov), date=date(2015, 5, 1)),
        ]
        alone = make_meeting(people=(sang, lavrov), date=date(2014, 1, 1))
        make_meeting(people=(putin,), date=date(2016, 1, 1))
    return sang, putin, lavrov, shared, alone


def test_the_leader_twin_lists_who_they_met(client, people):
    sang, putin, lavrov, _shared, _alone = people
    twin = json.loads(client.get(sang.get_absolute_url(), {"format": "json"}).content)
    met = {m["name"]: m for m in twin["met_with"]}
    assert [m["name"] for m in twin["met_with"]] == ["Lavrov", "Putin"]  # ties by name
    assert met["Putin"]["meetings"] == 2 and met["Lavrov"]["meetings"] == 2
    assert (met["Putin"]["first"], met["Putin"]["last"]) == ("2013-11-12", "2015-05-01")
    assert met["Putin"]["url"].endswith(putin.get_absolute_url())
    assert set(met["Putin"]) == {"id", "name", "country", "url", "meetings", "first", "last",
                                 "meetings_url"}  # fmt: skip


def test_a_met_with_count_links_to_exactly_the_shared_meetings(client, people):
    sang, putin, _lavrov, shared, _alone = people
    page = client.get(sang.get_absolute_url()).content.decode()
    assert "Xem mạng lưới" in page and 'href="/network/"' in page
    link = re.search(rf'href="([^"]*with={putin.pk}[^"]*)"', page)[1].replace("&amp;", "&")
    listed = json.loads(client.get(link + "&format=json").content)["meetings"]
    assert sorted(m["id"] for m in listed) == sorted(m.pk for m in shared)


def test_the_meeting_list_needs_both_leaders(client, people):
    sang, putin, lavrov, shared, alone = people
    both = client.get("/meetings/", {"leader": lavrov.pk, "with": putin.pk, "format": "json"})
    assert [m["id"] for m in json.loads(both.content)["meetings"]] == [shared[1].pk]
    page = client.get("/meetings/", {"leader": lavrov.pk, "with": putin.pk}).content.decode()
    assert f'<option value="{putin.pk}" selected>' in page
    bad = client.get("/meetings/", {"with": "x", "format": "json"})
    assert bad.status_code == 400 and "with_leader" in json.loads(bad.content)["form_errors"]


def test_the_network_twin(client, people):
    sang, putin, lavrov, _shared, _alone = people
    twin = json.loads(client.get("/network/", {"format": "json"}).content)
    assert {n["name"]: n["meetings"] for n in twin["nodes"]} == {
        "Trương Tấn Sang": 3, "Putin": 3, "Lavrov": 2}  # fmt: skip
    assert set(twin["nodes"][0]) == {"id", "name", "country", "url", "meetings", "x", "y"}
    weights = {(e["source"], e["target"]): e["weight"] for e in twin["edges"]}
    assert weights[tuple(sorted((sang.pk, putin.pk)))] == 2
    edge = next(e for e in twin["edges"] if {e["source"], e["target"]} == {sang.pk, putin.pk})
    listed = client.get(edge["meetings_url"] + "&format=json")
    assert len(json.loads(listed.content)["meetings"]) == 2


def test_the_network_filters_by_years_and_countries(client, people):
    sang, putin, lavrov, _shared, _alone = people
    twin = json.loads(client.get("/network/?from=2014&to=2014&format=json").content)
    assert {n["id"] for n in twin["nodes"]} == {sang.pk, lavrov.pk}
    twin = json.loads(client.get("/network/?country=RU&format=json").content)
    assert {n["id"] for n in twin["nodes"]} == {putin.pk, lavrov.pk}
    assert [e["weight"] for e in twin["edges"]] == [1]


def test_the_network_page_is_an_accessible_picture_and_a_table(client, people):
    sang, putin, _lavrov, _shared, _alone = people
    page = client.get("/network/").content.decode()
    assert 'role="group"' in page and "<title id=" in page and "<desc id=" in page
    assert page.count(f'href="{putin.get_absolute_url()}"') == 3  # a node, two table rows
    assert f"leader={min(sang.pk, putin.pk)}&amp;with={max(sang.pk, putin.pk)}" in page
    assert "RU: " in page  # the legend names the country, not only a colour
    assert "<script" not in page.split("<main", 1)[-1]


@pytest.mark.parametrize(
    "query",
    ["from=abc", "to=99999", "from=2016&to=2010", "country=RUS", "country=R1"],
)
def test_bad_network_filters_are_a_400(client, db, query):
    assert client.get(f"/network/?{query}").status_code == 400
    response = client.get(f"/network/?{query}&format=json")
    assert response.status_code == 400 and json.loads(response.content)["form_errors"]


def test_the_network_is_cached_until_a_record_changes(
    client, people, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    sang, putin, *_ = people
    client.get("/network/")
    client.get(sang.get_absolute_url())
    with django_assert_max_num_queries(4):  # the stamp, twice (validators, cache key); no layout
        client.get("/network/?format=json")
    with django_capture_on_commit_callbacks(execute=True):
        make_meeting(people=(sang, putin), date=date(2020, 1, 1))
    twin = json.loads(client.get("/network/", {"format": "json"}).content)
    edge = next(e for e in twin["edges"] if {e["source"], e["target"]} == {sang.pk, putin.pk})
    assert edge["weight"] == 3
    twin = json.loads(client.get(sang.get_absolute_url(), {"format": "json"}).content)
    assert next(m for m in twin["met_with"] if m["id"] == putin.pk)["meetings"] == 3
