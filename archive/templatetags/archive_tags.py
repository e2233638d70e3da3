import json
from datetime import date

from django import template
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from archive.citations import embedded
from archive.citations.sources import hit_source, meeting_source
from archive.models import Meeting
from archive.text import nfc as nfc_text

register = template.Library()

_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def honest_date(meeting) -> str:
    """A date shown only to the precision the sources give, as each language writes it
    (diplomacy/formats/): `tháng 5/2015` or `May 2015`, never an invented day."""
    if not meeting.date:
        return _("date unknown")
    if meeting.date_precision == "year":
        return pgettext("a year alone", "%(year)s") % {"year": meeting.date.year}
    if meeting.date_precision == "month":
        return date_format(meeting.date, "YEAR_MONTH_FORMAT")
    if meeting.end_date:
        return pgettext("from a day to a day", "%(start)s – %(end)s") % {
            "start": date_format(meeting.date),
            "end": date_format(meeting.end_date),
        }
    return date_format(meeting.date)


@register.filter
def summary_date(meeting: dict) -> str:
    """`honest_date` of a meeting as a search hit stores it (ISO strings)."""
    day = date.fromisoformat
    return honest_date(Meeting(
        date=meeting["date"] and day(meeting["date"]), date_precision=meeting["date_precision"],
        end_date=meeting.get("end_date") and day(meeting["end_date"]),
    ))  # fmt: skip


@register.filter
def kind_label(kind: str) -> str:
    """A meeting's kind in the page's language: `hội đàm` for `talks`."""
    return Meeting.Kind(kind).label if kind in Meeting.Kind.values else kind


@register.filter
def nfc(text) -> str:
    """Django's own Vietnamese language name is decomposed (ê + combining acute); pages are NFC."""
    return nfc_text(str(text))


@register.filter
def json_ld(data) -> str:
    """A schema.org block; `<`, `>` and `&` are escaped so document text cannot close the script."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@register.simple_tag(takes_context=True)
def coins(context, item) -> str:
    """A COinS span for a meeting (its participations prefetched) or a search hit, so that a
    reference manager can save the items of a list at once."""
    request = context["request"]
    source = hit_source(item, request) if hasattr(item, "score") else meeting_source(item, request)
    return format_html('<span class="Z3988" title="{}"></span>', embedded.coins(source))


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current URL's query string with some parameters replaced (None removes one)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        params.pop(key, None)
        if value not in (None, ""):
            params[key] = value
    return "?" + params.urlencode() if params else "?"


@register.simple_tag
def needs_review_count() -> int:
    return Meeting.objects.filter(needs_review=True).count()


@register.simple_tag
def provisional_leader_count() -> int:
    from archive.models import Leader

    return Leader.objects.filter(status=Leader.Status.PROVISIONAL).count()
