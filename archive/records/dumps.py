"""The whole archive as one dated, versioned download: the export's JSON and a CSV bundle.

`write_dump()` writes `DUMPS_DIR/archive-YYYY-MM-DD.zip` (a second dump on the same day replaces
that day's) and beside it `<file>.sha256` in the format `sha256sum -c` checks. The zip holds
README.md (every file and column, written from TABLES below, so it cannot drift from the
data), manifest.json (format version, when, counts), archive.json (`manage.py export_archive`'s
document) and one CSV per table, related by ids, as Datasette or any database loads them.
The import writes a new dump after every import that changed something; the newest KEEP stay.
"""

import csv
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from archive.models import Agreement, Article, Leader, Meeting, MeetingAgreement, Participation
from archive.records.export import archive_export

FORMAT_VERSION = 1  # raised when a file or column changes meaning or goes away
PREFIX = "archive"
_NAME = re.compile(rf"{PREFIX}-(\d{{4}}-\d{{2}}-\d{{2}})\.zip")
KEEP = 5
CHUNK = 2000


@dataclass(frozen=True)
class Table:
    filename: str
    about: str
    columns: tuple[tuple[str, str], ...]  # (name, meaning)
    rows: Callable[[], Iterable[list]]


def _day(value) -> str:
    return value.isoformat() if value else ""


def _meetings():
    for m in Meeting.objects.order_by("pk").iterator(CHUNK):
        yield [
            m.pk, _day(m.date), m.date_precision if m.date else "", _day(m.end_date), m.kind,
            m.venue, m.city, m.country, m.needs_review, m.review_reason, m.get_absolute_url(),
        ]  # fmt: skip


def _participants():
    rows = Participation.objects.select_related("leader").order_by("meeting_id", "pk")
    for p in rows.iterator(CHUNK):
        yield [p.meeting_id, p.leader_id, p.leader.name, p.title, p.country]


def _leaders():
    for x in Leader.objects.order_by("pk").iterator(CHUNK):
        yield [x.pk, x.name, x.country, x.get_absolute_url()]


def _agreements():
    for a in Agreement.objects.order_by("pk").iterator(CHUNK):
        yield [
            a.pk, a.title, a.kind, _day(a.signed_date), a.signed_place,
            ";".join(a.parties or []), a.get_absolute_url(),
        ]  # fmt: skip


def _meeting_agreements():
    links = MeetingAgreement.objects.order_by("meeting_id", "agreement_id")
    yield from links.values_list("meeting_id", "agreement_id", "relation").iterator(CHUNK)


def _reports():
    fields = (
        "pk", "title", "slug", "dateline", "byline", "source_file", "machine_translated",
        "encoding", "imported_at", "lead", "body",
    )  # fmt: skip
    for a in Article.objects.only(*fields).order_by("pk").iterator(CHUNK):
        yield [
            a.pk, a.title, a.dateline, a.byline, a.source_file, a.machine_translated,
            a.encoding, a.imported_at.isoformat(), a.get_absolute_url(), a.lead, a.body,
        ]  # fmt: skip


def _meeting_reports():
    links = Meeting.articles.through.objects.order_by("meeting_id", "article_id")
    yield from links.values_list("meeting_id", "article_id").iterator(CHUNK)


URL = ("url", "permalink, relative to the archive's address")
TABLES = (
    Table("meetings.csv", "one row per meeting", (
        ("id", "meeting id (the number in its permalink)"),
        ("date", "YYYY-MM-DD; read only to `date_precision`: 2015-05-01 with `month` means May 2015"),
        ("date_precision", "day, month or year; empty when the date is unknown"),
        ("end_date", "last day of a meeting over several days, else empty"),
        ("kind", "talks, courtesy_call, phone_call, meeting, multilateral, visit or other"),
        ("venue", "the building or occasion named by the reports"),
        ("city", "city, as the gazetteer names it"),
        ("country", "ISO 3166 alpha-2 code of the place"),
        ("needs_review", "True when a value was inferred, not read; see review_reason"),
        ("review_reason", "what an archivist should check"),
        URL,
    ), _meetings),
    Table("participants.csv", "who took part in which meeting", (
        ("meeting_id", "meetings.csv id"),
        ("leader_id", "leaders.csv id"),
        ("leader_name", "canonical name"),
        ("title", "the title the leader held at the time, as the reports give it"),
        ("country", "ISO code of the country the leader represented at the time"),
    ), _participants),
    Table("leaders.csv", "the people who took part", (
        ("id", "leader id"), ("name", "canonical name"), ("country", "ISO code"), URL,
    ), _leaders),
    Table("agreements.csv", "agreements signed or cited", (
        ("id", "agreement id"),
        ("title", "title"),
        ("kind", "agreement, treaty, memorandum, declaration, statement, plan or other"),
        ("signed_date", "YYYY-MM-DD, empty when unknown"),
        ("signed_place", "where it was signed"),
        ("parties", "ISO codes of the parties, separated by ;"),
        URL,
    ), _agreements),
    Table("meeting_agreements.csv", "which agreements a meeting signed or cited", (
        ("meeting_id", "meetings.csv id"),
        ("agreement_id", "agreements.csv id"),
        ("relation", "signed (at this meeting) or cited"),
    ), _meeting_agreements),
    Table("reports.csv", "one row per report (article), with its text", (
        ("id", "report id"),
        ("title", "headline"),
        ("dateline", "the dateline as printed"),
        ("byline", "author or agency as printed"),
        ("source_file", "name of the imported file"),
        ("machine_translated", "True for machine translations (names are often garbled)"),
        ("encoding", "encoding the file was read in"),
        ("imported_at", "when it was imported (ISO 8601, UTC)"),
        URL,
        ("lead", "lead paragraph"),
        ("body", "text, paragraphs separated by line breaks"),
    ), _reports),
    Table("meeting_reports.csv", "which reports report which meeting", (
        ("meeting_id", "meetings.csv id"),
        ("report_id", "reports.csv id"),
    ), _meeting_reports),
)  # fmt: skip


