"""How the narrative of a report dates and places each meeting: rules, on texts written for them."""

from datetime import date

from archive.extract import extract
from archive.extract.dates import years_of_anniversaries
from archive.ingest.document import parse_document


def meetings(text: str, directory) -> list:
    parts = parse_document(text.encode(), "report.txt").parts
    return list(extract(parts, directory).meetings)


def by_people(found, *names):
    return next(m for m in found if {p.name for p in m.participants} == set(names))


def test_an_arrival_told_after_the_talks_does_not_move_the_day(reference_directory):
    found = meetings(
        "Hai Bộ trưởng Ngoại giao Việt Nam - Ấn Độ hội đàm\n"
        "Thứ Ba, 12/3/2024 - 20:10\n"
        "Ngày 12/3, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ trưởng Ngoại "
        "giao Ấn Độ Subrahmanyam Jaishankar. Ông Jaishankar tới Hà Nội hôm 11/3, bắt đầu chuyến "
        "thăm ba ngày.\nTối cùng ngày, Thủ tướng Phạm Minh Chính đã tiếp Bộ trưởng Jaishankar.\n",
        reference_directory,
    )
    call = by_people(found, "Phạm Minh Chính", "Subrahmanyam Jaishankar")
    assert (call.kind, call.date.start, call.date.reasons) == (
        "courtesy_call",
        date(2024, 3, 12),
        (),
    )


def test_the_day_of_the_talks_before_the_span_of_the_visit(reference_directory):
    found = meetings(
        "Thủ tướng Việt Nam hội đàm với Thủ tướng Nhật Bản\n"
        "Sáng 17/9, tại Tokyo, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Nhật Bản Kishida "
        "Fumio, trong khuôn khổ chuyến thăm chính thức Nhật Bản từ ngày 16 đến 19/9/2023.\n",
        reference_directory,
    )
    (talks,) = found
    assert (talks.date.start, talks.date.end, talks.city) == (date(2023, 9, 17), None, "Tokyo")


def test_a_meeting_earlier_in_the_month_elsewhere_is_another_meeting(reference_directory):
    found = meetings(
        "Thủ tướng Việt Nam hội đàm với Thủ tướng Nhật Bản\n"
        "Thứ Sáu, 24/11/2023 - 18:00\n"
        "Sáng nay, tại Hà Nội, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Nhật Bản Kishida "
        "Fumio. Hai nhà lãnh đạo đã gặp nhau bên lề Hội nghị cấp cao APEC tại San Francisco, Hoa "
        "Kỳ, hồi giữa tháng này.\n",
        reference_directory,
    )
    shown = sorted((m.date.start, m.date.precision, m.country) for m in found)
    assert shown == [(date(2023, 11, 1), "month", "US"), (date(2023, 11, 24), "day", "VN")]


def test_last_month_is_counted_from_the_dateline(reference_directory):
    found = meetings(
        "Chủ tịch nước tiếp Đại sứ\n"
        "Thứ Hai, 8/1/2024 - 09:00\n"
        "Chủ tịch nước Võ Văn Thưởng nhắc lại cuộc hội đàm với Tổng thống Nga Vladimir Putin qua "
        "điện thoại cuối tháng trước.\n",
        reference_directory,
    )
    (call,) = found
    assert (call.kind, call.date.start, call.date.precision) == (
        "phone_call",
        date(2023, 12, 1),
        "month",
    )


def test_talks_told_as_what_came_after_a_welcome_are_a_meeting(reference_directory):
    found = meetings(
        "Thủ tướng Ấn Độ đón Thủ tướng Việt Nam\n"
        "NEW DELHI (ngày 1/8/2024)\n"
        "Thủ tướng Ấn Độ Narendra Modi đã đón Thủ tướng Việt Nam Phạm Minh Chính tại Phủ Tổng "
        "thống sáng nay, trước khi hai bên hội đàm tại New Delhi.\n",
        reference_directory,
    )
    (talks,) = found
    assert (talks.kind, talks.date.start, talks.city) == ("talks", date(2024, 8, 1), "New Delhi")


def test_the_results_of_the_talks_reported_to_a_host_are_no_talks_with_him(reference_directory):
    found = meetings(
        "Tổng Bí thư tiếp Ngoại trưởng Nga\n"
        "Sáng 6/7/2022, Tổng Bí thư Nguyễn Phú Trọng đã tiếp Bộ trưởng Ngoại giao Nga Sergey "
        "Lavrov. Ông Lavrov báo cáo Tổng Bí thư kết quả các cuộc hội đàm trong chuyến thăm.\n",
        reference_directory,
    )
    (call,) = found
    assert call.kind == "courtesy_call"


def test_the_office_named_narrows_the_years_a_date_can_fall_in(reference_directory):
    # 21 April, no year: Phúc was prime minister on 21/4 only in 2016-2020 (president from
    # 5/4/2021), Mishustin from January 2020
    found = meetings(
        "Hai Thủ tướng điện đàm\n"
        "Chiều 21/4, Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Nga Mikhail Mishustin.\n",
        reference_directory,
    )
    (call,) = found
    assert (call.date.start, call.date.precision) == (date(2020, 4, 21), "day")
    assert "2020" in call.date.reasons[0]


def test_ten_years_since_a_month_dates_the_report(reference_directory):
    found = meetings(
        "Thủ tướng tiếp Ngoại trưởng Hoa Kỳ\n"
        "Sáng 15/4, Thủ tướng Phạm Minh Chính đã tiếp Bộ trưởng Ngoại giao Hoa Kỳ Antony Blinken. "
        "Hai bên ghi nhận mười năm kể từ khi thiết lập quan hệ Đối tác toàn diện (7/2013).\n",
        reference_directory,
    )
    (call,) = found
    assert call.date.start == date(2023, 4, 15) and call.date.reasons


def test_a_bare_title_stands_for_the_one_named_with_that_title(reference_directory):
    # `Nhà vua` and `Chủ tịch nước` both name heads of state; the king is the one called king
    found = meetings(
        "Nhà vua Thái Lan Vajiralongkorn thăm Việt Nam\n"
        "Sáng 1/3/2024, Chủ tịch nước Võ Văn Thưởng chủ trì lễ đón Nhà vua Thái Lan Vajiralongkorn. "
        "Ngay sau lễ đón, Chủ tịch nước và Nhà vua hội đàm. Ngày 2/3, Thủ tướng Phạm Minh Chính "
        "hội kiến Nhà vua.\n",
        reference_directory,
    )
    assert sorted((m.kind, tuple(sorted(p.name for p in m.participants))) for m in found) == [
        ("courtesy_call", ("Maha Vajiralongkorn", "Phạm Minh Chính")),
        ("talks", ("Maha Vajiralongkorn", "Võ Văn Thưởng")),
    ]


def test_in_person_is_no_reception(reference_directory):
    found = meetings(
        "Phiên họp Ủy ban Chỉ đạo\n"
        "Ngày 10/9/2021, Phó Thủ tướng Phạm Bình Minh và Bộ trưởng Ngoại giao Trung Quốc Vương Nghị "
        "đồng chủ trì Phiên họp, được tổ chức kết hợp trực tiếp và trực tuyến.\n",
        reference_directory,
    )
    (meeting,) = found
    assert meeting.kind == "meeting"


def test_the_people_between_whom_a_meeting_was_are_the_two_named(reference_directory):
    found = meetings(
        "Tham vấn chính trị\n"
        "Hai bên điểm lại cuộc điện đàm giữa Tổng Bí thư Tô Lâm và Tổng thống Vladimir Putin ngày "
        "8/8/2024, cùng chuyến thăm Nga của Chủ tịch Quốc hội Trần Thanh Mẫn.\n",
        reference_directory,
    )
    (call,) = found
    assert {p.name for p in call.participants} == {"Tô Lâm", "Vladimir Putin"}


def test_a_leader_represented_by_an_envoy_is_not_at_the_meeting(reference_directory):
    found = meetings(
        "Đặc phái viên hội kiến Tổng thống\n"
        "Chiều 24/2/2026, tại Điện Kremlin, Bộ trưởng Ngoại giao Lê Hoài Trung, Đặc phái viên của "
        "Tổng Bí thư Tô Lâm, đã hội kiến Tổng thống Vladimir Putin.\n",
        reference_directory,
    )
    (call,) = found
    assert {p.name for p in call.participants} == {"Lê Hoài Trung", "Vladimir Putin"}


