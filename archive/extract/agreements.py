"""Agreements cited in a text: matched to known ones through their aliases, or new ones read from
a formal title (`Nghị định thư giữa ... về ... ký ngày 21 tháng 3 năm 2016`)."""

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from archive.text import fold

from .countries import country_names
from .dates import find_dates
from .directory import AgreementEntry, Directory
from .text import PreparedText

_KINDS = (
    ("hiệp ước", "treaty"),
    ("hiệp định", "agreement"),
    ("nghị định thư", "protocol"),
    ("tuyên bố chung", "joint_statement"),
    ("tầm nhìn chung", "joint_statement"),
    ("tuyên bố", "declaration"),
    ("chương trình hợp tác", "programme"),
    ("chương trình hành động", "programme"),
    ("kế hoạch hành động", "programme"),
    ("biên bản ghi nhớ", "memorandum"),
    ("bản ghi nhớ", "memorandum"),
    ("biên bản", "other"),  # `Biên bản Kỳ họp lần thứ 18 Ủy ban hỗn hợp`: signed minutes
    ("công ước", "convention"),
    ("hợp đồng", "other"),  # `Hợp đồng đóng tàu tuần tra`: a contract signed at the talks
    ("thỏa thuận", "agreement"),
    ("thoả thuận", "agreement"),
    ("chiến lược", "programme"),  # `Chiến lược Tokyo 2018`; capitalised only (see _read_mention)
)
_KEYWORD = re.compile(r"(?<!\w)(?:" + "|".join(k for k, _ in _KINDS) + r")(?!\w)")
# Where a cited title stops: the signing clause, a list, a new clause.
_TITLE_END = re.compile(
    r"\s+(?:được\s+|đã\s+)?ký(?!\w)|\s+(?:đã|sẽ|đang|có)\s+(?:có\s+)?hiệu lực|"
    r"\s+và\s+(?:các|những|bên|cùng|đồng thời|sẽ|đã)\s|[,;:()“”\"]|\.(?:\s|$)|\s+(?:là|nhằm|để|sẽ|đã|cũng|tại|sớm|được)\s|"
    r"\s+và\s+(?=(?:hiệp định|hiệp ước|nghị định thư|bản ghi nhớ|kế hoạch|chương trình)\s)"
)
# Capitalised words listed in a title: `Tầm nhìn chung vì Hòa bình, Thịnh vượng và Người dân`.
_LISTED_WORDS = re.compile(r",\s+[A-ZĐÀ-Ỹ][^\s,;]*(?:\s+[^\s,;]+){0,2}?(?:,|\s+và\s+[A-ZĐÀ-Ỹ])")
# `lễ ký 12 văn kiện, trong đó có hợp đồng đóng tàu ...`: one of the documents signed.
_LISTED_AMONG = re.compile(r"(?:trong đó có|gồm|bao gồm)\s+(?:cả\s+)?$")
_GENERIC_START = re.compile(
    r"(?:\s*(?:các|những|này|đó|khác|kèm theo|đã|sẽ|quan trọng|song phương|cụ thể)(?!\w))"
)
_BILATERAL = re.compile(
    r"việt|nga|liên chính phủ|hai (?:nước|chính phủ|quốc hội|đảng|bộ)|liên minh kinh tế|eaeu|"
    r"quan hệ"  # `Kế hoạch hành động của quan hệ Đối tác chiến lược toàn diện`
)
_SIGNED_HERE = re.compile(
    r"chứng kiến|lễ ký|đã ký|ký kết các|thông qua|ra tuyên bố|ra\s+“?tuyên bố|ban hành|công bố|"
    r"(?<!\w)ký(?:\s+kết)?\s*$"  # `hai nước ký Hiệp ước ...`
)
# `Một ngày sau lễ ký Hiệp ước ...`: the signing as the time of something else.
_TIME_OF = re.compile(r"(?<!\w)(?:sau|trước|nhân dịp|kỷ niệm(?:\s+\d+\s+năm)?)\s+(?:khi\s+)?$")
_PARTNERSHIP = re.compile(r"(?:đối tác|đối thoại|ổn định|hợp tác)\s+$")
_JOINT_STATEMENT_ISSUED = re.compile(
    r"(?:ra|thông qua|ký|ban hành|công bố)\s+(?:bản\s+|một\s+)?tuyên bố chung"
)
_STOPWORDS = frozenset(
    [
        "giữa",
        "và",
        "của",
        "về",
        "trong",
        "lĩnh",
        "vực",
        "các",
        "những",
        "một",
        "bên",
        "là",
        "kia",
        "cùng",
        "với",
        "tại",
    ]
)


