"""The six verbs: a parsed request in, the response's content elements out (or OaiError)."""

from dataclasses import dataclass
from datetime import UTC, datetime
from xml.etree.ElementTree import Element

from django.conf import settings
from django.db.models import Min

from archive.citations.sources import site_name
from archive.models import Article, Meeting

from . import listing, protocol, records, rendering, sets
from .protocol import OaiError, Request

FORMATS = {"oai_dc": (rendering.OAI_DC_SCHEMA, rendering.OAI_DC)}  # prefix -> schema, namespace


@dataclass(frozen=True)
class Site:
    base_url: str
    repository: str  # the `<host>` of every identifier
    absolute: records.Absolute


def answer(request: Request, site: Site) -> Element:
    return _VERBS[request.verb](request, site)


def identify(request: Request, site: Site) -> Element:
    return rendering.fields(
        "Identify",
        [
            ("repositoryName", site_name()),
            ("baseURL", site.base_url),
            ("protocolVersion", "2.0"),
            ("adminEmail", admin_email(site.repository)),
            ("earliestDatestamp", protocol.datestamp(earliest())),
            ("deletedRecord", "persistent"),
            ("granularity", "YYYY-MM-DDThh:mm:ssZ"),
        ],
    )


def admin_email(repository: str) -> str:
    configured = getattr(settings, "OAI_ADMIN_EMAIL", "") or next(
        (email for _name, email in settings.ADMINS), ""
    )
    domain = repository if "." in repository else f"{repository}.localdomain"
    return configured or f"webmaster@{domain}"  # the schema wants a dotted domain


def earliest() -> datetime:
    found = [
        Meeting.objects.aggregate(first=Min("updated_at"))["first"],
        Article.objects.aggregate(first=Min("updated_at"))["first"],
        records.deleted().aggregate(first=Min("datestamp"))["first"],
    ]
    return min((d for d in found if d), default=datetime(1970, 1, 1, tzinfo=UTC))


def list_metadata_formats(request: Request, site: Site) -> Element:
    if request.identifier:
        listing.one(request.identifier, site.repository, site.absolute)
    return rendering.verb(
        "ListMetadataFormats",
        *[
            rendering.fields(
                "metadataFormat",
                [("metadataPrefix", prefix), ("schema", schema), ("metadataNamespace", namespace)],
            )
            for prefix, (schema, namespace) in FORMATS.items()
        ],
    )


def list_sets(request: Request, site: Site) -> Element:
    if request.after is not None:
        raise OaiError("badResumptionToken", "The list of sets is never split.")
    listed = sets.listed()
    if not listed:
        raise OaiError("noSetHierarchy", "The archive is empty: no set has records yet.")
    return rendering.verb(
        "ListSets",
        *[rendering.fields("set", [("setSpec", spec), ("setName", name)]) for spec, name in listed],
    )


def get_record(request: Request, site: Site) -> Element:
    _check_format(request.query.prefix)
    found = listing.one(request.identifier, site.repository, site.absolute)
    return rendering.verb("GetRecord", rendering.record(found))


def list_records(request: Request, site: Site) -> Element:
    _check_format(request.query.prefix)
    lister = listing.Lister(request.query, site.repository, site.absolute)
    page = lister.page(request.after, listing.page_size())
    if not page.records:
        raise OaiError("noRecordsMatch", "No record matches these arguments.")
    render = rendering.header if request.verb == "ListIdentifiers" else rendering.record
    content = [render(r) for r in page.records]
    if page.more or request.after is not None:
        cursor = request.cursor + len(page.records)
        token = protocol.token(request, page.records[-1].key, cursor) if page.more else ""
        content.append(rendering.resumption(token, page.complete_size, request.cursor))
    return rendering.verb(request.verb, *content)


def _check_format(prefix: str) -> None:
    if prefix not in FORMATS:
        raise OaiError("cannotDisseminateFormat", f"No metadata format {prefix}; try oai_dc.")


_VERBS = {
    "Identify": identify,
    "ListMetadataFormats": list_metadata_formats,
    "ListSets": list_sets,
    "GetRecord": get_record,
    "ListIdentifiers": list_records,
    "ListRecords": list_records,
}