def test_those_present_at_the_signing_are_at_the_meeting(reference_directory):
    found = meetings(
        "Lễ ký Hiệp ước\n"
        "Chiều 3/11/1978, tại Điện Crem-li, Tổng Bí thư Lê Duẩn và Tổng Bí thư Leonid Brezhnev đã "
        "thay mặt hai nước ký Hiệp ước hữu nghị và hợp tác. Có mặt tại lễ ký, về phía ta có đồng "
        "chí Phạm Văn Đồng, Thủ tướng Chính phủ; về phía bạn có đồng chí A-lếch-xây Cô-xư-ghin.\n",
        reference_directory,
    )
    (signing,) = found
    assert {p.name for p in signing.participants} == {
        "Lê Duẩn", "Leonid Brezhnev", "Phạm Văn Đồng", "Alexei Kosygin",
    }  # fmt: skip


def test_years_of_diplomatic_relations_date_a_report_without_a_year(reference_directory):
    # the gazetteer dates relations with India from 7/1/1972: the 50th year is 2022
    found = meetings(
        "Hai Thủ tướng hội đàm\n"
        "Sáng 24/10, tại Hà Nội, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Ấn Độ Narendra "
        "Modi, nhân dịp kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Ấn Độ.\n",
        reference_directory,
    )
    (talks,) = found
    assert talks.date.start == date(2022, 10, 24)
    assert "50 năm thiết lập quan hệ ngoại giao" in talks.date.reasons[0]


def test_a_foreign_name_after_a_title_of_the_home_country_is_of_the_country_visited(
    reference_directory,
):
    # `Chủ tịch Quốc hội` is Vietnam's unless a country follows; this name is not Vietnamese
    found = meetings(
        "Chủ tịch nước thăm Hàn Quốc\n"
        "Chiều 12/8/2010, tại Seoul, trong chuyến thăm cấp Nhà nước Hàn Quốc, Chủ tịch nước Nguyễn "
        "Minh Triết hội kiến Chủ tịch Quốc hội Park Hee-tae.\n",
        reference_directory,
    )
    (call,) = found
    guest = next(p for p in call.participants if p.name == "Park Hee-tae")
    assert guest.country == "KR"
    assert any("country visited" in r for r in call.participant_reasons)


def test_the_days_of_one_report_fall_in_one_year(reference_directory):
    # 11/8 can only be 2025 (Lee Jae-myung took office in June 2025); 12/8 alone could be 2024
    found = meetings(
        "Tổng Bí thư thăm Hàn Quốc\n"
        "Sáng 11/8, tại Seoul, Tổng Bí thư Tô Lâm hội đàm với Tổng thống Hàn Quốc Lee Jae-myung. "
        "Chiều 12/8, Tổng Bí thư hội kiến Chủ tịch Quốc hội Hàn Quốc Woo Won-shik. Quan hệ Đối tác "
        "chiến lược toàn diện được xác lập tháng 12/2022.\n",
        reference_directory,
    )
    assert sorted(m.date.start for m in found) == [date(2025, 8, 11), date(2025, 8, 12)]
    assert all(m.date.reasons for m in found)


def test_a_guest_s_arrival_day_is_not_the_day_of_the_summit(reference_directory):
    found = meetings(
        "Thủ tướng Nhật Bản thăm Việt Nam\n"
        "Thủ tướng Nhật Bản Kishida Fumio, người đến Hà Nội ngày 30 tháng 4 năm 2022 sau chặng dừng "
        "ở Jakarta, đã tổ chức một cuộc họp thượng đỉnh với Thủ tướng Phạm Minh Chính vào sáng "
        "ngày 1 tháng 5.\n",
        reference_directory,
    )
    (talks,) = found
    assert (talks.kind, talks.date.start) == ("talks", date(2022, 5, 1))


def test_a_day_is_preferred_to_its_month_in_one_sentence(reference_directory):
    found = meetings(
        "Thủ tướng gặp Tổng thống Nga\n"
        "Hai bên nhắc lại chuyến thăm Việt Nam của ông Putin hồi tháng 6, khi Tổng thống Nga Vladimir "
        "Putin hội đàm với Chủ tịch nước Tô Lâm tại Hà Nội ngày 20/6/2024.\n",
        reference_directory,
    )
    (talks,) = found
    assert (talks.date.start, talks.date.precision) == (date(2024, 6, 20), "day")


def test_a_year_still_to_come_is_not_the_year_of_the_report(reference_directory):
    found = meetings(
        "Thủ tướng tiếp Phó Thủ tướng Nga\n"
        "Chiều 6/4, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Phó Thủ tướng Nga Dmitry "
        "Chernyshenko. Hai bên nhất trí tổ chức Những ngày văn hóa Nga tại Việt Nam trong năm 2023 và "
        "kỳ họp tiếp theo của Ủy ban liên Chính phủ tại Nga vào năm 2024.\n",
        reference_directory,
    )
    (call,) = found
    assert call.date.start == date(2023, 4, 6) and call.date.reasons


def test_the_chair_of_china_s_political_consultative_conference_is_a_chinese_leader(
    reference_directory,
):
    found = meetings(
        "Thủ tướng hội kiến\n"
        "Ngày 27/6/2023, tại Bắc Kinh, Thủ tướng Phạm Minh Chính hội kiến Chủ tịch Chính hiệp toàn "
        "quốc Trung Quốc Trương Minh Viễn.\n",
        reference_directory,
    )
    (call,) = found
    assert {(p.name, p.country) for p in call.participants} == {
        ("Phạm Minh Chính", "VN"), ("Trương Minh Viễn", "CN"),
    }  # fmt: skip


def test_he_as_the_subject_is_the_guest_the_report_is_about(reference_directory):
    found = meetings(
        "Tổng thống Ấn Độ thăm Việt Nam\n"
        "Ngày 20/11/2018, tại Hà Nội, Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng hội đàm với Tổng "
        "thống Ấn Độ Ram Nath Kovind. Tổng thống Kovind phát biểu trước Quốc hội, là nhà lãnh đạo "
        "nước ngoài thứ hai làm như vậy sau Chủ tịch Trung Quốc Tập Cận Bình. Sau đó, ông đã có cuộc "
        "hội kiến với Thủ tướng Nguyễn Xuân Phúc.\n",
        reference_directory,
    )
    assert sorted((m.kind, tuple(sorted(p.name for p in m.participants))) for m in found) == [
        ("courtesy_call", ("Nguyễn Xuân Phúc", "Ram Nath Kovind")),
        ("talks", ("Nguyễn Phú Trọng", "Ram Nath Kovind")),
    ]


def test_those_attending_the_talks_are_at_the_talks_not_at_talks_of_their_own(reference_directory):
    found = meetings(
        "Hai Thủ tướng hội đàm\n"
        "Chiều 14/1/2025, tại Hà Nội, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nga Mikhail "
        "Mishustin. Tham dự hội đàm, phía Việt Nam có Bộ trưởng Ngoại giao Bùi Thanh Sơn, phía Nga "
        "có Phó Thủ tướng Alexei Overchuk.\n",
        reference_directory,
    )
    (talks,) = found
    assert {p.name for p in talks.participants} == {
        "Phạm Minh Chính", "Mikhail Mishustin", "Bùi Thanh Sơn", "Alexei Overchuk",
    }  # fmt: skip


def test_a_call_prepared_for_and_a_meeting_on_the_schedule_are_no_meetings(reference_directory):
    found = meetings(
        "Tổng Bí thư điện đàm\n"
        "Ngày 12/11/2022, Thủ tướng Phạm Minh Chính gặp Tổng thống Joe Biden; khi đó hai bên thống "
        "nhất chuẩn bị cho cuộc điện đàm cấp cao. Tổng thống Biden còn có lịch gặp Chủ tịch nước "
        "Nguyễn Xuân Phúc.\n",
        reference_directory,
    )
    assert [(m.kind, {p.name for p in m.participants}) for m in found] == [
        ("meeting", {"Phạm Minh Chính", "Joe Biden"})
    ]