@dataclass(frozen=True)
class AgreementMention:
    start: int
    title: str
    kind: str
    signed_date: date | None
    known_key: int | str | None
    signed_here: bool
    parties: tuple[str, ...] = ()  # the countries the title names
    signed_year: int | None = None  # `ký năm 2017` after the title: signed then, not here
    sentences: tuple[int, ...] = ()  # where each sentence that names it starts
    signed_in: tuple[int, ...] = ()  # where each sentence that tells it signed starts


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", fold(text))}


_FOLDED_STOPWORDS = frozenset(fold(w) for w in _STOPWORDS)


@lru_cache(maxsize=8)
def _alias_words(agreements: tuple[AgreementEntry, ...]) -> list[tuple[frozenset, AgreementEntry]]:
    return [
        (frozenset(_words(alias) - _STOPWORDS), agreement)
        for agreement in agreements
        for alias in (*agreement.aliases, agreement.title)
    ]


def match_known(text: str, agreements: tuple[AgreementEntry, ...]) -> AgreementEntry | None:
    """The known agreement with the most specific alias (or title) whose words all occur in `text`."""
    words = _words(text)
    best, best_size = None, 0
    for alias_words, agreement in _alias_words(agreements):
        if alias_words and alias_words <= words and len(alias_words) > best_size:
            best, best_size = agreement, len(alias_words)
    return best


def title_words(title: str) -> set[str]:
    return _words(title) - _FOLDED_STOPWORDS


def same_title(a: set[str], b: set[str]) -> bool:
    """Two titles (as `title_words`) of one agreement: `Hiệp ước hữu nghị và hợp tác Việt Nam -
    Liên Xô` and the same treaty's formal title, which holds nearly all of its words."""
    small, large = sorted((a, b), key=len)
    if len(small) < 4:
        return a == b
    return len(small & large) >= 0.9 * len(small) or len(a & b) >= 0.6 * len(a | b)


def find_agreements(pt: PreparedText, directory: Directory) -> list[AgreementMention]:
    """Each agreement the text names, once: with its fullest title, signed here if any mention
    says so, with the signing date any mention gives."""
    found: list[AgreementMention] = []
    starts = [s for s, _ in pt.sentences]
    named: set[str] | None = None  # the countries the text names, read when first needed
    for match in _KEYWORD.finditer(pt.lower):
        at = bisect_right(starts, match.start()) - 1
        inside = at >= 0 and match.start() < pt.sentences[at][1]
        sentence = pt.sentences[at] if inside else (match.start(), len(pt.text))
        if named is None:
            named = _with_successors({c.code for c in country_names(directory).find(pt)}, directory)
        mention = _read_mention(pt, match, sentence, directory, named)
        if mention:
            mention = replace(
                mention,
                sentences=(sentence[0],),
                signed_in=(sentence[0],) if mention.signed_here else (),
            )
            same = next((i for i, m in enumerate(found) if _same_agreement(m, mention)), None)
            if same is None:
                found.append(mention)
            else:
                found[same] = _together(found[same], mention)
    return found


def _with_successors(codes: set[str], directory: Directory) -> set[str]:
    """`Nga` also names the Soviet Union's agreements, and `Liên Xô` Russia's."""
    pairs = [(c.code, c.successor) for c in directory.countries if c.successor]
    return codes | {a for a, b in pairs if b in codes} | {b for a, b in pairs if a in codes}


def _same_agreement(a: AgreementMention, b: AgreementMention) -> bool:
    if a.known_key is not None or b.known_key is not None:
        return a.known_key == b.known_key
    years = {a.signed_year, b.signed_year} - {None}
    if len(years) > 1 or (years and (a.signed_year is None) != (b.signed_year is None)):
        return False  # the agreement of 2017 and the one signed today: two
    return a.kind == b.kind and same_title(title_words(a.title), title_words(b.title))


def _together(first: AgreementMention, other: AgreementMention) -> AgreementMention:
    fuller = max((first, other), key=lambda m: len(m.title))
    return replace(
        first,
        title=fuller.title,
        signed_date=first.signed_date or other.signed_date,
        signed_here=first.signed_here or other.signed_here,
        parties=tuple(sorted(set(first.parties) | set(other.parties))),
        sentences=tuple(dict.fromkeys(first.sentences + other.sentences)),
        signed_in=tuple(dict.fromkeys(first.signed_in + other.signed_in)),
    )


