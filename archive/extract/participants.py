"""From a candidate's mentions to its participants: the leader each names on the meeting's day, the
title held then, the country of someone the directory lacks, and the reasons for what was
inferred.
"""

from dataclasses import replace
from datetime import date

from .directory import RANK_OF_ROLE, Directory, LeaderEntry, OfficeTerm
from .extracted import Participant
from .mentions import Mention


def _named(mention: Mention, directory: Directory, day: date | None) -> LeaderEntry | None:
    leaders = [directory.leader(k) for k in mention.leader_keys]
    if len(leaders) > 1 and day:
        holding = [leader for leader in leaders if leader.office_on(day)]
        leaders = holding or leaders
    return leaders[0] if leaders else None


def in_office_named(mention: Mention, directory: Directory) -> LeaderEntry | None:
    """The leader with only the terms of the office the text names (`Thủ tướng Nguyễn Xuân
    Phúc`: his years as prime minister), for dating; all his terms when it names none he held."""
    leader = _named(mention, directory, None)
    if leader and len(mention.roles) > 1:  # `Tổng Bí thư, Chủ tịch nước X`: both at once
        together = _terms_held_at_once(leader.offices, mention.roles)
        if together:
            return replace(leader, offices=together)
    roles = set(mention.roles) | {mention.role}
    terms = tuple(o for o in leader.offices if o.role in roles) if leader else ()
    return replace(leader, offices=terms) if terms else leader


def _terms_held_at_once(offices, roles) -> tuple[OfficeTerm, ...]:
    """The periods in which one leader held every office of `roles` at once."""
    spans = [OfficeTerm(roles[0], "", "", None, None)]
    for role in dict.fromkeys(roles):
        terms = [o for o in offices if o.role == role]
        spans = [
            replace(span, start=_later(span.start, term.start), end=_earlier(span.end, term.end))
            for span in spans
            for term in terms
        ]
        spans = [s for s in spans if not (s.start and s.end and s.start > s.end)]
    return tuple(spans)


def _later(a: date | None, b: date | None) -> date | None:
    return max(a, b) if a and b else a or b


def _earlier(a: date | None, b: date | None) -> date | None:
    return min(a, b) if a and b else a or b


_UNIQUE_OFFICES = {
    "head_of_state", "head_of_government", "party_leader", "parliament_chair",
    "upper_house_chair", "lower_house_chair", "foreign_minister",
}  # fmt: skip


def _by_office(mention: Mention, directory: Directory, day: date | None) -> LeaderEntry | None:
    if not (day and mention.role in _UNIQUE_OFFICES and mention.country):
        return None
    holders = directory.holders(mention.role, mention.country, day)
    return holders[0] if len(holders) == 1 else None


def _holder_instead(leader, mention: Mention, directory, day) -> LeaderEntry | None:
    """The one holder on `day` of the office a leader named earlier was told with, when he held no
    office then (one who held another, `khi đó là Thủ tướng`, is kept)."""
    if not (day and mention.role in _UNIQUE_OFFICES) or leader.office_on(day):
        return None
    holders = directory.holders(mention.role, leader.country, day)
    return holders[0] if len(holders) == 1 else None


def _title(leader: LeaderEntry, mention: Mention, day: date | None) -> str:
    if len(mention.roles) > 1:  # offices held together: the directory's titles, if it has them all
        offices = [leader.office_on(day, role) for role in mention.roles] if day else []
        if offices and all(offices):
            return ", ".join(dict.fromkeys(o.title for o in offices))
        return mention.title
    if not mention.role and day:  # named without a title: every office held that day
        held = sorted(  # the party's office first, as the press writes them
            (o for o in leader.offices if o.held_on(day)),
            key=lambda o: (o.role != "party_leader", RANK_OF_ROLE.get(o.role, 9)),
        )
        if len(held) > 1:
            return ", ".join(dict.fromkeys(o.title for o in held))
    office = leader.office_on(day, mention.role or None) if day else None
    office = office or (leader.office_on(day) if day else None)
    if office is None and mention.title:
        return mention.title
    if office is None and mention.role:
        office = next((o for o in leader.offices if o.role == mention.role), None)
    return office.title if office else ""


