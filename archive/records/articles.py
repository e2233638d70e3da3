"""The one idempotent writer of articles: keyed on the content checksum, one transaction per file,
staff-edited fields left alone."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction

from archive.extract import Extraction, extract
from archive.extract.directory import Directory
from archive.extract.partnerships import partnership_statements
from archive.ingest.document import ParsedDocument, RejectedFile, parse_document
from archive.ingest.layout import split_article
from archive.models import Article, Meeting, PartnershipStatement
from archive.text import nfc

from . import changes
from .directory import directory_from_db
from .meetings import meeting_upsert
from .originals import original_store
from .segmentation import segmented_article

# Fields that always follow the file; the rest belong to staff once they edit them.
_FILE_FIELDS = ("source_file", "checksum", "encoding", "original_text", "layout")


@dataclass(frozen=True)
class ImportResult:
    source: str
    status: str  # imported, updated, unchanged, failed
    reason: str = ""
    article_id: int | None = None
    meetings: int = 0
    affected_article_ids: frozenset = field(default_factory=frozenset)


@dataclass(frozen=True)
class PreparedImport:
    """The CPU-heavy part of an import (decode, layout, extraction, pyvi), free of the database,
    so import_articles can compute it in worker processes."""

    source_name: str
    data: bytes = b""
    parsed: ParsedDocument | None = None
    rejection: str = ""
    extraction: Extraction | None = None
    segmentation: tuple[str, str] = ("", "")  # (hash, segmented text) of the searchable text


def import_prepare(data: bytes, source_name: str, directory: Directory) -> PreparedImport:
    try:
        parsed = parse_document(data, source_name, settings.IMPORT_MAX_BYTES)
    except RejectedFile as error:
        return PreparedImport(source_name, rejection=str(error))
    parts = parsed.parts
    probe = Article(title=parts.title, lead=parts.lead, body=parts.body, byline=parts.byline,
                    photo_captions=list(parts.photo_captions))  # fmt: skip
    segmented_article(probe)
    return PreparedImport(
        source_name,
        data,
        parsed,
        "",
        extract(parts, directory),
        (probe.segmented_hash, probe.segmented_text),
    )


@changes.writer
def import_store(prepared: PreparedImport, directory: Directory) -> ImportResult:
    if prepared.parsed is None:
        return ImportResult(prepared.source_name, "failed", prepared.rejection)
    with transaction.atomic():
        result = _write(prepared, directory)
    if result.status in ("imported", "updated"):
        Article.objects.filter(pk=result.article_id).update(
            original_file=original_store(prepared.data)
        )
    changes.touched(result.affected_article_ids)
    return result


def article_import(*, data: bytes, source_name: str, directory: Directory) -> ImportResult:
    return import_store(import_prepare(data, source_name, directory), directory)


def _write(prepared: PreparedImport, directory: Directory) -> ImportResult:
    parsed = prepared.parsed
    duplicate = Article.objects.filter(checksum=parsed.checksum).first()
    if duplicate:
        same_file = duplicate.source_file == parsed.source_name
        reason = (
            "" if same_file else f"same text as article #{duplicate.pk} ({duplicate.source_file})"
        )
        return ImportResult(parsed.source_name, "unchanged", reason, duplicate.pk)
    article = Article.objects.filter(source_file=parsed.source_name).first()
    status = "updated" if article else "imported"
    return _extract_into(article or Article(), parsed, directory, status, prepared)


def _extract_into(
    article: Article, parsed: ParsedDocument, directory: Directory, status: str,
    prepared: PreparedImport | None = None,
) -> ImportResult:  # fmt: skip
    """Fields and meetings from the parsed text, except what staff own."""
    extraction = prepared.extraction if prepared else extract(parsed.parts, directory)
    _apply_fields(article, parsed, extraction)
    if prepared:  # computed by a worker; kept only if the text is the one it segmented
        article.segmented_hash, article.segmented_text = prepared.segmentation
    segmented_article(article)
    article.save()
    partnerships_store(article, fresh=status == "imported")
    affected = {article.pk}
    meetings = set()
    if not article.is_staff_owned("meetings"):
        unlinked = _unlink_meetings(article)
        for extracted in extraction.meetings:
            meeting, changed = meeting_upsert(
                extracted=extracted, article=article, directory=directory
            )
            if meeting is None:
                continue
            meetings.add(meeting.pk)
            if changed:  # its other reports carry the meeting's facts in their documents
                affected |= set(meeting.articles.values_list("pk", flat=True))
        for meeting in unlinked:
            if meeting.pk not in meetings:  # the report moved away: a version says so
                meeting.save()
    return ImportResult(
        parsed.source_name, status, "", article.pk, len(meetings), frozenset(affected)
    )


def partnerships_store(article: Article, *, fresh: bool = False) -> None:
    """The levels of partnership the text states, kept for the chronology pages; `fresh`: a new
    article, with none to replace."""
    if not fresh:
        article.partnerships.all().delete()
    statements = partnership_statements(f"{article.lead}\n{article.body}")
    PartnershipStatement.objects.bulk_create(
        PartnershipStatement(article=article, level=s.level, year=s.year, sentence=s.sentence)
        for s in statements
    )


@changes.writer
def article_reextract(*, article: Article, directory: Directory) -> ImportResult:
    """Run extraction again on the stored text (after an alias or a leader was added, or the
    extractor improved); staff-owned fields and staff-set meeting links stay as they are."""
    text = article.original_text
    parsed = ParsedDocument(
        article.source_file, article.encoding, text, split_article(nfc(text)), article.checksum
    )
    with transaction.atomic():
        result = _extract_into(article, parsed, directory, "updated")
    changes.touched(result.affected_article_ids)
    return result


@changes.writer
def articles_reextract(articles) -> int:
    """Re-extract each article with today's directory (after an alias was added, or to run an
    improved extractor); returns how many."""
    directory = directory_from_db()
    count = 0
    for article in articles:
        article_reextract(article=article, directory=directory)
        count += 1
    return count


def _apply_fields(article: Article, parsed: ParsedDocument, extraction: Extraction) -> None:
    parts = parsed.parts
    values = {
        "source_file": parsed.source_name,
        "checksum": parsed.checksum,
        "encoding": parsed.encoding,
        "original_text": parsed.original_text,
        "layout": parts.layout,
        "title": parts.title[:500],
        "lead": parts.lead,
        "body": parts.body,
        "byline": parts.byline[:200],
        "dateline": parts.dateline[:120],
        "photo_captions": list(parts.photo_captions),
        "machine_translated": extraction.machine_translated,
        "machine_translation_evidence": "\n".join(extraction.machine_translation_evidence),
    }
    for name, value in values.items():
        if name in _FILE_FIELDS or article.pk is None or not article.is_staff_owned(name):
            setattr(article, name, value)


def _unlink_meetings(article: Article) -> list[Meeting]:
    """Before re-extraction: drop the article's links, and meetings it alone reported; returns
    the meetings kept. No version yet: simple-history copies every report of a meeting into each
    version, and most re-extracted reports link to the same meeting again."""
    kept = []
    for meeting in list(article.meetings.all()):
        meeting.skip_history_when_saving = True
        meeting.articles.remove(article)
        del meeting.skip_history_when_saving
        if not meeting.articles.exists() and not meeting.staff_edited_fields:
            meeting.delete()
        else:
            kept.append(meeting)
    return kept
