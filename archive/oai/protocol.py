"""OAI-PMH 2.0 requests: arguments checked, dates and resumption tokens read. Pure: no database.

A request is a dict of argument -> list of values (a QueryDict's `lists()`); `parse` answers a
`Request` or raises `OaiError` with the protocol's error code.
"""

import base64
import binascii
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

NAMESPACE = "http://www.openarchives.org/OAI/2.0/"
SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
DATESTAMP = "%Y-%m-%dT%H:%M:%SZ"  # the repository's granularity: seconds, UTC

# verb -> (required, optional) arguments; `resumptionToken` is exclusive: with it only the verb.
VERBS = {
    "Identify": (set(), set()),
    "ListMetadataFormats": (set(), {"identifier"}),
    "ListSets": (set(), set()),
    "GetRecord": ({"identifier", "metadataPrefix"}, set()),
    "ListIdentifiers": ({"metadataPrefix"}, {"from", "until", "set"}),
    "ListRecords": ({"metadataPrefix"}, {"from", "until", "set"}),
}
RESUMABLE = {"ListIdentifiers", "ListRecords", "ListSets"}

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SECOND = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_PREFIX = re.compile(r"[A-Za-z0-9\-_.!~*'()]+")  # as OAI-PMH.xsd says
_SET_SPEC = re.compile(r"[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*")
_IDENTIFIER = re.compile(
    r"oai:(?P<repository>[^:]+):(?P<kind>meeting|article)/(?P<id>[1-9]\d{0,17})"
)


class OaiError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message


@dataclass(frozen=True)
class Key:
    """A record's place in every list: meetings (live and merged away) by id, then articles."""

    stream: int  # 0 meetings, 1 articles
    id: int


@dataclass(frozen=True)
class Query:
    """What a list asks for; `from_` and `until` are inclusive UTC bounds, `until` to the second."""

    prefix: str
    set: str | None = None
    from_: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class Request:
    verb: str
    arguments: dict[str, str]  # as received: the response's <request> element repeats them
    query: Query | None = None  # the list verbs and GetRecord
    after: Key | None = None  # from a resumption token: the last key already sent
    cursor: int = 0
    identifier: str | None = None


@dataclass(frozen=True)
class Identifier:
    repository: str
    kind: str  # "meeting" or "article"
    id: int


def parse(arguments: dict[str, list[str]]) -> Request:
    verbs = arguments.get("verb", [])
    if len(verbs) != 1 or verbs[0] not in VERBS:
        raise OaiError("badVerb", "Missing, repeated or unknown verb.")
    verb = verbs[0]
    repeated = sorted(name for name, values in arguments.items() if len(values) > 1)
    if repeated:
        raise OaiError("badArgument", f"Repeated argument: {', '.join(repeated)}.")
    given = {name: values[0] for name, values in arguments.items() if name != "verb"}
    if "resumptionToken" in given and verb in RESUMABLE:
        if len(given) > 1:
            raise OaiError("badArgument", "resumptionToken is an exclusive argument.")
        return resume(verb, given["resumptionToken"])
    required, optional = VERBS[verb]
    unknown = sorted(set(given) - required - optional)
    if unknown:
        raise OaiError("badArgument", f"Unknown argument for {verb}: {', '.join(unknown)}.")
    missing = sorted(required - set(given))
    if missing:
        raise OaiError("badArgument", f"Missing argument for {verb}: {', '.join(missing)}.")
    for name, pattern in (("metadataPrefix", _PREFIX), ("set", _SET_SPEC)):
        if name in given and not pattern.fullmatch(given[name]):
            raise OaiError("badArgument", f"{name} has characters the protocol does not allow.")
    if re.search(r"\s", given.get("identifier", "")):
        raise OaiError("badArgument", "An identifier is a URI: it has no spaces.")
    query = None
    if "metadataPrefix" in given:
        query = Query(given["metadataPrefix"], given.get("set"), *date_range(given))
    return Request(verb, given, query=query, identifier=given.get("identifier"))


def date_range(given: dict[str, str]) -> tuple[datetime | None, datetime | None]:
    start, end = given.get("from"), given.get("until")
    if start and end and len(start) != len(end):
        raise OaiError("badArgument", "from and until must have the same granularity.")
    from_ = parse_date(start, "from") if start else None
    until = parse_date(end, "until", end_of_day=True) if end else None
    if from_ and until and from_ > until:
        raise OaiError("badArgument", "from is later than until.")
    return from_, until


def parse_date(text: str, name: str, *, end_of_day: bool = False) -> datetime:
    """`YYYY-MM-DD` (a whole day) or `YYYY-MM-DDThh:mm:ssZ`, as an aware UTC datetime."""
    try:
        if _DAY.fullmatch(text):
            day = datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
            return day + timedelta(days=1, seconds=-1) if end_of_day else day
        if _SECOND.fullmatch(text):
            return datetime.strptime(text, DATESTAMP).replace(tzinfo=UTC)
    except ValueError:
        pass
    raise OaiError("badArgument", f"{name} is not a date YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.")


def datestamp(value: datetime) -> str:
    return value.astimezone(UTC).strftime(DATESTAMP)


def parse_identifier(text: str) -> Identifier | None:
    match = _IDENTIFIER.fullmatch(text)
    if not match:
        return None
    return Identifier(match["repository"], match["kind"], int(match["id"]))


def identifier(repository: str, kind: str, pk: int) -> str:
    return f"oai:{repository}:{kind}/{pk}"


# ---- resumption tokens: the query and the last key sent, nothing kept on the server ----------


def token(request: Request, last: Key, cursor: int) -> str:
    query = request.query
    data = {
        "v": request.verb,
        "p": query.prefix if query else None,
        "s": query.set if query else None,
        "f": datestamp(query.from_) if query and query.from_ else None,
        "u": datestamp(query.until) if query and query.until else None,
        "k": [last.stream, last.id],
        "c": cursor,
    }
    raw = json.dumps(data, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def resume(verb: str, text: str) -> Request:
    bad = OaiError("badResumptionToken", "The resumption token is invalid or for another verb.")
    try:
        data = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
        stream, last = data["k"]
        cursor = data["c"]
        checks = [
            data["v"] == verb,
            stream in (0, 1),
            isinstance(last, int),
            isinstance(cursor, int),
        ]
        if not all(checks) or last < 0 or cursor < 0:
            raise bad
        query = None
        if data["p"] is not None:
            from_ = parse_date(data["f"], "from") if data["f"] else None
            until = parse_date(data["u"], "until") if data["u"] else None
            query = Query(data["p"], data["s"], from_, until)
    except (binascii.Error, ValueError, TypeError, KeyError, OaiError) as error:
        raise bad from error
    return Request(verb, {"resumptionToken": text}, query, Key(stream, last), cursor)