def test_leaders_who_once_met_on_a_date_told_did_meet(reference_directory):
    found = meetings(
        "Chủ tịch Quốc hội hội đàm\n"
        "Ngày 10/12/2019, tại Mát-xcơ-va, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân hội đàm với Chủ "
        "tịch Hội đồng Liên bang Nga Valentina Matviyenko. Hai nhà lãnh đạo từng gặp nhau tại Xanh "
        "Pê-téc-bua hồi tháng 10/2017.\n",
        reference_directory,
    )
    dates = sorted((m.date.start, m.date.precision) for m in found)
    assert dates == [(date(2017, 10, 1), "month"), (date(2019, 12, 10), "day")]


def test_they_are_the_two_leaders_told_of(reference_directory):
    found = meetings(
        "Tổng Bí thư điện đàm với Tổng thống Nga\n"
        "Ngày 8/8/2024, Tổng Bí thư Tô Lâm điện đàm với Tổng thống Nga Vladimir Putin. Ngày "
        "10/5/2025, họ hội đàm tại Điện Kremlin.\n",
        reference_directory,
    )
    assert sorted((m.kind, m.date.start) for m in found) == [
        ("phone_call", date(2024, 8, 8)),
        ("talks", date(2025, 5, 10)),
    ]


def test_a_headline_naming_some_of_the_people_is_the_same_meeting(reference_directory):
    found = meetings(
        "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nga Mikhail Mishustin\n"
        "Chiều 14/1/2025, tại Hà Nội, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nga Mikhail "
        "Mishustin. Tham dự hội đàm, phía Việt Nam có Bộ trưởng Ngoại giao Bùi Thanh Sơn.\n",
        reference_directory,
    )
    (talks,) = found
    assert len(talks.participants) == 3


def test_a_meeting_held_partly_online_keeps_its_place(reference_directory):
    (talks,) = meetings(
        "Hai Bộ trưởng Ngoại giao hội đàm\n"
        "Ngày 5/6/2023, tại Niu Đê-li, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Bộ trưởng "
        "Ngoại giao Ấn Độ Subrahmanyam Jaishankar theo hình thức kết hợp trực tiếp và trực tuyến.\n",
        reference_directory,
    )
    assert (talks.city, talks.country) == ("New Delhi", "IN")


def test_a_leader_named_without_a_title_holds_every_office_he_held_that_day(reference_directory):
    (call,) = meetings(
        "Thủ tướng Nhật Bản tới Hà Nội\n"
        "Ngày 10/9/2024, tại Hà Nội, Thủ tướng Nhật Bản Kishida Fumio hội kiến ông Tô Lâm.\n",
        reference_directory,
    )
    titles = {p.name: p.title for p in call.participants}
    assert titles["Tô Lâm"] == "Tổng Bí thư, Chủ tịch nước"


def test_negotiating_as_a_process_is_no_meeting(reference_directory):
    assert (
        meetings(
            "Đàm phán phân định vùng biển\n"
            "Ngày 3/4/2001, Thứ trưởng Ngoại giao Lê Công Phụng cho biết Việt Nam và Trung Quốc "
            "tiếp tục đàm phán về phân định vùng biển với Phó Bộ trưởng Ngoại giao Trung Quốc "
            "Vương Nghị.\n",
            reference_directory,
        )
        == []
    )


def test_ministers_signing_for_two_states_meet_and_those_at_the_signing_join(
    reference_directory,
):
    found = meetings(
        "Ký Nghị định thư về hợp tác lãnh sự\n"
        "Ngày 8/7/2016, tại Hà Nội, Bộ trưởng Ngoại giao Phạm Bình Minh và Bộ trưởng Ngoại giao "
        "Nga Sergey Lavrov đã thay mặt hai Nhà nước ký Nghị định thư về hợp tác lãnh sự.\n"
        "Thủ tướng Nguyễn Xuân Phúc đã dự lễ ký.\n",
        reference_directory,
    )
    (signing,) = found
    assert signing.kind == "meeting"
    assert {p.name for p in signing.participants} == {
        "Phạm Bình Minh", "Sergey Lavrov", "Nguyễn Xuân Phúc",
    }  # fmt: skip


def test_the_chair_of_a_session_is_at_the_summit_its_attendance_list_tells(reference_directory):
    (summit,) = meetings(
        "Hội nghị Cấp cao Đông Á\n"
        "Sáng 14/11/2020, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc đã chủ trì phiên họp Hội nghị "
        "Cấp cao Đông Á lần thứ 15. Tham dự có Thủ tướng Nhật Bản Suga Yoshihide, Thủ tướng Ấn "
        "Độ Narendra Modi và Tổng thống Hàn Quốc Moon Jae-in.\n",
        reference_directory,
    )
    assert summit.kind == "multilateral"
    assert "Nguyễn Xuân Phúc" in {p.name for p in summit.participants}


def test_a_weekday_written_with_the_day_tells_the_year(reference_directory):
    (talks,) = meetings(
        "Hai Thủ tướng hội đàm\n"
        "Vào sáng thứ Tư ngày 24 tháng 11, tại Tokyo, Thủ tướng Phạm Minh Chính đã hội đàm "
        "với Thủ tướng Nhật Bản Kishida Fumio.\n",
        reference_directory,
    )
    # Both in office in November 2021, 2022 and 2023; the 24th was a Wednesday only in 2021
    assert talks.date.start == date(2021, 11, 24)
    assert "weekday" in talks.date.reasons[0]


def test_a_leader_who_speaks_at_a_session_someone_chairs_is_at_that_summit(reference_directory):
    found = meetings(
        "Hội nghị Cấp cao ASEAN khai mạc\n"
        "Ngày 10/5/2023, Hội nghị Cấp cao ASEAN lần thứ 42 khai mạc tại Labuan Bajo dưới sự chủ "
        "trì của Tổng thống Indonesia Joko Widodo. Phát biểu tại phiên toàn thể, Thủ tướng Phạm "
        "Minh Chính đề nghị ASEAN tăng cường đoàn kết.\n",
        reference_directory,
    )
    (summit,) = found
    assert (summit.kind, summit.date.start) == ("multilateral", date(2023, 5, 10))
    assert {p.name for p in summit.participants} == {"Joko Widodo", "Phạm Minh Chính"}


def test_titles_held_together_date_a_meeting_to_when_both_were_held(reference_directory):
    (talks,) = meetings(
        "Tổng Bí thư, Chủ tịch nước tiếp Tổng thống Hoa Kỳ\n"
        "Ngày 27/2, tại Hà Nội, Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng hội đàm với Tổng "
        "thống Hoa Kỳ Donald Trump.\n",
        reference_directory,
    )
    # the party's leader since 2011 and Trump's term from 2017, but both offices only from
    # October 2018: 27 February of 2019 or 2020
    assert talks.date.start is None
    assert "2019–2020" in talks.date.reasons[0]


def test_an_anniversary_still_to_come_is_not_the_year_of_the_report():
    past = "Năm nay hai nước kỷ niệm 45 năm thiết lập quan hệ ngoại giao (21/9/1973)."
    ahead = "Năm tới hai nước sẽ kỷ niệm 45 năm thiết lập quan hệ ngoại giao (21/9/1973)."
    assert [y for y, _ in years_of_anniversaries(past.lower())] == [2018]
    assert years_of_anniversaries(ahead.lower()) == []


def test_several_meetings_told_again_together_keep_their_kinds(reference_directory):
    found = meetings(
        "Ngoại trưởng Hàn Quốc thăm Việt Nam\n"
        "Sáng 10/4/2024, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Bộ trưởng "
        "Ngoại giao Hàn Quốc Cho Tae-yul. Cũng trong ngày 10/4, Thủ tướng Phạm Minh Chính đã "
        "tiếp Bộ trưởng Cho Tae-yul.\nTrong các cuộc tiếp và hội đàm, hai bên nhất trí tăng "
        "cường hợp tác.\n",
        reference_directory,
    )
    assert by_people(found, "Phạm Minh Chính", "Cho Tae-yul").kind == "courtesy_call"


def test_an_earlier_meeting_told_with_its_own_day_is_recorded(reference_directory):
    found = meetings(
        "Ngoại trưởng Hoa Kỳ thăm Việt Nam\n"
        "Sáng 15/4/2023, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Bộ trưởng Ngoại giao Hoa "
        "Kỳ Antony Blinken. Chuyến thăm diễn ra sau cuộc điện đàm giữa Tổng Bí thư Nguyễn Phú "
        "Trọng và Tổng thống Joe Biden tối 29/3.\n",
        reference_directory,
    )
    call = by_people(found, "Nguyễn Phú Trọng", "Joe Biden")
    assert (call.kind, call.date.start) == ("phone_call", date(2023, 3, 29))


