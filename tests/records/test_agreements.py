"""Agreements the importer records: one record per agreement, never two countries' treaties of
one name in one record."""

from datetime import date

import pytest

from archive.extract.agreements import AgreementMention
from archive.models import Agreement
from archive.records.agreements import agreement_for

pytestmark = pytest.mark.django_db


def mention(title, parties=(), signed=None):
    return AgreementMention(0, title, "treaty", signed, None, False, parties)


def test_treaties_of_one_name_with_different_countries_are_two_records():
    laos = agreement_for(
        mention("Hiệp ước Hữu nghị và Hợp tác", signed=date(1977, 7, 18)),
        article_id=1, countries=("LA", "VN"),
    )  # fmt: skip
    soviet = agreement_for(
        mention("Hiệp ước hữu nghị và hợp tác"), article_id=2, countries=("SU", "VN")
    )
    assert laos.pk != soviet.pk
    assert (laos.parties, soviet.parties) == (["LA", "VN"], ["SU", "VN"])


def test_one_agreement_told_twice_is_one_record_with_the_fuller_title():
    short = agreement_for(
        mention("Hiệp ước biên giới trên đất liền"), article_id=1, countries=("CN", "VN")
    )
    full = agreement_for(
        mention("Hiệp ước biên giới trên đất liền giữa Việt Nam và Trung Quốc", ("CN", "VN")),
        article_id=2,
    )
    assert short.pk == full.pk
    assert Agreement.objects.get(pk=short.pk).title.endswith("Trung Quốc")


def test_a_title_staff_wrote_is_kept():
    record = agreement_for(
        mention("Hiệp ước biên giới trên đất liền"), article_id=1, countries=("CN", "VN")
    )
    record.title = "Hiệp ước biên giới trên đất liền Việt Nam - Trung Quốc (1999)"
    record.mark_staff_edited(["title"])
    record.save()
    agreement_for(
        mention(
            "Hiệp ước biên giới trên đất liền giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước Cộng hòa nhân dân Trung Hoa",
            ("CN", "VN"),
        ),
        article_id=2,
    )
    assert Agreement.objects.get(pk=record.pk).title.endswith("(1999)")
