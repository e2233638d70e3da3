"""/network/: who met whom, drawn as a graph of the most active leaders, and as a table."""

from babel import Locale
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from archive.forms import NetworkFilterForm
from archive.network.drawing import drawing
from archive.network.queries import NETWORK_LEADERS, cached_network, shared_meetings_url
from archive.serializers import invalid_parameters
from archive.views.responses import json_response, output_format, respond


def network_page(request):
    form = NetworkFilterForm(request.GET)
    if not form.is_valid():
        if output_format(request) == "json":
            return json_response(invalid_parameters(form, _("Invalid filter parameters.")), 400)
        return render(request, "archive/network.html", {"form": form}, status=400)
    data = form.cleaned_data
    nodes, edges, leaders_in_all = cached_network(
        data["year_from"], data["year_to"], data["country"]
    )
    urls = {n.id: reverse("archive:leader", args=[n.id, n.slug]) for n in nodes}
    pairs = _pairs(nodes, edges, urls)
    picture = drawing(nodes, edges)
    names = _country_names([code for code, _colour in picture["legend"]])
    picture["legend"] = [(code, names[code], colour) for code, colour in picture["legend"]]
    context = {
        "form": form, **picture, "pairs": pairs, "limit": NETWORK_LEADERS, "shown": len(nodes),
        "leaders_in_all": leaders_in_all,
    }  # fmt: skip
    absolute = request.build_absolute_uri
    return respond(
        request, "archive/network.html", context,
        lambda: {
            "leaders_in_all": leaders_in_all, "limit": NETWORK_LEADERS,
            "nodes": [{"id": n.id, "name": n.name, "country": n.country, "url": absolute(urls[n.id]),
                       "meetings": n.meetings, "x": n.x, "y": n.y} for n in nodes],
            "edges": [{"source": e.source, "target": e.target, "weight": e.weight,
                       "meetings_url": absolute(p["meetings_url"])} for e, p in zip(edges, pairs, strict=True)],
        },
    )  # fmt: skip


def _pairs(nodes, edges, urls) -> list[dict]:
    """The table's rows: each pair's names, pages and shared meetings."""
    people = {n.id: n.name for n in nodes}
    return [
        {"edge": e, "a": people[e.source], "b": people[e.target], "a_url": urls[e.source],
         "b_url": urls[e.target], "meetings_url": shared_meetings_url(e.source, e.target)}
        for e in edges
    ]  # fmt: skip


def _country_names(codes) -> dict[str, str]:
    territories = Locale.parse(get_language() or "vi", sep="-").territories
    return {code: territories.get(code, code) for code in codes}