def _read_mention(pt, match, sentence, directory, named: set[str]) -> AgreementMention | None:
    """`named`: the countries the whole text names; a known agreement of countries it never
    names is not the one meant (`Tuyên bố chung về quan hệ Đối tác chiến lược toàn diện` in a
    report on Korea is not the Vietnam–Russia one)."""
    kind = dict(_KINDS)[match.group()]
    if match.group() == "chiến lược" and (
        not pt.text[match.start()].isupper()
        or _PARTNERSHIP.search(pt.lower, max(0, match.start() - 20), match.start())
    ):
        return None  # `quan hệ Đối tác Chiến lược`, `chiến lược phát triển`: not a document
    rest, lower = pt.text[match.start() : sentence[1]], pt.lower[match.start() : sentence[1]]
    stop = _TITLE_END.search(lower, len(match.group()))
    while stop and _LISTED_WORDS.match(rest, stop.start()):  # `vì Hòa bình, Thịnh vượng và ...`
        stop = _TITLE_END.search(lower, stop.end())
    title = rest[: stop.start()] if stop else rest
    title = " ".join(title.split()[:40]).rstrip(" .")
    if match.group() == "biên bản":
        title = _minutes_of(pt, match.start(), title)
    window = pt.text[match.start() : min(sentence[1], match.start() + 400)]
    clause = pt.lower[match.start() + len(title) : match.start() + len(title) + 60]
    signed, signed_year = _signing_date(clause), _signing_year(clause)
    before = pt.lower[sentence[0] : match.start()]
    signed_here = any(
        not _TIME_OF.search(before, max(0, m.start() - 20), m.start())
        for m in _SIGNED_HERE.finditer(before)
    ) or (kind == "joint_statement" and bool(_JOINT_STATEMENT_ISSUED.search(pt.lower)))
    in_title = {
        c.code for c in country_names(directory).find(pt, match.start(), match.start() + len(title))
    }
    known = match_known(window, directory.agreements)
    partners = set(known.parties) - set(directory.focus[:1]) if known else set()
    if known and known.parties and (in_title - set(known.parties) - set(directory.focus[:1])):
        known = None  # `Tuyên bố chung ... Việt Nam – Hàn Quốc` is not the Vietnam–Russia one
    elif known and partners and not partners & named:
        known = None
    if known:
        return AgreementMention(
            match.start(),
            known.title,
            known.kind,
            signed or known.signed_date,
            known.key,
            signed_here,
        )
    tail = pt.lower[match.end() : match.start() + len(title)]
    named = title[len(match.group()) :].strip()[:1].isupper()  # `Tuyên bố Phnom Penh`
    specific = (len(title.split()) >= 5 or named) and not _GENERIC_START.match(tail)
    formal = (
        pt.text[match.start()].isupper()
        or " về " in title.lower()
        or "liên chính phủ" in title.lower()
        or (signed_here and bool(_LISTED_AMONG.search(before)))
    )
    bilateral = (
        bool(_BILATERAL.search(fold(title) + " " + title.lower()))
        or bool(in_title)
        or named
        or signed is not None
        or signed_year is not None
        or signed_here
    )
    if specific and formal and bilateral and "liên hợp quốc" not in title.lower():
        return AgreementMention(
            match.start(), title[0].upper() + title[1:], kind, signed, None, signed_here,
            tuple(sorted(in_title)), signed_year,
        )  # fmt: skip
    return None


# `Kỳ họp lần thứ 18 Ủy ban hỗn hợp về hợp tác kinh tế, thương mại ... Việt Nam - Ấn Độ`, up to
# the words that go on with the sentence (`với Bộ trưởng ...`).
_SESSION = re.compile(
    r"(?<!\w)kỳ họp (?:lần )?thứ (?P<n>\d+|[^\W\d_]+)(?!\w)[^.;:()]*?"
    r"(?=\s+(?:với|giữa|tại|vào|ngày|do|đã|và\s+(?:cùng|ký))\s|\s*[.;:()]|$)"
)
_SESSION_NUMBER = re.compile(r"lần thứ (\S+)")


def _minutes_of(pt: PreparedText, at: int, title: str) -> str:
    """`ký Biên bản`, `Biên bản Kỳ họp lần thứ 18`: the minutes of the session the text named in
    full before, under that session's full name."""
    if len(title.split()) > 8:
        return title
    sessions = list(_SESSION.finditer(pt.lower, max(0, at - 3000), at))
    number = _SESSION_NUMBER.search(title.lower())
    if number:
        sessions = [s for s in sessions if s.group("n") == number.group(1)]
    if not sessions:
        return title
    session = pt.text[sessions[-1].start() : sessions[-1].end()]
    return f"Biên bản {session[0].upper()}{session[1:]}"


def _signing_year(lower_after_title: str) -> int | None:
    clause = re.match(
        r"\s*(?:được\s+|đã\s+)?ký(?:\s+kết)?\s+(?:[^\d\s,.;]+\s+){0,3}[\d/.\s-]*?((?:19|20)\d\d)(?!\d)",
        lower_after_title,
    )
    return int(clause.group(1)) if clause else None


def _signing_date(lower_after_title: str) -> date | None:
    clause = re.match(r"\s*(?:được\s+)?ký(?:\s+kết)?\s+(?:vào\s+)?(.{0,40})", lower_after_title)
    if not clause:
        return None
    for mention in find_dates(clause.group(1)):
        if mention.day and mention.month and mention.year:
            return date(mention.year, mention.month, mention.day)
    return None
