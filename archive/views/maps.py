from urllib.parse import urlencode

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from archive.extract.countries import country_name
from archive.forms import YearRangeForm
from archive.maps import world
from archive.maps.places import MeetingPlace, meeting_places, radius
from archive.models import Meeting
from archive.serializers import invalid_parameters
from archive.views.responses import json_response, output_format, respond


def place_url(place: MeetingPlace) -> str:
    """The meeting list of a place: by city, or by country for meetings that name only it."""
    query = {"country": place.country} if place.approximate else {"city": place.name}
    return f"{reverse('archive:meetings')}?{urlencode(query)}"


def label(place: MeetingPlace) -> str:
    """A circle's name: `Moscow (RU): 12 meetings`."""
    if place.approximate:
        text = ngettext(
            "%(name)s (%(country)s, capital: only the country is named): %(count)d meeting",
            "%(name)s (%(country)s, capital: only the country is named): %(count)d meetings",
            place.meetings,
        )
    else:
        text = ngettext(
            "%(name)s (%(country)s): %(count)d meeting",
            "%(name)s (%(country)s): %(count)d meetings",
            place.meetings,
        )
    return text % {"name": place.name or "?", "country": place.country, "count": place.meetings}


def markers(rows: list[dict]) -> list[dict]:
    """Circles to draw, in the rows' order (most meetings first) so that small ones lie on top."""
    most = max((r["place"].meetings for r in rows), default=0)
    drawn = []
    for row in rows:
        if (p := row["place"]).located:
            x, y = world.project(p.lat, p.lon)
            drawn.append({**row, "x": x, "y": y, "r": radius(p.meetings, most), "label": label(p)})
    return drawn


def map_page(request):
    form = YearRangeForm(request.GET)
    if not form.is_valid():
        if output_format(request) == "json":
            return json_response(invalid_parameters(form, _("Invalid filter parameters.")), 400)
        return render(request, "archive/map.html", {"form": form, "places": None}, status=400)
    places = meeting_places(form.apply(Meeting.objects.all()))
    rows = [
        {"place": p, "country_name": country_name(p.country), "url": place_url(p)} for p in places
    ]
    context = {
        "form": form, "rows": rows, "markers": markers(rows), "world": world.world_path(),
        "width": world.WIDTH, "height": world.HEIGHT, "places": places,
        "unplaced": sum(1 for p in places if not p.located),
    }  # fmt: skip
    return respond(
        request, "archive/map.html", context,
        lambda: {"places": [
            {"name": r["place"].name, "country": r["place"].country, "lat": r["place"].lat,
             "lon": r["place"].lon, "meetings": r["place"].meetings,
             "approximate": r["place"].approximate, "url": request.build_absolute_uri(r["url"])}
            for r in rows
        ]},
    )  # fmt: skip
