"""The map of meeting places: the vendored outlines decode and project where they should, meetings
group per place, /map/ and its JSON twin, and the small map of a meeting page."""

import json
from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from archive.maps import world
from archive.maps.places import City, group
from archive.models import Place
from tests.factories import make_meeting

PLACES = Path(__file__).resolve().parents[2] / "fixtures" / "reference" / "places.json"


def test_known_points_land_where_expected():
    hanoi, moscow = world.project(21.03, 105.85), world.project(55.76, 37.62)
    assert hanoi[0] > moscow[0] and hanoi[1] > moscow[1]  # east of Moscow and south of it
    assert world.project(0, 0) == (360, 168)  # the equator's crossing with Greenwich
    assert world.project(world.NORTH, -180) == (0, 0)


def test_arcs_are_delta_decoded_and_reversed_arcs_read_backwards():
    topology = {
        "transform": {"scale": [1, 1], "translate": [10, 20]},
        "arcs": [[[0, 0], [2, 0], [0, 3]], [[2, 3], [-2, -3]]],
    }
    arcs = world.decode_arcs(topology)
    assert arcs == [[(10, 20), (12, 20), (12, 23)], [(12, 23), (10, 20)]]
    assert world.ring(arcs, [0, 1]) == [(10, 20), (12, 20), (12, 23), (10, 20)]
    assert world.ring(arcs, [~1]) == [(10, 20), (12, 23)]


def test_a_ring_across_the_antimeridian_is_drawn_on_both_edges():
    continuous, copy = world.across_antimeridian([(179, -16), (-179, -16), (-179, -17), (179, -17)])
    assert [lon for lon, _ in continuous] == [179, 181, 181, 179]
    assert [lon for lon, _ in copy] == [-181, -179, -179, -181]


def test_the_world_is_decoded_once_small_and_without_antarctica():
    path = world.world_path()
    assert world.outlines() is world.outlines()
    assert path.startswith("M") and path.count("z") > 200
    assert len(path) < 90_000
    southmost = max(o.box[3] for o in world.outlines())
    assert southmost < world.HEIGHT + 20  # Antarctica (far below the band) is left out


def test_the_window_around_a_place_holds_its_neighbours_only():
    hanoi = world.window(21.03, 105.85)
    assert hanoi["x"], hanoi["y"] == world.project(21.03, 105.85)
    assert 0 < len(hanoi["d"]) < len(world.world_path()) / 5


def test_famous_cities_have_their_coordinates():
    places = {p["name"]: p for p in json.loads(PLACES.read_text(encoding="utf-8"))["places"]}
    expected = {
        "Hanoi": (21.03, 105.85), "Moscow": (55.76, 37.62), "Sochi": (43.6, 39.73),
        "Beijing": (39.9, 116.4), "Ho Chi Minh City": (10.8, 106.7), "Vladivostok": (43.1, 131.9),
        "Saint Petersburg": (59.94, 30.31), "Tokyo": (35.69, 139.69), "Washington": (38.9, -77.04),
        "Paris": (48.86, 2.35), "Canberra": (-35.28, 149.13), "Brasília": (-15.78, -47.93),
        "Hekou": (22.5, 103.96), "Pingxiang": (22.1, 106.76),
    }  # fmt: skip
    for name, (lat, lon) in expected.items():
        assert abs(places[name]["lat"] - lat) < 0.2 and abs(places[name]["lon"] - lon) < 0.2, name
    cities = [p for p in places.values() if p.get("kind", "city") == "city"]
    assert all("lat" in p and "lon" in p for p in cities)


def test_rows_group_per_place_and_a_country_alone_goes_to_its_capital():
    moscow = City("Moscow", "RU", 55.75, 37.62)
    lookup = {"Moscow": moscow, "Mát-xcơ-va": moscow, "Hanoi": City("Hanoi", "VN", 21.0, 105.8)}
    rows = [
        {"city": "Moscow", "country": "SU", "n": 2, "first": 1987, "last": 1990},
        {"city": "Mát-xcơ-va", "country": "RU", "n": 3, "first": 1995, "last": 2020},
        {"city": "", "country": "VN", "n": 1, "first": 2001, "last": 2001},
        {"city": "Atlantis", "country": "GR", "n": 1, "first": None, "last": None},
        {"city": "", "country": "", "n": 4, "first": 2000, "last": 2000},
    ]
    places = group(rows, lookup, {"VN": "Hanoi"})
    assert [(p.name, p.country, p.meetings, p.approximate) for p in places] == [
        ("Moscow", "RU", 5, False), ("Atlantis", "GR", 1, False), ("Hanoi", "VN", 1, True),
    ]  # fmt: skip
    assert (places[0].first, places[0].last) == (1987, 2020)
    assert not places[1].located and places[2].located


