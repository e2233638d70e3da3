"""Two reports of one meeting side by side: aligned paragraphs, their facts, the differences."""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from archive.compare import align, differences, find_facts, paragraphs, segments
from archive.compare.facts import SEPARATOR
from archive.extract.directory import per_directory
from archive.models import Article, Meeting, MeetingRedirect
from archive.records.directory import current_directory
from archive.views.common import merged_redirect
from archive.views.responses import respond

TEMPLATE = "archive/meeting_compare.html"
KEPT_READS = 256  # texts read, kept per directory: a few MB at most


@per_directory
def _reads(directory) -> dict:
    return {}


def _read(text: str, directory, year: int | None):
    """Paragraphs, their offsets in the joined text, and its facts; kept beside the directory
    they were read with (a new one comes with any change to the archive), so a pair read again
    costs nothing. Keyed by text, not by directory: hashing a directory costs more than a read."""
    kept = _reads(directory)
    if (text, year) not in kept:
        if len(kept) >= KEPT_READS:
            kept.pop(next(iter(kept)))
        parts = paragraphs(text)
        starts, at = [], 0
        for part in parts:
            starts.append(at)
            at += len(part) + len(SEPARATOR)
        kept[text, year] = (
            parts,
            starts,
            find_facts(SEPARATOR.join(parts), directory, year),
        )
    return kept[text, year]


def meeting_compare(request, pk, slug):
    meeting = Meeting.objects.filter(pk=pk).first()
    if meeting is None:
        return merged_redirect(MeetingRedirect, pk)
    if slug != meeting.slug:
        url = reverse("archive:meeting-compare", args=[meeting.pk, meeting.slug])
        query = request.GET.urlencode()
        return redirect(f"{url}?{query}" if query else url, permanent=True)
    reports = list(meeting.articles.only("pk", "title", "slug", "machine_translated"))
    chosen, problem, status = _pair(request, reports)
    context = {"meeting": meeting, "reports": reports, "problem": problem}
    if problem:
        return respond(request, TEMPLATE, context, lambda: {"error": problem}, status=status)
    a, b = chosen
    texts = Article.objects.only("lead", "body").in_bulk([a.pk, b.pk])
    year = meeting.date.year if meeting.date else None
    directory = current_directory()
    left, right = (_read(_text(texts[x.pk]), directory, year) for x in (a, b))
    rows = [_row(left, i, right, j) for i, j in align(left[0], right[0])]
    found = differences(left[2], right[2])
    context.update(a=a, b=b, rows=rows, differences=found, marks=_marks(left[2], right[2]))
    return respond(request, TEMPLATE, context, lambda: _twin(meeting, a, b, rows, found))


def _text(article: Article) -> str:
    return "\n".join(p for p in (article.lead, article.body) if p)


def _pair(request, reports: list[Article]):
    """The two reports asked for (default: the first two), or what is wrong and its status."""
    if len(reports) < 2:
        return None, _("This meeting has fewer than two reports: there is nothing to compare."), 404
    ids = []
    for name, default in (("a", reports[0].pk), ("b", reports[1].pk)):
        value = request.GET.get(name) or str(default)
        if not value.isdigit():
            return None, _("A report is chosen by its number."), 400
        ids.append(int(value))
    if ids[0] == ids[1]:
        return None, _("Choose two different reports."), 400
    by_id = {r.pk: r for r in reports}
    if any(i not in by_id for i in ids):
        return None, _("That report is not one of this meeting's reports."), 404
    return (by_id[ids[0]], by_id[ids[1]]), "", 200


def _row(left, i, right, j) -> tuple:
    return tuple(
        segments(side[0][k], side[2], side[1][k]) if k is not None else None
        for side, k in ((left, i), (right, j))
    )


def _marks(a, b) -> set:
    """The facts that differ: keys one side states and the other does not, and garbled names."""
    only = {f.key for f in a} ^ {f.key for f in b}
    return {f for f in (*a, *b) if f.key in only or f.garbled}


def _twin(meeting, a, b, rows, found) -> dict:
    def article(x):
        return {"id": x.pk, "title": x.title, "url": x.get_absolute_url(),
                "machine_translated": x.machine_translated}  # fmt: skip

    def cell(parts):
        if parts is None:
            return None
        text, facts, at = "", [], 0
        for piece, fact in parts:
            if fact:
                facts.append({"start": at, "end": at + len(piece), "kind": fact.kind,
                              "value": fact.value, "label": fact.label, "text": piece})  # fmt: skip
            text, at = text + piece, at + len(piece)
        return {"text": text, "facts": facts}

    return {
        "meeting": {
            "id": meeting.pk,
            "url": meeting.get_absolute_url(),
            "date": meeting.date.isoformat() if meeting.date else None,
        },
        "a": article(a),
        "b": article(b),
        "rows": [{"a": cell(x), "b": cell(y)} for x, y in rows],
        "differences": [{"kind": d.kind, "a": list(d.a), "b": list(d.b)} for d in found],
    }
