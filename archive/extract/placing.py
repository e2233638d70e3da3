"""Where a meeting took place: the place its sentence names, else the narrative's, else the capital
of the host country, each but the first with its reason.
"""

import re

from .dating import CONTINUES
from .extracted import Candidate
from .gatherings import SIDELINES
from .places import Place, find_places, meeting_place
from .reading import Reading


def sentence_places(pt, directory, span, mentions, reading: Reading) -> list[Place]:
    """Places in the sentence, except those inside a person's name or title."""
    return [
        p
        for p in find_places(pt, directory, *span, reading.host, reading.filed_from)
        if not any(m.start <= p.start < m.end for m in mentions)
    ]


def place_of(candidate, estimate, reading: Reading, directory, where, places, people):
    if candidate.anchored:
        places = sorted(places, key=lambda p: abs(p.start - candidate.verb_at))[:1]
    own = meeting_place(places)
    here = where[1] if where and where[1].city and where[0] == estimate.start else None
    if own and own.venue and here and own.country and here.country != own.country:
        # `tại Nhà Quốc hội` on the day the account is in Canberra: that country's, not Hanoi's
        return own.venue, here.city, here.country, ()
    if own:
        return own.venue, own.city, own.country, ()
    opening = reading.cal.pt.lower[slice(*candidate.sentence)]
    if where and where[1].city and (where[0] is None or where[0] == estimate.start):
        place = where[1]
        venue = place.venue if re.match(r"^\W*(?:sau|tại đây|cũng tại)", opening) else ""
        if CONTINUES.match(opening) or where[0] == estimate.start and not estimate.reasons:
            return venue, place.city, place.country, ()
        return (
            venue,
            place.city,
            place.country,
            (f"place not stated for this meeting; that of the account before it ({place.city})",),
        )
    apart = _days_apart(where[0], estimate.start) if where and where[1].city else None
    if apart is not None and SIDELINES.search(opening):
        # `Trước đó, chiều 23/10, … cũng bên lề hội nghị`: the summit told in Kazan
        return _account_place(where, "" if apart <= 2 else "that of the summit told before")
    host = reading.host or _receiving_country(candidate, people)
    if apart == 1 and where[1].country == host:  # `Trước đó, ngày 28/6` in Osaka's account
        return _account_place(where, "that of the account a day apart")
    capital = directory.capital(host) if host else ""
    if capital:
        return (
            "",
            capital,
            host,
            (f"city not stated; the capital of the host country ({capital}) is assumed",),
        )
    return "", "", host, ("place not stated",)


def _receiving_country(candidate: Candidate, people: dict) -> str:
    """`A tiếp B`: A receives, at home."""
    if candidate.kind != "courtesy_call":
        return ""
    first = next(iter(people.values()), None)
    return first.country if first else ""


def _days_apart(told, day) -> int:
    return abs((told - day).days) if told and day else 999


def _account_place(where, guess: str):
    place = where[1]
    reasons = (f"place not stated for this meeting; {guess} ({place.city})",) if guess else ()
    return "", place.city, place.country, reasons
