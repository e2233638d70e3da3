"""Venues and cities named in the text, and the capital assumed when only a country is known."""

import re
from dataclasses import dataclass

CAPITALS = {"VN": "Hanoi", "RU": "Moscow", "BY": "Minsk", "KZ": "Astana", "CN": "Beijing"}

# (lowercase pattern, venue, city, country); venues before cities so `Điện Kremlin` wins.
_VENUES = (
    (r"điện kremlin|điện kremli|điện crem-li|kremlin", "Điện Kremlin", "Moscow", "RU"),
    (r"phủ chủ tịch|dinh chủ tịch", "Phủ Chủ tịch", "Hanoi", "VN"),
    (r"trụ sở chính phủ|văn phòng chính phủ", "Trụ sở Chính phủ", "Hanoi", "VN"),
    (r"văn phòng trung ương", "Văn phòng Trung ương", "Hanoi", "VN"),
    (r"trụ sở trung ương đảng", "Trụ sở Trung ương Đảng", "Hanoi", "VN"),
    (r"nhà quốc hội", "Nhà Quốc hội", "Hanoi", "VN"),
    (r"nhà trắng(?= ở moskva| tại moskva| nga)", "Nhà Trắng", "Moscow", "RU"),
    (r"bocharov ruchei|bô-cha-rốp ru-chây", "Bocharov Ruchei", "Sochi", "RU"),
    (r"novo-ogaryovo|nô-vô ô-ga-ri-ô-vô", "Novo-Ogaryovo", "Moscow", "RU"),
)
# `dinh tổng thống` (machine translation of the presidential palace) depends on the host.
_PRESIDENTIAL_PALACE = re.compile(r"dinh tổng thống|phủ tổng thống")
_CITIES = (
    (r"moskva|moscow|mát-xcơ-va|matxcơva|mạc tư khoa", "Moscow", "RU"),
    (r"hà nội|hanoi", "Hanoi", "VN"),
    (
        r"st\.? petersburg|saint petersburg|sankt-peterburg|xanh pê-téc-bua|xanh pê-tec-bua|pê-téc-bua",
        "Saint Petersburg",
        "RU",
    ),
    (r"sochi|xô-chi", "Sochi", "RU"),
    (r"vladivostok|vla-đi-vô-xtốc", "Vladivostok", "RU"),
    (r"kazan|ca-dan", "Kazan", "RU"),
    (r"yekaterinburg|ekaterinburg", "Yekaterinburg", "RU"),
    (r"novosibirsk", "Novosibirsk", "RU"),
    (r"đà nẵng", "Da Nang", "VN"),
    (r"(?:thành phố|tp\.?) hồ chí minh|tp\.? ?hcm", "Ho Chi Minh City", "VN"),
    (r"hải phòng", "Hai Phong", "VN"),
    (r"nha trang", "Nha Trang", "VN"),
    (r"minsk", "Minsk", "BY"),
    (r"astana|nur-sultan|burabay", "Astana", "KZ"),
    (r"bắc kinh", "Beijing", "CN"),
)
# `tại tỉnh Moscow` is a province, not the city where a meeting took place.
_NOT_A_MEETING_PLACE = re.compile(r"(?:tỉnh|vùng|khu vực|khu công nghiệp[^.,;]*|giờ)\s+$")
_AT = re.compile(r"(?:tại|ở|thủ đô|thành phố)\s+$")


@dataclass(frozen=True)
class Place:
    start: int
    venue: str = ""
    city: str = ""
    country: str = ""


def _scan(lower: str, start: int, end: int, pattern: str):
    for match in re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", lower[start:end]):
        before = lower[max(0, start + match.start() - 40) : start + match.start()]
        if not _NOT_A_MEETING_PLACE.search(before):
            yield start + match.start()


def find_places(lower: str, start: int = 0, end: int | None = None, host: str = "") -> list[Place]:
    """Venues and cities between start and end, the likeliest meeting place first."""
    end = len(lower) if end is None else end
    places = []
    for pattern, venue, city, country in _VENUES:
        places += [Place(at, venue, city, country) for at in _scan(lower, start, end, pattern)]
    for at in _scan(lower, start, end, _PRESIDENTIAL_PALACE.pattern):
        if host == "RU":
            places.append(Place(at, "Điện Kremlin", "Moscow", "RU"))
        elif host == "VN":
            places.append(Place(at, "Phủ Chủ tịch", "Hanoi", "VN"))
    for pattern, city, country in _CITIES:
        places += [Place(at, "", city, country) for at in _scan(lower, start, end, pattern)]

    def preference(place: Place) -> tuple:
        introduced = bool(_AT.search(lower[max(0, place.start - 12) : place.start]))
        return (not place.venue, not introduced, place.start)

    return sorted(places, key=preference)


_HOST = re.compile(
    r"(?:thăm(?:\s+(?:chính thức|cấp nhà nước|hữu nghị|làm việc))?|đến|sang|tới|có mặt tại)\s+"
    r"(?P<country>liên bang nga|nước nga|nga|việt nam)(?!\w)"
)
_HOST_WEAK = re.compile(r"(?:tại|ở)\s+(?P<country>liên bang nga|nga|việt nam)(?!\w)")


def host_country(lower: str, start: int = 0, end: int | None = None) -> str:
    """The country being visited, from `thăm Việt Nam`, `thăm chính thức Liên bang Nga`, `tại Nga`."""
    end = len(lower) if end is None else end
    for pattern in (_HOST, _HOST_WEAK):
        if match := pattern.search(lower, start, end):
            return "VN" if match.group("country") == "việt nam" else "RU"
    return ""
