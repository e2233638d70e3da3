"""The whole archive as one dated, versioned download: the export's JSON and a CSV bundle.

`write_dump()` writes `DUMPS_DIR/archive-YYYY-MM-DD.zip` (a second dump on the same day replaces
that day's) and beside it `<file>.sha256` in the format `sha256sum -c` checks. The zip holds
README.md and README.vi.md (every file and column, in English and Vietnamese, written from
TABLES below, so they cannot drift from the data), manifest.json (format version, when,
counts), archive.json (`manage.py export_archive`'s document) and one CSV per table, related
by ids, as Datasette or any database loads them.
The import command writes a new dump after every import that changed something, an upload in
the admin starts one in a process of its own (`write_later`); the newest KEEP stay.
"""

import csv
import fcntl
import hashlib
import io
import json
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import format_lazy
from django.utils.translation import gettext as gettext_now
from django.utils.translation import gettext_lazy as _

from archive.models import Agreement, Article, Leader, Meeting, MeetingAgreement, Participation
from archive.records.export import export_sections

FORMAT_VERSION = 1  # raised when a file or column changes meaning or goes away
PREFIX = "archive"
_NAME = re.compile(rf"{PREFIX}-(\d{{4}}-\d{{2}}-\d{{2}})\.zip")
KEEP = 5
CHUNK = 2000


@dataclass(frozen=True)
class Table:
    filename: str
    about: str  # lazily translated, as the meanings
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


def _one_of(choices) -> str:
    return format_lazy("{} {}", _("one of:"), ", ".join(choices.values))


URL = ("url", _("permalink, relative to the archive's address"))
TABLES = (
    Table("meetings.csv", _("one row per meeting"), (
        ("id", _("meeting id (the number in its permalink)")),
        ("date", _("YYYY-MM-DD, read only to date_precision: 2015-05-01 with month means May 2015")),
        ("date_precision", _("day, month or year; empty when the date is unknown")),
        ("end_date", _("last day of a meeting over several days, else empty")),
        ("kind", _one_of(Meeting.Kind)),
        ("venue", _("the building or occasion the reports name")),
        ("city", _("city, as the gazetteer names it")),
        ("country", _("ISO 3166 alpha-2 code of the place")),
        ("needs_review", _("True when a value was inferred, not read; see review_reason")),
        ("review_reason", _("what an archivist should check")),
        URL,
    ), _meetings),
    Table("participants.csv", _("who took part in which meeting"), (
        ("meeting_id", _("id in meetings.csv")),
        ("leader_id", _("id in leaders.csv")),
        ("leader_name", _("canonical name")),
        ("title", _("the title the leader held at the time, as the reports give it")),
        ("country", _("ISO code of the country the leader represented at the time")),
    ), _participants),
    Table("leaders.csv", _("the people who took part"), (
        ("id", _("leader id")), ("name", _("canonical name")), ("country", _("ISO code")), URL,
    ), _leaders),
    Table("agreements.csv", _("agreements signed or cited"), (
        ("id", _("agreement id")),
        ("title", _("title")),
        ("kind", _one_of(Agreement.Kind)),
        ("signed_date", _("YYYY-MM-DD, empty when unknown")),
        ("signed_place", _("where it was signed")),
        ("parties", _("ISO codes of the parties, separated by ;")),
        URL,
    ), _agreements),
    Table("meeting_agreements.csv", _("which agreements a meeting signed or cited"), (
        ("meeting_id", _("id in meetings.csv")),
        ("agreement_id", _("id in agreements.csv")),
        ("relation", _one_of(MeetingAgreement.Relation)),
    ), _meeting_agreements),
    Table("reports.csv", _("one row per report (article), with its text"), (
        ("id", _("report id")),
        ("title", _("headline")),
        ("dateline", _("the dateline as printed")),
        ("byline", _("author or agency as printed")),
        ("source_file", _("name of the imported file")),
        ("machine_translated", _("True for machine translations (their names are often garbled)")),
        ("encoding", _("the encoding the file was read in")),
        ("imported_at", _("when it was imported (ISO 8601)")),
        URL,
        ("lead", _("lead paragraph")),
        ("body", _("text, paragraphs separated by line breaks")),
    ), _reports),
    Table("meeting_reports.csv", _("which reports report which meeting"), (
        ("meeting_id", _("id in meetings.csv")),
        ("report_id", _("id in reports.csv")),
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


READMES = {"README.md": "en", "README.vi.md": "vi"}


def _readme(created: datetime, counts: dict, language: str) -> str:
    with translation.override(language):
        lines = [
            f"# {PREFIX}-{created:%Y-%m-%d}",
            "",
            gettext_now(
                "Format version %(version)s, written %(when)s. Text is UTF-8; CSV files have a "
                "header row and RFC 4180 quoting. Permalinks are relative to the archive's "
                "address. archive.json holds the same records as the pages' JSON, nested; the CSV "
                "files hold them as tables related by ids."
            )
            % {"version": FORMAT_VERSION, "when": created.isoformat(timespec="seconds")},
            "",
        ]
        for table in TABLES:
            rows = gettext_now("%(n)s rows") % {"n": counts[table.filename]}
            lines += [f"## {table.filename}: {table.about} ({rows})", ""]
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


def _write_export(raw) -> None:
    """`export_archive`'s document, written record by record (it does not fit in memory at scale)."""
    raw.write(b"{")
    for i, (name, records) in enumerate(sorted(export_sections().items())):
        raw.write(f'{"," if i else ""}"{name}":['.encode())
        for j, record in enumerate(records):
            raw.write(b"," if j else b"")
            raw.write(json.dumps(record, ensure_ascii=False, sort_keys=True).encode())
        raw.write(b"]")
    raw.write(b"}\n")


def write_dump(today: date | None = None) -> Dump:
    """Writes today's dump (replacing today's earlier one) and its checksum; keeps the newest."""
    created = timezone.now()
    day = today or timezone.localdate()
    directory = dumps_dir()
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one writer at a time: a zip and its checksum agree
        return _write(directory, day, created)


def _write(directory: Path, day: date, created: datetime) -> Dump:
    path = directory / f"{PREFIX}-{day.isoformat()}.zip"
    partial = directory / f".{path.name}.partial"
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        counts = {table.filename: _write_csv(archive, table) for table in TABLES}
        with archive.open("archive.json", "w") as raw:
            _write_export(raw)
        manifest = {
            "format_version": FORMAT_VERSION,
            "created": created.isoformat(timespec="seconds"),
            "rows": counts,
        }
        archive.writestr("manifest.json", json.dumps(manifest, indent=1) + "\n")
        for name, language in READMES.items():
            archive.writestr(name, _readme(created, counts, language))
    checksum = _checksum_path(partial)
    checksum.write_text(f"{_sha256(partial)}  {path.name}\n", encoding="utf-8")
    partial.replace(path)
    checksum.replace(_checksum_path(path))
    for old in available()[KEEP:]:
        old.path.unlink(missing_ok=True)
        _checksum_path(old.path).unlink(missing_ok=True)
    return _read(path, day)


def write_later() -> None:
    """When the current transaction commits, `manage.py dump_archive` in a process of its own:
    the admin's upload answers at once instead of waiting for the whole archive to be written."""
    transaction.on_commit(_spawn)


def _spawn() -> None:
    subprocess.Popen(
        [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "dump_archive"],
        start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


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