def test_a_year_told_as_still_to_come_puts_the_report_before_it(reference_directory):
    (talks,) = meetings(
        "Nhà vua Nhật Bản thăm Việt Nam\n"
        "Sáng 1/3, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang hội đàm với Nhà vua Nhật Bản "
        "Akihito. Năm 2018 hai nước sẽ kỷ niệm 45 năm thiết lập quan hệ ngoại giao (21/9/1973).\n",
        reference_directory,
    )
    assert talks.date.start == date(2017, 3, 1)
    assert "still to come" in talks.date.reasons[0]


def test_those_who_sign_before_the_leaders_join_their_meeting(reference_directory):
    (talks,) = meetings(
        "Chủ tịch nước thăm Trung Quốc\n"
        "Chiều 25/12/2000, tại Bắc Kinh, Chủ tịch nước Trần Đức Lương đã hội đàm với Chủ tịch "
        "Trung Quốc Giang Trạch Dân. Trước sự chứng kiến của hai Chủ tịch, Bộ trưởng Ngoại giao "
        "Nguyễn Dy Niên và Bộ trưởng Ngoại giao Trung Quốc Đường Gia Triền đã ký Hiệp định hợp "
        "tác nghề cá ở Vịnh Bắc Bộ.\n",
        reference_directory,
    )
    assert {p.name for p in talks.participants} == {
        "Trần Đức Lương", "Giang Trạch Dân", "Nguyễn Dy Niên", "Đường Gia Triền",
    }  # fmt: skip


def test_this_is_the_first_call_tells_of_the_call_just_told_not_of_another(reference_directory):
    found = meetings(
        "Tổng Bí thư điện đàm với Tổng thống Hàn Quốc\n"
        "Tối 10/6/2025, Tổng Bí thư Tô Lâm đã điện đàm với Tổng thống Hàn Quốc Lee Jae-myung. "
        "Đây là cuộc điện đàm đầu tiên giữa hai nhà lãnh đạo kể từ khi ông Lee nhậm chức hồi "
        "tháng 6.\n",
        reference_directory,
    )
    assert [(m.kind, m.date.start) for m in found] == [("phone_call", date(2025, 6, 10))]


def test_an_earlier_meeting_told_after_sau_cuoc_with_its_month_is_recorded(reference_directory):
    found = meetings(
        "Thủ tướng hội đàm với Thủ tướng Nhật Bản\n"
        "Ngày 1/5/2022, tại Tokyo, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản "
        "Kishida Fumio. Hai nhà lãnh đạo đánh giá cao kết quả đạt được sau cuộc hội đàm tại "
        "Tokyo tháng 11/2021.\n",
        reference_directory,
    )
    earlier = [m for m in found if m.date.start and m.date.start.year == 2021]
    assert [(m.kind, m.date.start.month, m.date.precision) for m in earlier] == [
        ("talks", 11, "month")
    ]


def test_talks_between_two_named_leaders_are_theirs_alone(reference_directory):
    found = meetings(
        "Phó Thủ tướng làm việc tại Mát-xcơ-va\n"
        "Ngày 1/12/2021, tại Mát-xcơ-va, Phó Thủ tướng Lê Văn Thành làm việc với Phó Thủ tướng "
        "Nga Dmitry Chernyshenko. Theo Phó Thủ tướng Lê Văn Thành, các thỏa thuận đã góp phần "
        "vào thành công của cuộc hội đàm giữa Chủ tịch nước Nguyễn Xuân Phúc với Tổng thống "
        "Vladimir Putin ngày 30/11.\n",
        reference_directory,
    )
    talks = next(m for m in found if m.kind == "talks")
    assert {p.name for p in talks.participants} == {"Nguyễn Xuân Phúc", "Vladimir Putin"}


def test_the_talks_said_above_get_the_day_and_place_told_later(reference_directory):
    found = meetings(
        "Chủ tịch nước thăm Liên bang Nga\n"
        "Chủ tịch nước Nguyễn Xuân Phúc thăm chính thức Liên bang Nga từ ngày 29/11 đến "
        "2/12/2021 và hội đàm với Tổng thống Vladimir Putin.\n"
        "Cuộc hội đàm nói trên diễn ra chiều 30/11 tại Điện Kremlin.\n",
        reference_directory,
    )
    (talks,) = found
    assert (talks.date.start, talks.date.end, talks.date.reasons) == (date(2021, 11, 30), None, ())
    assert (talks.venue, talks.city) == ("Điện Kremlin", "Moscow")


def test_the_day_before_told_after_a_visit_s_end_opens_the_account(reference_directory):
    found = meetings(
        "Tổng thống Pháp kết thúc chuyến thăm Việt Nam\n"
        "Thứ Tư, 7/9/2016 21:30\n"
        "Hôm nay, Tổng thống Pháp François Hollande kết thúc chuyến thăm Việt Nam. Ông sang Việt "
        "Nam sau khi dự Hội nghị thượng đỉnh G20 tại Hàng Châu.\n"
        "Ở Hà Nội hôm qua, lễ đón diễn ra tại Phủ Chủ tịch. Ngay sau lễ đón, Chủ tịch nước Trần "
        "Đại Quang và Tổng thống Hollande hội đàm.\n",
        reference_directory,
    )
    (talks,) = found
    assert (talks.date.start, talks.city) == (date(2016, 9, 6), "Hanoi")


def test_meetings_of_one_report_without_a_year_are_in_the_one_year_they_all_fit(
    reference_directory,
):
    found = meetings(
        "Thủ tướng Trung Quốc thăm Việt Nam\n"
        "Ngày 12 tháng 10, Tổng Bí thư, Chủ tịch nước Tô Lâm hội kiến Thủ tướng Quốc vụ viện "
        "Trung Quốc Lý Cường. Ngày 13 tháng 10, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng "
        "Lý Cường.\n",
        reference_directory,
    )
    # Li Qiang premier from 2023; Tô Lâm held both offices in October only in 2024 (and from
    # 2026): 2024 is the one year both meetings fit
    assert sorted(m.date.start for m in found) == [date(2024, 10, 12), date(2024, 10, 13)]
    assert all(m.date.year_inferred and m.date.reasons for m in found)


def test_who_leads_a_delegation_to_the_summit_attends_it(reference_directory):
    found = meetings(
        "Hội nghị Cấp cao ASEAN - Nhật Bản\n"
        "Hội nghị Cấp cao ASEAN - Nhật Bản diễn ra tại Tokyo ngày 17/12/2023. Thủ tướng Phạm "
        "Minh Chính dẫn đầu đoàn Việt Nam dự hội nghị.\n"
        "Tối 17/12, Thủ tướng Nhật Bản Kishida Fumio chủ trì tiệc chiêu đãi các nhà lãnh đạo "
        "ASEAN, trong đó có Thủ tướng Campuchia Hun Manet và Tổng thống Indonesia Joko Widodo. "
        "Thủ tướng Thái Lan Srettha Thavisin dự với tư cách khách mời.\n",
        reference_directory,
    )
    (summit,) = found
    assert summit.kind == "multilateral"
    assert {"Phạm Minh Chính", "Srettha Thavisin"} <= {p.name for p in summit.participants}


def test_a_meeting_named_as_what_something_is_is_not_one_more(reference_directory):
    found = meetings(
        "Thủ tướng hội đàm với Tổng thống Hoa Kỳ\n"
        "Ngày 12/5/2022, tại Oa-sinh-tơn, Thủ tướng Phạm Minh Chính hội đàm với Tổng thống Hoa Kỳ "
        "Joe Biden. Hội nghị lần này là cuộc gặp trực tiếp đầu tiên giữa lãnh đạo hai bên kể từ "
        "năm 2017.\n",
        reference_directory,
    )
    assert [(m.kind, m.date.start) for m in found] == [("talks", date(2022, 5, 12))]