@dataclass(frozen=True)
class Dump:
    path: Path
    sha256: str
    size: int
    day: date

    @property
    def name(self) -> str:
        return self.path.name


def dumps_dir() -> Path:
    return Path(settings.DUMPS_DIR)


def _readme(created: datetime, counts: dict) -> str:
    lines = [
        f"# {PREFIX}: the whole archive, {created:%Y-%m-%d}",
        "",
        f"Format version {FORMAT_VERSION}; written {created.isoformat(timespec='seconds')}.",
        "Text is UTF-8 (CSV with a header row, comma-separated, RFC 4180 quoting).",
        "Permalinks are relative to the archive's address. `archive.json` holds the same records",
        "as the JSON pages (`?format=json`), nested; the CSV files hold them as related tables.",
        "",
    ]
    for table in TABLES:
        lines += [f"## {table.filename}: {table.about} ({counts[table.filename]} rows)", ""]
        lines += [f"- `{name}`: {meaning}" for name, meaning in table.columns]
        lines.append("")
    return "\n".join(lines)


def _write_csv(archive: zipfile.ZipFile, table: Table) -> int:
    rows = 0
    with archive.open(table.filename, "w") as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        writer = csv.writer(text)
        writer.writerow([name for name, _ in table.columns])
        for row in table.rows():
            writer.writerow(row)
            rows += 1
        text.flush()
        text.detach()
    return rows


def write_dump(today: date | None = None) -> Dump:
    """Writes today's dump (replacing today's earlier one) and its checksum; keeps the newest."""
    created = timezone.now()
    day = today or timezone.localdate()
    directory = dumps_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{PREFIX}-{day.isoformat()}.zip"
    partial = path.with_suffix(".zip.partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        counts = {table.filename: _write_csv(archive, table) for table in TABLES}
        with archive.open("archive.json", "w") as raw:
            raw.write(json.dumps(archive_export(), ensure_ascii=False, sort_keys=True).encode())
        manifest = {
            "format_version": FORMAT_VERSION,
            "created": created.isoformat(timespec="seconds"),
            "rows": counts,
        }
        archive.writestr("manifest.json", json.dumps(manifest, indent=1) + "\n")
        archive.writestr("README.md", _readme(created, counts))
    checksum = _checksum_path(partial)
    checksum.write_text(f"{_sha256(partial)}  {path.name}\n", encoding="utf-8")
    partial.replace(path)
    checksum.replace(_checksum_path(path))
    for old in available()[KEEP:]:
        old.path.unlink(missing_ok=True)
        _checksum_path(old.path).unlink(missing_ok=True)
    return _read(path, day)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _checksum_path(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def _read(path: Path, day: date) -> Dump:
    digest = _checksum_path(path).read_text(encoding="utf-8").split()[0]
    return Dump(path, digest, path.stat().st_size, day)


def available() -> list[Dump]:
    """The dumps on disk, newest first; only complete ones (their checksum is written last)."""
    directory = dumps_dir()
    if not directory.exists():
        return []
    found = []
    for path in directory.glob(f"{PREFIX}-*.zip"):
        if (match := _NAME.fullmatch(path.name)) and _checksum_path(path).exists():
            found.append(_read(path, date.fromisoformat(match[1])))
    return sorted(found, key=lambda d: d.day, reverse=True)
