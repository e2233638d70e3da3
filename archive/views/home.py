from django.db.models import Count, F, Max
from django.shortcuts import render

from archive.models import Agreement, Article, Leader, Meeting
from archive.querysets import Year
from archive.records.stamp import kept_until_changed
from archive.serializers import meeting_summary
from archive.views.responses import respond

CHART_HEIGHT, CHART_TOP = 60, 8  # SVG units: bars below a line of counts, above the years
BAR_STEP, BAR_WIDTH = 20, 16


def meetings_per_year() -> list[dict]:
    rows = (
        Meeting.objects.exclude(date=None).annotate(year=Year("date"))
        .values("year").annotate(count=Count("id")).order_by("year")
    )  # fmt: skip
    return bars({row["year"]: row["count"] for row in rows})


def bars(counts: dict[int, int]) -> list[dict]:
    """A bar per year from the first to the last counted (none counted: no bars)."""
    if not counts:
        return []
    years = range(min(counts), max(counts) + 1)
    tallest = max(counts.values())
    bars = []
    for i, year in enumerate(years):
        height = round(CHART_HEIGHT * counts.get(year, 0) / tallest)
        bars.append({
            "year": year, "count": counts.get(year, 0), "x": i * BAR_STEP, "y": CHART_TOP + CHART_HEIGHT - height,
            "height": height, "label_x": i * BAR_STEP + BAR_WIDTH // 2, "count_y": CHART_TOP + CHART_HEIGHT - height - 2,
        })  # fmt: skip
    return bars


def most_reported(limit: int) -> list[Meeting]:
    """The meetings with the most reports, newest first among equals. Counted over the links
    alone: counting every meeting's reports through a join took 790 ms at 100,000 reports."""
    top = (
        Meeting.articles.through.objects.values("meeting_id")
        .annotate(reports=Count("id"), latest=Max("meeting__date"))
        .order_by("-reports", F("latest").desc(nulls_last=True), "-meeting_id")[:limit]
    )  # fmt: skip
    reports = {row["meeting_id"]: row["reports"] for row in top}
    meetings = Meeting.objects.with_participants().in_bulk(reports)
    for pk, count in reports.items():
        meetings[pk].reports = count
    return [meetings[pk] for pk in reports]


def home(request):
    context = kept_until_changed("home", _home_page)  # language-neutral: records and numbers
    chart = context["chart"]
    return respond(
        request, "archive/home.html", context,
        lambda: {
            "counts": context["counts"], "first_year": context["first_year"], "last_year": context["last_year"],
            "meetings_per_year": [{"year": b["year"], "count": b["count"]} for b in chart],
            "recent": [meeting_summary(m) for m in context["recent"]],
            "most_cited": [{**meeting_summary(m), "articles": m.reports} for m in context["most_cited"]],
        },
    )  # fmt: skip


def _home_page() -> dict:
    recent = list(
        Meeting.objects.with_participants().exclude(date=None).order_by("-date", "-pk")[:6]
    )
    most_cited = most_reported(6)
    counts = {
        "articles": Article.objects.count(),
        "meetings": Meeting.objects.count(),
        "leaders": Leader.objects.taking_part().count(),
        "agreements": Agreement.objects.count(),
    }
    chart = meetings_per_year()  # from the first dated meeting's year to the last one's
    return {
        "counts": counts, "chart": chart, "recent": recent, "most_cited": most_cited,
        "first_year": chart[0]["year"] if chart else None, "last_year": chart[-1]["year"] if chart else None,
        "chart_width": len(chart) * BAR_STEP, "chart_view_height": CHART_TOP + CHART_HEIGHT + 10,
        "chart_label_y": CHART_TOP + CHART_HEIGHT + 8, "bar_width": BAR_WIDTH,
    }  # fmt: skip


def about(request):
    return render(request, "archive/about.html")