def test_the_two_prime_ministers_of_a_past_visit_are_those_who_held_that_office(
    reference_directory,
):
    found = meetings(
        "Chủ tịch nước điện đàm với Thủ tướng Nhật Bản\n"
        "Ngày 15/9/2021, Chủ tịch nước Nguyễn Xuân Phúc điện đàm với Thủ tướng Nhật Bản Suga "
        "Yoshihide. Trong chuyến thăm Việt Nam của ông Suga, ngày 19/10/2020 tại Hà Nội, hai Thủ "
        "tướng đã hội đàm.\n",
        reference_directory,
    )
    talks = next(m for m in found if m.kind == "talks")
    assert talks.date.start == date(2020, 10, 19)
    assert {p.name for p in talks.participants} == {"Nguyễn Xuân Phúc", "Suga Yoshihide"}


def test_the_two_leaders_are_not_those_named_as_sending_messages(reference_directory):
    found = meetings(
        "Tổng Bí thư điện đàm với Tổng Bí thư, Chủ tịch Trung Quốc\n"
        "Ngày 29/9/2020, Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng điện đàm với Tổng Bí thư, "
        "Chủ tịch nước Trung Quốc Tập Cận Bình. Cùng dịp, Thủ tướng Quốc vụ viện Lý Khắc Cường và "
        "Bộ trưởng Ngoại giao Vương Nghị cũng gửi điện mừng tới các nhà lãnh đạo Việt Nam.\n"
        "Hai nhà lãnh đạo đã điện đàm hôm 16/1/2020.\n",
        reference_directory,
    )
    earlier = next(m for m in found if m.date.start == date(2020, 1, 16))
    assert {p.name for p in earlier.participants} == {"Nguyễn Phú Trọng", "Tập Cận Bình"}


def test_a_parliament_house_abroad_is_in_the_city_the_account_is_in(reference_directory):
    found = meetings(
        "Thủ tướng thăm Australia\n"
        "Sáng 7/3/2024, tại thủ đô Can-bê-ra, Thủ tướng Phạm Minh Chính hội kiến Toàn quyền "
        "Australia David Hurley. Cũng trong buổi sáng, sau lễ đón tại Nhà Quốc hội, Thủ tướng hội "
        "đàm với Thủ tướng Australia Anthony Albanese.\n",
        reference_directory,
    )
    talks = next(m for m in found if m.kind == "talks")
    assert (talks.city, talks.country) == ("Canberra", "AU")
    assert "Anthony Albanese" in {p.name for p in talks.participants}


def test_a_dateline_without_its_year_dates_today_by_the_participants_terms(reference_directory):
    (talks,) = meetings(
        "Lý Cường hội đàm với Thủ tướng Việt Nam\n"
        "Tân Hoa Xã Hà Nội ngày 13 tháng 10 điện - Hôm nay, Thủ tướng Quốc vụ viện Lý Cường đã hội "
        "đàm với Tổng Bí thư, Chủ tịch nước Tô Lâm tại Hà Nội.\n",
        reference_directory,
    )
    # the dateline's day; Li Qiang premier from March 2023, Tô Lâm both General Secretary and
    # President in October 2024 and again from 2026: two years, so none is chosen alone
    assert (talks.date.unplaced.day, talks.date.unplaced.month) == (13, 10)
    assert talks.date.possible[:2] == (2024, 2026)


def test_last_year_is_counted_from_the_report_s_year(reference_directory):
    (talks,) = meetings(
        "Quan hệ Việt Nam - Hoa Kỳ\n"
        "Thứ Tư, 7/9/2016 08:00\n"
        "Tổng Bí thư Nguyễn Phú Trọng và Tổng thống Barack Obama đã hội đàm tại Nhà Trắng tháng 7 "
        "năm ngoái.\n",
        reference_directory,
    )
    # July is before September: without `năm ngoái` it would be read as this year's July
    assert (talks.date.start, talks.date.precision) == (date(2015, 7, 1), "month")


def test_who_is_told_of_before_a_clause_that_follows_is_not_in_its_meeting(reference_directory):
    found = meetings(
        "Phó Thủ tướng Nga thăm Việt Nam\n"
        "Ngày 18/7/2000, tại Hà Nội, Tổng Bí thư Lê Khả Phiêu đã tiếp Phó Thủ tướng Liên bang Nga "
        "Viktor Khristenko. Chuyến thăm của ông Khristenko diễn ra sau khi hồi tháng 2/2000, Bộ "
        "trưởng Ngoại giao Nga Igor Ivanov đã hội đàm với Bộ trưởng Ngoại giao Nguyễn Dy Niên.\n",
        reference_directory,
    )
    talks = next(m for m in found if m.kind == "talks")
    assert {p.name for p in talks.participants} == {"Igor Ivanov", "Nguyễn Dy Niên"}


def test_a_generic_venue_in_a_sentence_of_a_visit_abroad_is_in_the_country_visited(
    reference_directory,
):
    (talks,) = meetings(
        "Thủ tướng hội đàm tại Cu-ba\n"
        "Chiều 16/9/2023, tại Phủ Chủ tịch, trong chuyến thăm chính thức Cu-ba, Thủ tướng Phạm "
        "Minh Chính đã hội đàm với Thủ tướng Cu-ba Manuel Marrero Cruz.\n",
        reference_directory,
    )
    assert (talks.city, talks.country) == ("Havana", "CU")


def test_a_headline_s_call_is_the_body_s_online_talks(reference_directory):
    (talks,) = meetings(
        "Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Kishida Fumio\n"
        "Tối 7/4/2022, Thủ tướng Phạm Minh Chính đã hội đàm trực tuyến với Thủ tướng Nhật Bản "
        "Kishida Fumio.\n",
        reference_directory,
    )
    assert (talks.kind, talks.date.start, talks.city) == ("talks", date(2022, 4, 7), "")


def test_a_summit_of_a_group_of_countries_is_multilateral_whoever_is_named(reference_directory):
    found = meetings(
        "Thủ tướng dự Hội nghị Cấp cao đặc biệt ASEAN - Ô-xtrây-li-a\n"
        "Ngày 6/3/2024, tại Melbourne, Thủ tướng Phạm Minh Chính và Thủ tướng Ô-xtrây-li-a "
        "Anthony Albanese cùng các nhà lãnh đạo ASEAN dự phiên toàn thể Hội nghị.\n",
        reference_directory,
    )
    (summit,) = found
    assert (summit.kind, summit.date.start) == ("multilateral", date(2024, 3, 6))
    assert {p.name for p in summit.participants} == {"Phạm Minh Chính", "Anthony Albanese"}


def test_an_invitation_to_a_summit_is_no_summit(reference_directory):
    found = meetings(
        "Nga cảm ơn Việt Nam\n"
        "Ngày 22/10/2024, Tổng thống Vladimir Putin cảm ơn Thủ tướng Phạm Minh Chính đã nhận lời "
        "mời dự Hội nghị Cấp cao BRICS mở rộng.\n",
        reference_directory,
    )
    assert found == []


def test_the_same_day_after_a_meeting_of_another_year_told_in_passing_is_the_story_s(
    reference_directory,
):
    found = meetings(
        "Thủ tướng Ấn Độ thăm Việt Nam\n"
        "Thứ Bảy, 3/9/2016 08:00\n"
        "Sáng qua, Thủ tướng Nguyễn Xuân Phúc đã hội đàm với Thủ tướng Ấn Độ Narendra Modi. Hai "
        "ông từng gặp nhau: ngày 5/5/2014, tại Niu Đê-li, hai bên đã hội đàm. Chiều cùng ngày, "
        "Chủ tịch nước Trần Đại Quang đã tiếp Thủ tướng Modi.\n",
        reference_directory,
    )
    call = by_people(found, "Trần Đại Quang", "Narendra Modi")
    assert (call.kind, call.date.start) == ("courtesy_call", date(2016, 9, 2))


def test_a_leader_mourned_in_a_sentence_is_not_at_its_meeting(reference_directory):
    (talks,) = meetings(
        "Thủ tướng hội đàm với Thủ tướng Nhật Bản\n"
        "Ngày 5/8/2024, tại Tô-ky-ô, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Kishida "
        "Fumio. Mở đầu hội đàm, Thủ tướng Kishida chia buồn về sự ra đi của Tổng Bí thư Nguyễn "
        "Phú Trọng.\n",
        reference_directory,
    )
    assert {p.name for p in talks.participants} == {"Phạm Minh Chính", "Kishida Fumio"}


