"""`/relations/`: the pairs of countries that met; `/relations/vn-ru/`: one pair's chronology."""

from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse

from archive import relations
from archive.extract.countries import country_name
from archive.serializers import MEETING_CSV_HEADER, meeting_row
from archive.views.home import BAR_STEP, BAR_WIDTH, CHART_HEIGHT, CHART_TOP, bars
from archive.views.responses import respond


def relation_list(request):
    pairs = relations.pairs_with_meetings()
    for row in pairs:
        row["names"] = [country_name(code) for code in row["pair"]]
    return respond(
        request, "archive/relation_list.html", {"pairs": pairs},
        lambda: {"pairs": [
            {"countries": list(r["pair"]), "meetings": r["meetings"],
             "url": _url(r["pair"])} for r in pairs
        ]},
        lambda: ("relations.csv", ["country_a", "country_b", "meetings", "url"], [
            [*r["pair"], r["meetings"], request.build_absolute_uri(_url(r["pair"]))]
            for r in pairs
        ]),
    )  # fmt: skip


def relation_detail(request, a, b):
    written = f"{a}-{b}"
    a, b = a.upper(), b.upper()
    if not (relations.known_code(a) and relations.known_code(b)) or a == b:
        raise Http404("unknown country pair")
    pair = relations.canonical_pair(a, b)
    if written != relations.slug(pair):
        target = _url(pair)
        return redirect(
            f"{target}?{request.GET.urlencode()}" if request.GET else target, permanent=True
        )
    found = relations.chronology(pair)
    counts, agreements, sides, levels = (
        found[k] for k in ("counts", "agreements", "sides", "levels")
    )
    names = [country_name(code) for code in pair]
    chart = bars(counts)
    context = {
        "pair": pair, "slug": relations.slug(pair), "names": names, "chart": chart,
        "total": sum(counts.values()), "agreements": agreements, "levels": levels,
        "sides": [(code, name, sides[code]) for code, name in zip(pair, names, strict=True)],
        "chart_width": len(chart) * BAR_STEP, "chart_view_height": CHART_TOP + CHART_HEIGHT + 10,
        "chart_label_y": CHART_TOP + CHART_HEIGHT + 8, "bar_width": BAR_WIDTH,
    }  # fmt: skip
    listed = relations.pair_meetings(pair).with_participants().order_by("date", "pk")
    return respond(
        request, "archive/relation_detail.html", context,
        lambda: _twin(pair, names, counts, agreements, sides, levels),
        lambda: (f"relations-{relations.slug(pair)}.csv", MEETING_CSV_HEADER,
                 [meeting_row(m, request.build_absolute_uri) for m in listed]),
    )  # fmt: skip


def _url(pair) -> str:
    return reverse(
        "archive:relations", kwargs=dict(zip("ab", relations.slug(pair).split("-"), strict=True))
    )


def _twin(pair, names, counts, agreements, sides, levels) -> dict:
    return {
        "countries": [{"code": c, "name": n} for c, n in zip(pair, names, strict=True)],
        "meetings_per_year": [{"year": y, "count": n} for y, n in counts.items()],
        "agreements": [
            {"id": a.pk, "title": a.title, "kind": a.kind, "signed_date": a.signed_date.isoformat() if a.signed_date else None,
             "url": a.get_absolute_url()} for a in agreements
        ],
        "partnership_levels": [
            {"level": lv.level, "established_year": lv.year,
             "reported_date": lv.reported.isoformat() if lv.reported else None,
             "sentence": lv.sentence, "report": {"id": lv.article.pk, "title": lv.article.title,
                                                 "url": lv.article.get_absolute_url()}} for lv in levels
        ],
        "leaders": {
            code: [{"id": r["leader_id"], "name": r["leader__name"], "first_year": r["first"], "last_year": r["last"],
                    "meetings": r["meetings"], "url": reverse("archive:leader", args=[r["leader_id"], r["leader__slug"]])}
                   for r in rows] for code, rows in sides.items()
        },
        "meetings_url": f"{reverse('archive:meetings')}?pair={relations.slug(pair)}",
    }  # fmt: skip
