"""Small factories: many meetings quickly, for pages whose cost must not grow with the data."""

from datetime import date, timedelta
from itertools import count

from archive.models import Agreement, Article, Leader, Meeting, MeetingAgreement, Participation

_serial = count(1)


def make_leader(**overrides) -> Leader:
    n = next(_serial)
    return Leader.objects.create(**{"name": f"Leader {n}", "country": "VN", **overrides})


def make_article(**overrides) -> Article:
    n = next(_serial)
    values = {
        "title": f"Bài báo số {n} về hội đàm Việt Nam – Nga",
        "lead": "Hai bên nhất trí tăng cường hợp tác.",
        "body": "Chủ tịch nước hội đàm với Tổng thống Nga.\nHai bên ký kết nhiều văn kiện.",
        "byline": "Phóng viên",
        "source_file": f"article_{n}.txt",
        "checksum": f"{n:064d}",
        "encoding": "utf-8",
        "original_text": "…",
    }
    return Article.objects.create(**{**values, **overrides})


def make_meeting(*, people=(), articles=(), agreements=(), **overrides) -> Meeting:
    meeting = Meeting.objects.create(
        **{
            "date": date(2015, 5, 8),
            "kind": "talks",
            "city": "Moscow",
            "country": "RU",
            **overrides,
        }
    )
    Participation.objects.bulk_create(
        [
            Participation(meeting=meeting, leader=p, title="Chủ tịch nước", country=p.country)
            for p in people
        ]
    )
    meeting.articles.add(*articles)
    MeetingAgreement.objects.bulk_create(
        [MeetingAgreement(meeting=meeting, agreement=a) for a in agreements]
    )
    return meeting


def make_many_meetings(n: int = 300) -> list[Meeting]:
    """n meetings over 30 years between rotating leaders, each reported by one or two articles."""
    vn = [make_leader(country="VN") for _ in range(6)]
    ru = [make_leader(country="RU") for _ in range(4)]
    agreements = [
        Agreement.objects.create(title=f"Hiệp định số {i}", kind="agreement") for i in range(5)
    ]
    meetings = []
    for i in range(n):
        articles = [make_article() for _ in range(1 + i % 2)]
        meetings.append(make_meeting(
            people=(vn[i % 6], ru[i % 4]), articles=articles, agreements=agreements[: i % 3],
            date=date(1995, 1, 1) + timedelta(days=37 * i), kind=Meeting.Kind.values[i % 4],
            needs_review=i % 5 == 0,
        ))  # fmt: skip
    return meetings