def test_talks_named_as_what_a_reception_came_after_are_a_meeting_of_their_own(
    reference_directory,
):
    found = meetings(
        "Thủ tướng tiếp Ngoại trưởng Ô-xtrây-li-a\n"
        "Ngày 3/11/2023, Thủ tướng Phạm Minh Chính đã tiếp Bộ trưởng Ngoại giao Ô-xtrây-li-a "
        "Penny Wong, sau cuộc hội đàm tại Nhà khách Chính phủ giữa bà Penny Wong và Bộ trưởng "
        "Ngoại giao Bùi Thanh Sơn.\n",
        reference_directory,
    )
    talks = by_people(found, "Bùi Thanh Sơn", "Penny Wong")
    assert (talks.kind, talks.date.start) == ("talks", date(2023, 11, 3))


def test_a_dateline_s_place_is_where_receptions_happen_whatever_else_is_said_to_be_there(
    reference_directory,
):
    (call,) = meetings(
        "Chủ tịch nước tiếp Ngoại trưởng Nhật Bản\n"
        "Hà Nội, ngày 12/5/2022\n"
        "Chiều nay, Chủ tịch nước Nguyễn Xuân Phúc đã tiếp Bộ trưởng Ngoại giao Nhật Bản "
        "Hayashi Yoshimasa. Chủ tịch nước cảm ơn Nhật Bản hỗ trợ người Việt đang sinh sống tại "
        "Nhật Bản.\n",
        reference_directory,
    )
    assert (call.city, call.country) == ("Hanoi", "VN")


def test_a_stranger_without_a_country_is_of_the_country_the_report_is_about(reference_directory):
    found = meetings(
        "Thủ tướng điện đàm với Thủ tướng Sri Lanka\n"
        "Ngày 10/1/2023, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Sri Lanka Dinesh "
        "Gunawardena về hợp tác giữa Việt Nam và Sri Lanka. Đây không phải lần đầu hai nước điện "
        "đàm: tháng 6/2021, ông Phạm Minh Chính đã điện đàm với Thủ tướng khi đó là Mahinda "
        "Rajapaksa.\n",
        reference_directory,
    )
    earlier = by_people(found, "Phạm Minh Chính", "Mahinda Rajapaksa")
    assert (earlier.kind, earlier.date.start, earlier.date.precision) == (
        "phone_call",
        date(2021, 6, 1),
        "month",
    )
    assert "Sri Lanka" in str(earlier.participant_reasons) or "LK" in str(
        earlier.participant_reasons
    )


def test_talks_told_of_two_ministers_before_they_are_named_keep_their_kind(reference_directory):
    (talks,) = meetings(
        "Việt Nam - Nhật Bản họp Ủy ban hợp tác\n"
        "Ngày 14/9/2021, hai Bộ trưởng Ngoại giao Việt Nam và Nhật Bản hội đàm trực tuyến, đồng "
        "chủ trì kỳ họp. Bộ trưởng Ngoại giao Bùi Thanh Sơn và Bộ trưởng Ngoại giao Nhật Bản "
        "Motegi Toshimitsu đã kết nối trực tuyến để đồng chủ trì kỳ họp.\n",
        reference_directory,
    )
    assert (talks.kind, talks.city) == ("talks", "")


def test_at_the_talks_the_two_leaders_are_those_of_the_talks_not_the_last_named(
    reference_directory,
):
    found = meetings(
        "Chủ tịch nước hội đàm với Tổng thống Mông Cổ\n"
        "Ngày 2/11/2023, tại Hà Nội, Chủ tịch nước Võ Văn Thưởng hội đàm với Tổng thống Mông Cổ "
        "Ukhnaagiin Khurelsukh. Lần trước, Tổng thống N. Enkhbayar thăm Việt Nam năm 2005, và "
        "Chủ tịch nước Trần Đức Lương thăm Mông Cổ năm 2000. Tại hội đàm, hai nhà lãnh đạo nhất "
        "trí tăng cường hợp tác.\n",
        reference_directory,
    )
    assert [{p.name for p in m.participants} for m in found] == [
        {"Võ Văn Thưởng", "Ukhnaagiin Khurelsukh"}
    ]


def test_leaders_of_two_countries_who_signed_a_treaty_together_met(reference_directory):
    (signing,) = meetings(
        "Kỷ niệm Hiệp ước Việt - Xô\n"
        "Ngày 3/11/1978, tại Điện Kremlin, Tổng Bí thư Lê Duẩn và Tổng Bí thư Leonid Brezhnev đã "
        "ký Hiệp ước Hữu nghị và Hợp tác giữa Việt Nam và Liên Xô.\n",
        reference_directory,
    )
    assert (signing.date.start, signing.city, signing.country) == (
        date(1978, 11, 3),
        "Moscow",
        "SU",
    )
    assert {p.name for p in signing.participants} == {"Lê Duẩn", "Leonid Brezhnev"}


def test_a_guest_received_by_a_host_at_a_place_is_a_courtesy_call(reference_directory):
    found = meetings(
        "Thủ tướng Campuchia thăm Việt Nam\n"
        "Sáng 11/12/2023, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet. "
        "Chiều cùng ngày, Thủ tướng Hun Manet được Chủ tịch nước Võ Văn Thưởng đón tiếp tại Phủ "
        "Chủ tịch. Ông cảm ơn sự đón tiếp trọng thị.\n",
        reference_directory,
    )
    call = by_people(found, "Võ Văn Thưởng", "Hun Manet")
    assert (call.kind, call.date.start) == ("courtesy_call", date(2023, 12, 11))


def test_a_date_written_all_in_words_year_included(reference_directory):
    (call,) = meetings(
        "Chủ tịch nước tiếp Bộ trưởng Ngoại giao Ô-xtrây-li-a\n"
        "Hà Nội, ngày mười lăm tháng ba năm hai nghìn không trăm mười tám - Chủ tịch nước Trần "
        "Đại Quang đã tiếp Bộ trưởng Ngoại giao Ô-xtrây-li-a Julie Bishop tại Phủ Chủ tịch.\n",
        reference_directory,
    )
    assert (call.date.start, call.date.reasons) == (date(2018, 3, 15), ())


def test_a_story_that_recalls_a_later_month_as_past_is_of_the_next_year(reference_directory):
    found = meetings(
        "Thủ tướng thăm Ả-rập Xê-út\n"
        "Sáng 29/10, tại Riyadh, Thủ tướng Phạm Minh Chính hội đàm với Thái tử, Thủ tướng Ả-rập "
        "Xê-út Mohammed bin Salman. Tháng 12/2023, tại Đu-bai, hai nhà lãnh đạo đã gặp nhau bên "
        "lề COP28.\n",
        reference_directory,
    )
    talks = next(m for m in found if m.kind == "talks")
    assert talks.date.start == date(2024, 10, 29)
    assert "12/2023" in talks.date.reasons[0]


def test_the_place_of_a_conference_someone_comes_from_does_not_move_the_story(reference_directory):
    found = meetings(
        "Lãnh đạo Việt Nam tiếp Ngoại trưởng Ô-xtrây-li-a\n"
        "Sáng 5/7/2024, tại Phủ Chủ tịch, Chủ tịch nước Tô Lâm đã tiếp Bộ trưởng Ngoại giao "
        "Ô-xtrây-li-a Penny Wong.\nVề hợp tác khu vực, Chủ tịch nước hoan nghênh lập trường của "
        "Ô-xtrây-li-a.Bộ trưởng Penny Wong thông tin về những đồng thuận đạt được tại các hội nghị "
        "của ASEAN ở Viêng Chăn vừa kết thúc.\nCùng ngày, Thủ tướng Phạm Minh Chính cũng tiếp Bộ "
        "trưởng Penny Wong.\n",
        reference_directory,
    )
    call = by_people(found, "Phạm Minh Chính", "Penny Wong")
    assert (call.city, call.country) == ("Hanoi", "VN")


def test_a_summit_told_by_its_co_chairs_and_then_who_else_attended(reference_directory):
    (summit,) = meetings(
        "Hội nghị Cấp cao Mekong - Nhật Bản\n"
        "Ngày 9/10/2018, tại Tô-ky-ô, Thủ tướng Nguyễn Xuân Phúc dự Hội nghị Cấp cao Mekong - Nhật "
        "Bản lần thứ 10.\nHội nghị do Thủ tướng Nhật Bản Abe Shinzo và Thủ tướng Thái Lan Prayut "
        "Chan-o-cha đồng chủ trì. Cùng dự có Thủ tướng Campuchia Hun Sen và Thủ tướng Lào "
        "Thongloun Sisoulith.\n",
        reference_directory,
    )
    assert summit.kind == "multilateral"
    assert {p.name for p in summit.participants} == {
        "Abe Shinzo", "Prayut Chan-o-cha", "Hun Sen", "Thongloun Sisoulith", "Nguyễn Xuân Phúc",
    }  # fmt: skip