@pytest.mark.django_db
def test_reference_data_loads_coordinates_and_fills_missing_ones(reference_data):
    from django.core.management import call_command

    hanoi = Place.objects.get(name="Hanoi")
    assert abs(hanoi.latitude - 21.03) < 0.1 and abs(hanoi.longitude - 105.85) < 0.1
    Place.objects.filter(name="Hanoi").update(latitude=None, longitude=None)
    Place.objects.filter(name="Sochi").update(latitude=1, longitude=2)  # staff's word stays
    call_command("load_reference_data", verbosity=0)
    assert Place.objects.get(name="Hanoi").latitude is not None
    assert Place.objects.get(name="Sochi").latitude == 1


@pytest.fixture
def meetings(reference_data, client):
    client.cookies["django_language"] = "en"  # the titles below are the English msgids
    return [
        make_meeting(city="Moscow", country="RU", date=date(2015, 5, 8)),
        make_meeting(city="Moscow", country="SU", date=date(1987, 5, 8)),
        make_meeting(city="Hà Nội", country="VN", date=date(2019, 1, 1)),
        make_meeting(city="", country="VN", date=date(2020, 1, 1)),
        make_meeting(city="Nowhere", country="RU", date=date(2021, 1, 1)),
    ]


@pytest.mark.django_db
def test_map_page_draws_a_linked_circle_per_place_and_a_table(client, meetings):
    page = BeautifulSoup(client.get("/map/").content, "html.parser")
    svg = page.select_one("figure.world-map svg")
    assert svg["role"] == "group" and svg.title and svg.desc  # `img` may hold no links (axe)
    links = {a.title.get_text(strip=True): a["href"] for a in svg.select("a")}
    assert all(a["aria-label"] == a.title.get_text() for a in svg.select("a"))
    assert links["Moscow (RU): 2 meetings"] == "/meetings/?city=Moscow"
    assert links["Hanoi (VN): 1 meeting"] == "/meetings/?city=Hanoi"
    assert "/meetings/?country=VN" in links.values()  # the capital, approximate
    assert len(links) == 3
    assert all("," not in c["cx"] + c["r"] for c in svg.select("circle"))
    rows = page.select("table.map-table tbody tr")
    assert len(rows) == 4
    nowhere = next(r for r in rows if "Nowhere" in r.th.get_text())
    assert nowhere.select_one(".note")  # listed, not dropped
    listed = client.get("/meetings/?city=Moscow&format=json").json()
    assert listed["count"] == 2
    assert client.get("/meetings/?city=Hanoi&format=json").json()["count"] == 1  # by spelling


@pytest.mark.django_db
def test_map_json_twin_and_years(client, meetings):
    places = client.get("/map/?format=json").json()["places"]
    moscow = next(p for p in places if p["name"] == "Moscow")
    assert moscow["country"] == "RU" and moscow["meetings"] == 2
    assert abs(moscow["lat"] - 55.75) < 0.1 and moscow["url"].endswith("/meetings/?city=Moscow")
    assert {p["name"]: p["lat"] for p in places}["Nowhere"] is None
    recent = client.get("/map/?from=2010&to=2019&format=json").json()["places"]
    assert {(p["name"], p["meetings"]) for p in recent} == {("Moscow", 1), ("Hanoi", 1)}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["from=abc", "to=99999", "from=2020&to=2010", "from=1e3"]
)  # fmt: skip
def test_bad_parameters_answer_400(client, meetings, query):
    assert client.get(f"/map/?{query}").status_code == 400
    response = client.get(f"/map/?{query}&format=json")
    assert response.status_code == 400 and "form_errors" in response.json()


@pytest.mark.django_db
def test_meeting_page_shows_its_place_on_a_small_map(client, meetings):
    page = BeautifulSoup(client.get(meetings[0].get_absolute_url()).content, "html.parser")
    small = page.select_one("figure.place-map")
    assert small.a["href"] == "/map/" and "Moscow" in small.svg.title.get_text()
    assert small.svg["viewbox"] != f"0 0 {world.WIDTH} {world.HEIGHT}"
    assert small.circle["cx"] == "435.2"  # not localized (`435,2` is no SVG number)
    approximate = BeautifulSoup(client.get(meetings[3].get_absolute_url()).content, "html.parser")
    assert "Hanoi" in approximate.select_one("figure.place-map").get_text()
    unknown = BeautifulSoup(client.get(meetings[4].get_absolute_url()).content, "html.parser")
    assert unknown.select_one("figure.place-map") is None


@pytest.mark.django_db
def test_reachable_from_nav_and_home(client, meetings):
    page = BeautifulSoup(client.get("/").content, "html.parser")
    assert page.select_one("nav a[href='/map/']") and page.select_one("main a[href='/map/']")
