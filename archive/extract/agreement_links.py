"""Which meeting each agreement a text names belongs to, and whether it was signed there or only
cited. Pure functions over the meetings `assemble` read and the agreements `find_agreements` read."""

from dataclasses import replace

from .agreements import AgreementMention
from .extracted import ExtractedMeeting


def attach_agreements(
    meetings: list[ExtractedMeeting], agreements: list[AgreementMention], text: str
) -> list[ExtractedMeeting]:
    """Each agreement goes to one meeting: the one it was signed at by the date or year the
    text gives; else the meeting the paragraph was telling of where it is named (for what is
    signed there, talks: `Sau cuộc hội đàm này, ... lễ ký`); else the main talks."""
    if not meetings or not agreements:
        return meetings
    main = next(
        (i for kind in ("talks", "multilateral") for i, m in enumerate(meetings) if m.kind == kind),
        0,
    )
    links: dict[int, list] = {}
    for mention in agreements:
        at, signed = _signed_at(meetings, mention, main)
        told = _told_before(meetings, mention.start, text)
        if told is not None and (at is None or (at == main and signed and _signs(meetings[told]))):
            at = told
        at = main if at is None else at
        day = meetings[at].date.start
        later = mention.signed_date and day and mention.signed_date > meetings[at].date.last_day()
        if later and (signed or mention.signed_here):
            continue  # signed after the meeting, so not there: not the agreement it was told of
        # (cited, a later agreement is one still to come: `bắt đầu đàm phán ... thương mại tự do`)
        links.setdefault(at, []).append((mention, "signed" if signed else "cited"))
        for i in _citing(meetings, mention, at, main, text):
            links.setdefault(i, []).append((mention, "cited"))
    return [replace(m, agreements=tuple(links.get(i, ()))) for i, m in enumerate(meetings)]


def _citing(meetings, mention: AgreementMention, at: int, main: int, text: str) -> set[int]:
    """The other meetings that cite it: the one told in a sentence that names it (`Một ngày sau
    lễ ký Hiệp ước ..., X tiếp Y`) or that the paragraph is telling of there; the report's main
    meeting, when the agreement went to one before it."""
    citing = {i for i, m in enumerate(meetings) if set(m.told_in) & set(mention.sentences)}
    citing |= {_told_before(meetings, s, text) for s in mention.sentences} - {None}
    start, main_start = meetings[at].date.start, meetings[main].date.start
    if start and main_start and meetings[at].date.last_day() < main_start:
        citing.add(main)
    return citing - {at}


def _signs(meeting: ExtractedMeeting) -> bool:
    return meeting.kind in ("talks", "multilateral")


def _told_before(meetings: list[ExtractedMeeting], at: int, text: str) -> int | None:
    """The meeting the paragraph has been telling of at `at`: the last one it told of by then,
    not one told in passing (`gặp nhau ở Hà Nội tháng 11/2013`) nor one dated by the visit."""
    paragraph = text.rfind("\n", 0, at)
    told = {
        i: max(s for s in m.told_in if paragraph < s <= at)
        for i, m in enumerate(meetings)
        if any(paragraph < s <= at for s in m.told_in)
        and m.date.precision == "day"
        and not m.date.end
    }
    return max(told, key=told.get) if told else None


def _signed_at(meetings, mention: AgreementMention, main: int) -> tuple[int | None, bool]:
    """The meeting at which the agreement was signed, by the date or year the text gives."""
    for i, meeting in enumerate(meetings):
        day = meeting.date.start if meeting.date.precision == "day" else None
        if mention.signed_date is not None and mention.signed_date == day:
            return i, True
    if mention.signed_year is not None:
        years = [
            i
            for i, m in enumerate(meetings)
            if m.date.start and m.date.start.year == mention.signed_year
        ]
        if len(years) == 1:
            return years[0], True
    if mention.signed_here and mention.signed_date is None and mention.signed_year is None:
        told = [i for i, m in enumerate(meetings) if set(m.told_in) & set(mention.signed_in)]
        return (told[0] if told else main), True  # `hội đàm hồi tháng 7/2013 và ra Tuyên bố chung`
    return None, False