def test_a_generic_venue_in_a_report_filed_abroad_is_in_the_dateline_s_country(
    reference_directory,
):
    (talks,) = meetings(
        "Chủ tịch Quốc hội hội đàm với Chủ tịch Quốc hội Lào\n"
        "Viêng Chăn, 5/9/2024\n"
        "Sáng nay, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội đàm với Chủ tịch "
        "Quốc hội Lào Saysomphone Phomvihane.\n",
        reference_directory,
    )
    assert (talks.city, talks.country) == ("Vientiane", "LA")


def test_one_acting_for_an_office_holder_is_himself_not_the_holder(reference_directory):
    found = meetings(
        "Tổng Bí thư hội kiến lãnh đạo Quốc hội Nga\n"
        "Ngày 24/11/2014, tại Mát-xcơ-va, Tổng Bí thư Nguyễn Phú Trọng đã hội kiến Quyền Chủ tịch "
        "Duma Quốc gia Nga Ivan Melnikov.\n",
        reference_directory,
    )
    (call,) = found
    assert {(p.name, p.title) for p in call.participants} == {
        ("Nguyễn Phú Trọng", "Tổng Bí thư"),
        ("Ivan Melnikov", "Quyền Chủ tịch Duma Quốc gia"),
    }


def test_talks_told_as_already_reported_are_of_the_days_before(reference_directory):
    (talks,) = meetings(
        "Đoàn đại biểu ta kết thúc chuyến thăm Liên Xô\n"
        "Lê-nin-grát, 20-7-1975\n"
        "Hôm nay, đoàn đại biểu ta đã rời Lê-nin-grát. Như đã đưa tin, trong những ngày ở "
        "Mát-xcơ-va, đồng chí Lê Duẩn đã hội đàm với đồng chí L.I. Brê-giơ-nép.\n",
        reference_directory,
    )
    assert (talks.date.start, talks.date.precision) == (date(1975, 7, 1), "month")
    assert talks.date.reasons


def test_someone_s_predecessor_named_after_la_is_the_one_met(reference_directory):
    found = meetings(
        "Thủ tướng gặp Thủ tướng Niu Di-lân\n"
        "Thứ Tư, 28/6/2023 06:50 (GMT+7)\n"
        "Ngày 27/6, Thủ tướng Phạm Minh Chính đã có cuộc gặp với Thủ tướng Niu Di-lân Chris "
        "Hipkins.\nTháng 11 năm ngoái, Thủ tướng Phạm Minh Chính đã hội đàm tại Hà Nội với người "
        "tiền nhiệm của ông Hipkins là bà Jacinda Ardern.\n",
        reference_directory,
    )
    talks = by_people(found, "Phạm Minh Chính", "Jacinda Ardern")
    assert (talks.kind, talks.date.start, talks.date.precision) == (
        "talks",
        date(2022, 11, 1),
        "month",
    )
    assert [p.country for p in talks.participants if p.name == "Jacinda Ardern"] == ["NZ"]


def test_the_call_told_again_after_a_source_keeps_its_date(reference_directory):
    (call,) = meetings(
        "Chủ tịch nước điện đàm với Tổng thống Nga\n"
        "Thứ Hai, 2/4/2018 07:30 (GMT+7)\n"
        "Trong cuộc điện đàm cuối tháng trước, Chủ tịch nước Trần Đại Quang đã chúc mừng Tổng "
        "thống Vladimir Putin.\nTheo thông cáo của Bộ Ngoại giao, tại cuộc điện đàm, Chủ tịch nước "
        "và Tổng thống Putin nhất trí tăng cường hợp tác.\n",
        reference_directory,
    )
    assert (call.kind, call.date.start, call.date.precision) == (
        "phone_call",
        date(2018, 3, 1),
        "month",
    )


def test_the_next_day_is_the_day_after_the_one_the_story_is_at(reference_directory):
    found = meetings(
        "Thủ tướng dự COP26\n"
        "Ngày 1/11/2021, bên lề Hội nghị COP26 tại Glát-xgâu, Thủ tướng Phạm Minh Chính đã gặp "
        "Thủ tướng Ô-xtrây-li-a Scott Morrison. Chiều tối hôm sau, Thủ tướng gặp Thủ tướng Ấn Độ "
        "Narendra Modi.\n",
        reference_directory,
    )
    later = by_people(found, "Phạm Minh Chính", "Narendra Modi")
    assert (later.date.start, later.date.reasons) == (date(2021, 11, 2), ())


def test_a_visit_recalled_or_invited_is_not_where_the_sideline_meetings_are(reference_directory):
    found = meetings(
        "Chủ tịch nước gặp lãnh đạo Nhật Bản và Chi-lê tại San Francisco\n"
        "Thứ Sáu, 17/11/2023 - 07:30\n"
        "Sáng 16/11, bên lề Hội nghị Cấp cao APEC tại thành phố San Francisco (Hoa Kỳ), Chủ tịch "
        "nước Võ Văn Thưởng đã gặp Thủ tướng Nhật Bản Kishida Fumio. Hai bên nhắc lại kết quả "
        "chuyến thăm chính thức Việt Nam của Thủ tướng Kishida hồi tháng 5 năm ngoái. Chủ tịch "
        "nước mời Thủ tướng Kishida sớm thăm lại Việt Nam.\n"
        "Trước đó, chiều 15/11, cũng bên lề hội nghị, Chủ tịch nước đã gặp Tổng thống Chi-lê "
        "Gabriel Boric.\n",
        reference_directory,
    )
    boric = by_people(found, "Võ Văn Thưởng", "Gabriel Boric")
    assert (boric.date.start, boric.city, boric.country, boric.place_reasons) == (
        date(2023, 11, 15),
        "San Francisco",
        "US",
        (),
    )


def test_a_meeting_the_day_before_with_no_place_is_where_the_account_is_flagged(
    reference_directory,
):
    found = meetings(
        "Thủ tướng hội đàm với Tổng thống Hàn Quốc tại Bu-san\n"
        "Chiều 26/11/2019, tại thành phố Bu-san, Thủ tướng Nguyễn Xuân Phúc hội đàm với Tổng thống "
        "Hàn Quốc Moon Jae-in, trong chuyến thăm chính thức Hàn Quốc.\n"
        "Trước đó, tối 25/11, Thủ tướng đã tiếp Bộ trưởng Ngoại giao Hàn Quốc Kang Kyung-wha.\n",
        reference_directory,
    )
    call = by_people(found, "Nguyễn Xuân Phúc", "Kang Kyung-wha")
    assert (call.date.start, call.city, call.country) == (date(2019, 11, 25), "Busan", "KR")
    assert "a day apart" in call.place_reasons[0]


def test_where_an_institution_is_is_no_meeting_place(reference_directory):
    from archive.extract.places import find_places
    from archive.extract.text import prepare

    def cities(text):
        return [p.city for p in find_places(prepare(text), reference_directory)]

    assert cities("hướng tới thành lập Trường Đại học Việt - Nhật tại Đà Nẵng.") == []
    assert cities("mở rộng nhà máy lắp ráp ô tô ở Hải Phòng.") == []
    assert cities("Chiều cùng ngày, tại Đà Nẵng, hai bên đã hội đàm.") == ["Da Nang"]


def test_a_venue_is_in_the_country_of_the_last_visit_told(reference_directory):
    found = meetings(
        "Thủ tướng thăm Đức và Hà Lan\n"
        "Sáng 11/3/2024, tại Phủ Thủ tướng, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Đức "
        "Olaf Scholz trong chuyến thăm chính thức Đức.\n"
        "Rời Béc-lin, Thủ tướng tới thăm chính thức Hà Lan. Sáng 13/3, tại Phủ Thủ tướng, Thủ "
        "tướng Phạm Minh Chính hội đàm với Thủ tướng Hà Lan Mark Rutte.\n",
        reference_directory,
    )
    talks = by_people(found, "Phạm Minh Chính", "Mark Rutte")
    assert (talks.venue, talks.city, talks.country) == ("Phủ Thủ tướng", "Amsterdam", "NL")


