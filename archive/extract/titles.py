"""Titles of office as the Vietnamese press writes them, for any country: the role each names, the
country the title itself implies, and the country written after it (`Thủ tướng Belarus`).

A title is found on the lowercased text; what follows it decides the rest: a country name, the
party or state it belongs to (`Đảng Cộng sản Trung Quốc`, `nước Cộng hòa Dân chủ Nhân dân Lào`),
then the name of its holder.
"""

import re
from dataclasses import dataclass

from .countries import country_names
from .directory import Directory
from .text import PreparedText

# The words of ministries' names (`Bộ trưởng Bộ Công Thương`, `Thứ trưởng Kinh tế`): a minister's
# title runs over them and stops at the first word that is not one (the country or the name).
_PORTFOLIO = (
    "bộ|ngoại giao|quốc phòng|công an|an ninh|công thương|thương mại|công nghiệp|kinh tế|phát triển|"
    "kế hoạch|đầu tư|tài chính|ngân khố|giao thông|vận tải|xây dựng|nông nghiệp|nông thôn|môi trường|"
    "tài nguyên|thiên nhiên|năng lượng|tư pháp|nội vụ|y tế|giáo dục|đào tạo|khoa học|công nghệ|"
    "thông tin|truyền thông|lao động|thương binh|xã hội|văn hóa|thể thao|du lịch|dân tộc|"
    "tình trạng khẩn cấp|hợp tác|quốc tế|đối ngoại|biển|viễn đông|bắc cực|và|phụ trách|thường trực"
)
_PORTFOLIO_WORDS = rf"(?:\s+(?:{_PORTFOLIO}))+"

# (pattern, role, country the title implies); longest and most specific first.
TITLES = (
    (r"chủ tịch hội đồng liên bang(?:\s+quốc hội)?", "upper_house_chair", "RU"),
    (r"chủ tịch duma(?:\s+quốc gia)?(?:\s+quốc hội)?", "lower_house_chair", "RU"),
    (r"chủ tịch đoàn chủ tịch xô viết tối cao|chủ tịch xô viết tối cao", "head_of_state", ""),
    (r"chủ tịch hội đồng nhà nước", "head_of_state", ""),
    (r"phó chủ tịch hội đồng bộ trưởng", "deputy_head_of_government", ""),
    (r"chủ tịch hội đồng bộ trưởng", "head_of_government", ""),
    (r"chủ tịch ủy ban thường vụ quốc hội|ủy viên trưởng ủy ban thường vụ", "parliament_chair", ""),
    (r"chủ tịch thượng viện|chủ tịch thượng nghị viện", "upper_house_chair", ""),
    (r"chủ tịch hạ viện|chủ tịch hạ nghị viện|chủ tịch viện dân biểu", "lower_house_chair", ""),
    (r"phó chủ tịch quốc hội|phó chủ tịch thượng viện|phó chủ tịch hạ viện", "other", ""),
    (r"chủ tịch quốc hội", "parliament_chair", "VN"),
    (r"phó chủ tịch nước", "vice_head_of_state", "VN"),
    (r"chủ tịch nước", "head_of_state", "VN"),
    (r"tổng bí thư|bí thư thứ nhất", "party_leader", ""),
    (r"phó tổng thống", "vice_head_of_state", ""),
    (r"tổng thống", "head_of_state", ""),
    (r"quốc vương|nhà vua|nhật hoàng|hoàng đế", "head_of_state", ""),
    (r"cố vấn nhà nước", "other", ""),  # Myanmar's State Counsellor
    (r"ủy viên quốc vụ", "other", "CN"),  # China's State Councilor
    (r"chủ tịch ủy ban quốc vụ", "head_of_state", "KP"),
    (
        r"chủ tịch (?:ủy ban toàn quốc )?(?:chính hiệp|hội nghị hiệp thương chính trị)(?: toàn quốc)?",
        "other",
        "CN",
    ),  # fmt: skip
    (r"đại diện thương mại", "minister", ""),  # `Đại diện Thương mại Hoa Kỳ`
    (r"phó thủ tướng(?:\s+thường trực)?(?:\s+chính phủ)?", "deputy_head_of_government", ""),
    (r"thủ tướng chính phủ", "head_of_government", "VN"),
    (r"thủ tướng quốc vụ viện", "head_of_government", "CN"),
    (r"thủ tướng", "head_of_government", ""),
    (
        r"(?:phó bộ trưởng|thứ trưởng)(?:\s+thường trực)?(?:\s+của)?(?:\s+bộ)?\s+ngoại giao",
        "deputy_foreign_minister",
        "",
    ),
    (r"bộ trưởng(?:\s+bộ)?\s+ngoại giao|ngoại trưởng", "foreign_minister", ""),
    (rf"(?:phó bộ trưởng|thứ trưởng)(?:{_PORTFOLIO_WORDS})?", "deputy_minister", ""),
    (rf"bộ trưởng{_PORTFOLIO_WORDS}", "minister", ""),
    (r"bộ trưởng cấp cao", "minister", ""),  # Singapore's Senior Minister
    # `Bộ trưởng Westerwelle`, `Thứ trưởng Pak`: the minister told of before, by name only.
    (r"bộ trưởng", "minister", "!"),
    (r"thứ trưởng", "deputy_minister", "!"),
    # `Chủ tịch` alone names a state's head only with a country after it (`Chủ tịch Trung Quốc`);
    # it is also a company's or a committee's chair.
    (r"chủ tịch", "head_of_state", "?"),
)
# Not a title of office: `dinh tổng thống` (a building), `nguyên Thủ tướng` (a former one),
# `cố Chủ tịch` (the late one),
# `Phó Chủ tịch Quốc hội` where no deputy title is listed (a deputy, not the chair).
_TITLE = re.compile(
    r"(?<!dinh )(?<!phủ )(?<!văn phòng )(?<!nhà )(?<!nguyên )(?<!cựu )(?<!cố )(?<!phó )(?<!ứng viên )(?:"
    + "|".join(
        f"(?P<t{i}>(?<!\\w)(?:{pattern}))(?!\\w)" for i, (pattern, _, _) in enumerate(TITLES)
    )
    + ")"
)
# What may stand between a title and its country: the party or the state it belongs to.
_OF = re.compile(
    r"(?:\s*,)?\s+(?:của\s+)?(?:(?:(?:ban chấp hành|ủy ban|uỷ ban)\s+trung ương\s+)?đảng\s+(?:cộng sản|nhân dân cách mạng|"
    r"lao động|dân chủ tự do|nhân dân)\s+|chính phủ\s+|quốc hội\s+|nước\s+|liên bang\s+(?=nga))?"
)