def rank(participant: Participant, directory: Directory, day: date | None, roles: dict) -> int:
    if participant.is_new:
        return RANK_OF_ROLE.get(roles.get(participant.leader_key, "other"), 5)
    office = directory.leader(participant.leader_key).office_on(day) if day else None
    return RANK_OF_ROLE.get(office.role, 5) if office else 5


_VIETNAMESE_SURNAMES = frozenset([
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
    "hồ", "ngô", "dương", "lý", "tô", "vương", "trương", "đinh", "lâm", "mai", "lương", "hà", "tạ",
    "thái", "chu", "cao", "đoàn", "lưu", "trịnh", "nông", "đào", "kiều", "quan", "tòng", "tống",
])  # fmt: skip


def country_of_new(mention: Mention, host: str, partner=lambda: "") -> tuple[str, str]:
    """The country of someone the directory lacks, and the reason when it was not read: the
    country written after the title; the one the title implies, unless the name is plainly not
    of it (`Chủ tịch Quốc hội Woo Won Sik` in Seoul: the country visited); Vietnam for a
    Vietnamese name; else the foreign country the report is about (`Thủ tướng khi đó là
    Prayut` in a report of calls with Thailand)."""
    vietnamese = _vietnamese_name(mention.surface)
    implied_home = mention.country == "VN" and not mention.country_written
    if mention.country and not (implied_home and mention.surface and not vietnamese):
        return mention.country, ""
    if vietnamese:
        return "VN", ""
    if host and host != "VN" and mention.surface:
        return host, f"{mention.surface!r} taken to be of the country visited ({host})"
    if mention.surface and (about := partner()):
        return (
            about,
            f"{mention.surface!r} taken to be of the country the report is about ({about})",
        )
    return "", ""


def _vietnamese_name(name: str) -> bool:
    first = name.split()[0].lower() if name else ""
    return first in _VIETNAMESE_SURNAMES and not name.isascii()


def identify_participants(
    candidate, directory, day, date_read: bool, named_keys, host: str = "", partner=lambda: ""
):
    people, roles, reasons = {}, {}, []
    for mention in candidate.mentions:
        country, guessed = (
            ("", "") if mention.leader_keys else country_of_new(mention, host, partner)
        )
        acting = mention.title.startswith("Quyền ") and mention.surface  # not the holder
        leader = (
            _named(mention, directory, day)
            if mention.leader_keys
            else None
            if acting
            else _by_office(replace(mention, country=country), directory, day)
        )
        told_before = mention.start < candidate.sentence[0]
        if (
            leader is not None
            and told_before
            and (holder := _holder_instead(leader, mention, directory, day))
        ):
            # `hai Thủ tướng` of a meeting in 2025, the text having named a prime minister of 1995
            if any(holder.key in m.leader_keys for m in candidate.mentions):
                continue  # the one who held it is named too: the earlier one is not at it
            reasons.append(
                f"{leader.name}, named earlier, held no office on that date; "
                f"{holder.name}, who did, is assumed"
            )
            leader = holder
        if leader is not None:
            if not mention.leader_keys and mention.surface:
                reasons.append(
                    f"{mention.surface!r} read as {leader.name}, who held that office on that date"
                )
            elif not mention.leader_keys and not (date_read or leader.key in named_keys):
                reasons.append(
                    f"{leader.name} is named only by title; the office holder on that date"
                )
            title = _title(leader, mention, day)
            people.setdefault(
                leader.key, Participant(leader.key, leader.name, title, leader.country)
            )
            continue
        if guessed:
            reasons.append(guessed)
        if mention.surface and country:
            key = ("new", country, " ".join(mention.surface.split()))
            people.setdefault(key, Participant(key, key[2], mention.title, country))
            roles[key] = mention.role
        elif mention.surface or mention.country:
            shown = mention.surface or f"{mention.title} ({mention.country})"
            reasons.append(f"participant not identified: {shown!r}")
    return people, roles, reasons