def test_the_city_after_a_venue_with_words_saying_what_kind_of_city(reference_directory):
    found = meetings(
        "Chủ tịch nước thăm Malaysia\n"
        "Chiều 5/6/2015, tại Phủ Thủ tướng ở trung tâm hành chính Putrajaya, Chủ tịch nước Trương "
        "Tấn Sang hội đàm với Thủ tướng Malaysia Najib Razak.\n",
        reference_directory,
    )
    assert [(m.city, m.country) for m in found] == [("Putrajaya", "MY")]


def test_an_earlier_meeting_with_a_leader_who_has_since_died(reference_directory):
    found = meetings(
        "Thủ tướng Malaysia hội đàm với Chủ tịch nước\n"
        "Thứ Sáu, 22/11/2024 06:40 (GMT+7)\n"
        "Chiều qua, Chủ tịch nước Lương Cường hội đàm với Thủ tướng Malaysia Anwar Ibrahim tại Hà "
        "Nội. Lần trước ông Anwar sang Việt Nam là hồi tháng 7 năm ngoái, khi ông hội kiến cố Tổng "
        "Bí thư Nguyễn Phú Trọng chiều 20/7.\n",
        reference_directory,
    )
    call = by_people(found, "Anwar Ibrahim", "Nguyễn Phú Trọng")
    assert (call.kind, call.date.start, call.date.precision) == (
        "courtesy_call",
        date(2023, 7, 20),
        "day",
    )


def test_a_city_written_after_a_lowercase_word_of_kind(reference_directory):
    from archive.extract.places import find_places
    from archive.extract.text import prepare

    def cities(text):
        return [p.city for p in find_places(prepare(text), reference_directory)]

    assert cities("hai bên hội đàm tại thủ đô Hà Nội.") == ["Hanoi"]
    assert cities("ông tới thành phố Hồ Chí Minh.") == ["Ho Chi Minh City"]


def test_a_place_named_as_a_topic_of_talks_told_again_is_not_where_they_were(
    reference_directory,
):
    (talks,) = meetings(
        "Thủ tướng hội đàm với Thủ tướng Nga\n"
        "Ngày 12/11/2018, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Nga Dmitry "
        "Medvedev.\nTại hội đàm, hai Thủ tướng bàn việc mở rộng hoạt động của Vietsovpetro và "
        "xây dựng nhà máy lọc dầu mới.\n",
        reference_directory,
    )
    assert (talks.venue, talks.city) == ("", "Hanoi")


def test_a_call_between_two_leaders_told_with_its_month_after_them(reference_directory):
    found = meetings(
        "Tham vấn chính trị Việt Nam - Trung Quốc\n"
        "Thứ Hai, 10/3/2025 07:05 (GMT+7)\n"
        "Hôm thứ Sáu tuần trước, Thứ trưởng Ngoại giao Hà Kim Ngọc và Thứ trưởng Ngoại giao Trung "
        "Quốc Tôn Vệ Đông đã hội đàm tại Hà Nội. Hai bên đánh giá cao kết quả chuyến thăm của Thủ "
        "tướng Lý Cường tháng 10 năm ngoái, cuộc điện đàm giữa Tổng Bí thư, Chủ tịch nước Tô Lâm "
        "và Chủ tịch Tập Cận Bình hồi tháng 8, cũng như chuyến thăm của Chủ tịch Quốc hội Trần "
        "Thanh Mẫn vào tháng 4.\n",
        reference_directory,
    )
    call = next(m for m in found if m.kind == "phone_call")
    assert {p.name for p in call.participants} == {"Tô Lâm", "Tập Cận Bình"}
    assert (call.date.start, call.date.precision) == (date(2024, 8, 1), "month")


def test_the_day_told_beats_the_months_counted_back(reference_directory):
    found = meetings(
        "Chủ tịch nước điện đàm với Tổng thống Hàn Quốc\n"
        "Thứ Sáu, 9/8/2024 06:55 (GMT+7)\n"
        "Hôm qua, Chủ tịch nước Tô Lâm đã điện đàm với Tổng thống Hàn Quốc Yoon Suk-yeol.\n"
        "Hơn một tháng trước, hai nhà lãnh đạo đã hội đàm tại Phủ Chủ tịch ở Hà Nội chiều 4/6, "
        "trong chuyến thăm cấp Nhà nước Việt Nam của Tổng thống Yoon.\n",
        reference_directory,
    )
    earlier = next(m for m in found if m.kind != "phone_call")
    assert (earlier.date.start, earlier.date.precision) == (date(2024, 6, 4), "day")


def test_two_leaders_co_chairing_a_summit_hold_talks(reference_directory):
    (talks,) = meetings(
        "Thủ tướng Việt Nam và Thủ tướng Australia đồng chủ trì hội nghị thượng đỉnh trực tuyến\n"
        "Ngày 5/11/2021, từ điểm cầu Hà Nội, Thủ tướng Phạm Minh Chính và Thủ tướng Australia "
        "Scott Morrison đồng chủ trì hội nghị thượng đỉnh trực tuyến Việt Nam – Australia.\n",
        reference_directory,
    )
    assert (talks.kind, talks.date.start) == ("talks", date(2021, 11, 5))


def test_a_date_in_the_chinese_order_of_a_machine_translation(reference_directory):
    (talks,) = meetings(
        "Tập Cận Bình cùng Việt Nam quốc gia chủ tịch Su Lin cử hành hội đàm\n"
        "Tân Hoa Xã Bắc Kinh 2024 năm 8 tháng 19 ngày điện: Trung Quốc quốc gia chủ tịch Tập Cận "
        "Bình cùng Việt Nam tổng bí thư, quốc gia chủ tịch Tô Lâm tại Bắc Kinh cử hành hội đàm.\n",
        reference_directory,
    )
    assert (talks.date.start, talks.date.precision) == (date(2024, 8, 19), "day")


def test_a_summit_under_two_co_chairs_and_the_list_of_who_attended(reference_directory):
    (summit,) = meetings(
        "Thủ tướng dự Hội nghị Cấp cao ASEAN - Australia\n"
        "Hội nghị Cấp cao ASEAN - Australia diễn ra ngày 6/3/2024 tại Men-bơn dưới sự đồng chủ trì "
        "của Thủ tướng Australia Anthony Albanese và Tổng thống Indonesia Joko Widodo. Dự hội nghị "
        "có Thủ tướng Phạm Minh Chính, Thủ tướng Malaysia Anwar Ibrahim và Tổng thống Philippines "
        "Ferdinand Marcos Jr.\n",
        reference_directory,
    )
    assert summit.kind == "multilateral"
    assert {p.name for p in summit.participants} == {
        "Anthony Albanese", "Joko Widodo", "Phạm Minh Chính", "Anwar Ibrahim",
        "Ferdinand Marcos Jr.",
    }  # fmt: skip


def test_consultation_mechanisms_are_no_talks(reference_directory):
    (meeting,) = meetings(
        "Thủ tướng gặp Thủ tướng Nhật Bản bên lề Hội nghị Cấp cao ASEAN\n"
        "Chiều 26/10/2025, tại Cu-a-la Lăm-pơ, Thủ tướng Phạm Minh Chính gặp Thủ tướng Nhật Bản "
        "Takaichi Sanae. Hai bên nhất trí duy trì các cơ chế đối thoại, tham vấn giữa hai nước.\n",
        reference_directory,
    )
    assert meeting.kind == "meeting"


def test_two_prime_ministers_of_a_later_meeting_are_those_in_office_then(reference_directory):
    found = meetings(
        "Thư mừng 50 năm quan hệ ngoại giao Việt Nam - Australia\n"
        "Năm 1994, Thủ tướng Võ Văn Kiệt là Thủ tướng Việt Nam đầu tiên thăm Australia. Dấu mốc "
        "gần nhất là tháng 6/2023, khi Thủ tướng Anthony Albanese thăm chính thức Việt Nam: hai "
        "Thủ tướng đã hội đàm tại Hà Nội.\n",
        reference_directory,
    )
    talks = next(m for m in found if m.kind == "talks")
    assert {p.name for p in talks.participants} == {"Phạm Minh Chính", "Anthony Albanese"}
    assert "held no office on that date" in " ".join(talks.participant_reasons)