# Between two titles one person holds: `Tổng Bí thư, Chủ tịch`, `Phó Thủ tướng kiêm Bộ trưởng`.
_ONE_MORE = re.compile(r"\s*,\s*|\s+kiêm\s+")


@dataclass(frozen=True)
class Title:
    start: int
    end: int  # past the country, when one is written
    role: str
    country: str  # "" when neither the title nor the text after it says
    written: str  # as written, without the country (`Thủ tướng`, `Bộ trưởng Kinh tế`)
    country_written: bool = False  # the country is named after the title, not implied by it
    roles: tuple[str, ...] = ()  # every role of a joined title (`Tổng Bí thư, Chủ tịch nước`)


_ACTING = re.compile(r"(?<!\w)quyền\s+$")
_NEXT_WORD = re.compile(r"[ \t]+(?:ông\s+|bà\s+)?(\w)")


def find_titles(pt: PreparedText, directory: Directory) -> list[Title]:
    countries = country_names(directory)
    found: list[Title] = []
    spelt: list | None = None  # the countries the text names, read at the first title
    for match in _TITLE.finditer(pt.lower):
        at = match.start()
        spelt = list(countries.find(pt)) if spelt is None else spelt
        if any(c.start < at < c.end for c in spelt):
            continue  # inside a country's name: `Trung Quốc Vương Nghị` is no `Quốc vương`
        index = int(match.lastgroup[1:])
        _, role, implied = TITLES[index]
        end, country = match.end(), implied
        qualifier = _OF.match(pt.lower, end)
        named = countries.at(pt, qualifier.end() if qualifier else end)
        if named:
            end, country = named.end, named.code
        if country == "!":  # a bare `Bộ trưởng`: a title only right before a name
            following = _NEXT_WORD.match(pt.text, end)
            if not (following and following.group(1).isupper()):
                continue
            country = ""
        if country == "?":  # a bare `Chủ tịch`: someone's chair, unless it ends a leader's titles
            previous = found[-1] if found else None
            if not (previous and _ONE_MORE.fullmatch(pt.lower, previous.end, match.start())):
                continue
            country = ""  # `Tổng Bí thư, Chủ tịch Tập Cận Bình`
        start = match.start()
        if acting := _ACTING.search(pt.lower, max(0, start - 8), start):
            start = acting.start()  # `Quyền Chủ tịch Duma`: one acting for the holder
        written = " ".join(pt.text[start : match.end()].split())
        written = written[0].upper() + written[1:]
        found.append(Title(start, end, role, country, written, bool(named), (role,)))
    return found


def joined(titles: list[Title]) -> Title:
    """Titles one person holds together (`Tổng Bí thư, Chủ tịch nước`, `Phó Thủ tướng kiêm Bộ
    trưởng Ngoại giao`) as one: the last one's role, the first country written after any of
    them (or else implied by one), every role."""
    last = titles[-1]
    if len(titles) == 1:
        return last
    written = [t for t in titles if t.country_written and t.country]
    implied = [t for t in titles if t.country]
    country = (written or implied or [last])[0].country
    return Title(
        titles[0].start,
        last.end,
        last.role,
        country,
        ", ".join(t.written for t in titles),
        bool(written),
        tuple(t.role for t in titles),
    )
