from datetime import date

import pytest

from archive.ingest.dateline import (
    dateline_date,
    dateline_day_month,
    glued_dateline,
    leading_dateline,
    trailing_dateline,
)


@pytest.mark.parametrize(
    ("text", "dateline", "day"),
    [
        ("Thứ Bảy, 14/3/2020 08:30 (GMT+7)\nSáng qua", "Thứ Bảy, 14/3/2020 08:30 (GMT+7)",
         date(2020, 3, 14)),
        ("Cập nhật: 10:25 ngày 14/03/2020\nHai bên", "Cập nhật: 10:25 ngày 14/03/2020", date(2020, 3, 14)),
        ("Hà Nội, ngày 14/3/2020 Thủ tướng đã", "Hà Nội, ngày 14/3/2020", date(2020, 3, 14)),
        ("Mát-xcơ-va, 18-5-2004 - Hai nguyên thủ", "Mát-xcơ-va, 18-5-2004", date(2004, 5, 18)),
        ("Xanh Pê-téc-bua, 2/6/2022 – Sáng nay", "Xanh Pê-téc-bua, 2/6/2022", date(2022, 6, 2)),
        ("NEW DELHI (ngày 1/8/2024) - Thủ tướng", "NEW DELHI (ngày 1/8/2024)", date(2024, 8, 1)),
        ("Viêng Chăn (TTXVN) 6/10/2024 - Chiều nay", "Viêng Chăn (TTXVN) 6/10/2024",
         date(2024, 10, 6)),
        ("HÀ NỘI 10-2-1993 (TTXVN) – Hôm qua", "HÀ NỘI 10-2-1993", date(1993, 2, 10)),
    ],
)  # fmt: skip
def test_a_leading_dateline_is_split_from_the_text(text, dateline, day):
    found, rest = leading_dateline(text)
    assert found == dateline
    assert rest.strip() and dateline_date(found) == day


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 14/3/2020, Thủ tướng đã hội đàm.",  # a date that opens a sentence is the text's
        "Hà Nội, Mát-xcơ-va và Bắc Kinh đều gửi điện mừng.",
        "Hà Nội 10-2-1993 (TTXVN) là ngày ...",  # a place not in capitals is no wire's
    ],
)
def test_the_text_s_own_dates_are_no_dateline(text):
    assert leading_dateline(text) == ("", text)


def test_a_wire_dateline_without_a_year_gives_day_and_month():
    found, _ = leading_dateline("Mát-xcơ-va, 3-11 (TTXVN). - Chủ tịch nước")
    assert dateline_date(found) is None
    assert dateline_day_month(found) == (3, 11)


def test_a_time_s_am_pm_is_no_start_of_the_next_word():
    found, rest = leading_dateline("Thứ Hai, 11/9/2023 - 06:50Chiều tối qua, tại Hà Nội")
    assert (found, rest) == ("Thứ Hai, 11/9/2023 - 06:50", "Chiều tối qua, tại Hà Nội")
    assert leading_dateline("Thứ Hai, 11/9/2023 - 06:50 CH\nSáng nay")[0].endswith("CH")


def test_datelines_glued_to_a_title_or_a_sentence():
    assert trailing_dateline("Hai Thủ tướng hội đàmThứ Sáu, 23/11/2018") == (
        "Hai Thủ tướng hội đàm",
        "Thứ Sáu, 23/11/2018",
    )
    line = "Hai Thủ tướng hội đàmThứ Sáu, 23/11/2018Chiều qua, hai bên"
    assert glued_dateline(line, 200) == line.index("Thứ Sáu")


def test_a_machine_translated_xinhua_dateline_gives_its_day_and_month():
    from archive.ingest.dateline import dateline_day_month, leading_dateline

    dateline, rest = leading_dateline(
        "Tân Hoa Xã Hà Nội ngày 13 tháng 10 điện - Sáng ngày 13, hai Thủ tướng hội đàm."
    )
    assert (dateline, rest) == (
        "Tân Hoa Xã Hà Nội ngày 13 tháng 10 điện",
        "Sáng ngày 13, hai Thủ tướng hội đàm.",
    )
    assert dateline_day_month(dateline) == (13, 10)
