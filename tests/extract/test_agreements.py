"""Agreements read from a text, and the meeting each one goes to: rules, on texts written for them."""

from archive.extract.agreements import find_agreements
from archive.extract.text import prepare
from tests.extract.test_narrative import by_people, meetings


def agreements(text: str, directory) -> list[tuple[str, str | None, bool]]:
    return [
        (a.title, a.signed_year, a.signed_here) for a in find_agreements(prepare(text), directory)
    ]


def test_two_titles_signed_together_are_two_agreements(reference_directory):
    text = (
        "Hai Thủ tướng chứng kiến lễ ký Hiệp định hợp tác kinh tế giữa hai Chính phủ và Hiệp định "
        "khung về khoản tín dụng ưu đãi dành cho Việt Nam."
    )
    assert [t for t, _, _ in agreements(text, reference_directory)] == [
        "Hiệp định hợp tác kinh tế giữa hai Chính phủ",
        "Hiệp định khung về khoản tín dụng ưu đãi dành cho Việt Nam",
    ]


def test_a_title_ends_where_its_signing_is_told(reference_directory):
    text = (
        "Hai bên cam kết thực hiện Hiệp ước biên giới trên đất liền ký cuối năm 1999 giữa hai nước."
    )
    assert agreements(text, reference_directory) == [
        ("Hiệp ước biên giới trên đất liền", 1999, False)
    ]


def test_capitalised_words_listed_in_a_title_stay_in_it(reference_directory):
    text = (
        "Hai Thủ tướng thông qua Tầm nhìn chung vì Hòa bình, Thịnh vượng và Nhân dân, đồng thời..."
    )
    assert agreements(text, reference_directory) == [
        ("Tầm nhìn chung vì Hòa bình, Thịnh vượng và Nhân dân", None, True)
    ]


def test_one_agreement_named_twice_keeps_its_fullest_title(reference_directory):
    text = (
        "Lễ ký Hiệp ước hữu nghị và hợp tác Việt Nam - Mông Cổ.\n"
        "Hai bên ký Hiệp ước hữu nghị và hợp tác giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và "
        "Mông Cổ."
    )
    (found,) = find_agreements(prepare(text), reference_directory)
    assert found.title.startswith("Hiệp ước hữu nghị và hợp tác giữa nước Cộng hòa")
    assert found.signed_here and found.parties == ("MN", "VN")


def test_the_agreement_of_2017_and_the_one_signed_today_are_two(reference_directory):
    text = (
        "Hai Chủ tịch Quốc hội đánh giá việc thực hiện Thoả thuận hợp tác giữa hai Quốc hội ký năm "
        "2017.\nKết thúc hội đàm, hai nhà lãnh đạo ký Thoả thuận hợp tác mới giữa hai Quốc hội."
    )
    assert [(year, here) for _, year, here in agreements(text, reference_directory)] == [
        (2017, False),
        (None, True),
    ]


def test_a_known_agreement_of_a_country_the_text_never_names_is_not_meant(reference_directory):
    # the directory's Vietnam–Russia joint statement has these words; this report is on Korea
    text = (
        "Chủ tịch nước hội đàm với Tổng thống Hàn Quốc. Sau hội đàm, hai bên ra Tuyên bố chung về "
        "quan hệ Đối tác chiến lược toàn diện."
    )
    ((title, _, here),) = agreements(text, reference_directory)
    assert (title, here) == ("Tuyên bố chung về quan hệ Đối tác chiến lược toàn diện", True)


def test_each_agreement_goes_to_the_meeting_it_was_signed_or_cited_with(reference_directory):
    found = meetings(
        "Tổng Bí thư hội đàm với Chủ tịch Trung Quốc\n"
        "Hà Nội, ngày 12/12/2023\n"
        "Hôm nay, tại Hà Nội, Tổng Bí thư Nguyễn Phú Trọng đã hội đàm với Tổng Bí thư, Chủ tịch "
        "nước Trung Quốc Tập Cận Bình. Hai bên cam kết thực hiện Hiệp ước biên giới trên đất liền "
        "ký năm 1999.\nCùng ngày, Chủ tịch nước Võ Văn Thưởng hội đàm với Chủ tịch Tập Cận Bình. "
        "Sau cuộc hội đàm này, hai nhà lãnh đạo chứng kiến lễ ký Hiệp định hợp tác kinh tế giữa hai "
        "Chính phủ.\n",
        reference_directory,
    )
    party = by_people(found, "Nguyễn Phú Trọng", "Tập Cận Bình")
    state = by_people(found, "Võ Văn Thưởng", "Tập Cận Bình")
    assert [(m.title, r) for m, r in party.agreements] == [
        ("Hiệp ước biên giới trên đất liền", "cited")
    ]
    assert [(m.title, r) for m, r in state.agreements] == [
        ("Hiệp định hợp tác kinh tế giữa hai Chính phủ", "signed")
    ]


def test_an_agreement_signed_after_the_meeting_was_not_signed_there(reference_directory):
    # the 1994 treaty's words are all in this 1987 text; a later agreement can only be cited, as
    # one still to come
    found = meetings(
        "Tổng Bí thư hội đàm\n"
        "Tháng 5/1987, tại Mát-xcơ-va, Tổng Bí thư Nguyễn Văn Linh hội đàm với Tổng Bí thư Mikhail "
        "Gorbachev. Hai bên ký Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị ký ngày "
        "16/6/1994 và khẳng định tinh thần Hiệp ước Hữu nghị và Hợp tác ký ngày 3/11/1978.\n",
        reference_directory,
    )
    (talks,) = found
    assert [m.signed_date.year for m, _ in talks.agreements] == [1978]


def test_a_capitalised_strategy_is_a_document_a_strategic_partnership_is_not(
    reference_directory,
):
    text = (
        "Các nhà lãnh đạo thông qua Chiến lược Canberra 2030 về hợp tác Mekong - Úc, nâng tầm "
        "quan hệ Đối tác Chiến lược toàn diện."
    )
    assert [t for t, _, _ in agreements(text, reference_directory)] == [
        "Chiến lược Canberra 2030 về hợp tác Mekong - Úc"
    ]


def test_a_signing_told_as_the_time_of_something_else_is_not_a_signing(reference_directory):
    text = "Một ngày sau lễ ký Hiệp định thương mại song phương Việt Nam - Hàn Quốc, hai bên họp."
    assert agreements(text, reference_directory) == [
        ("Hiệp định thương mại song phương Việt Nam - Hàn Quốc", None, False)
    ]


def test_an_agreement_issued_at_an_earlier_meeting_goes_there_and_is_cited_by_the_main_one(
    reference_directory,
):
    found = meetings(
        "Tổng Bí thư thăm Hoa Kỳ\n"
        "Ngày 7/7/2015, tại Oa-sinh-tơn, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống "
        "Barack Obama.\n"
        "Hai nhà lãnh đạo đánh giá cao quan hệ Đối tác toàn diện, được xác lập khi Chủ tịch nước "
        "Trương Tấn Sang và Tổng thống Obama hội đàm tại Nhà Trắng hồi tháng 7/2013 và ra Tuyên "
        "bố chung về quan hệ Đối tác toàn diện Việt Nam - Hoa Kỳ.\n",
        reference_directory,
    )
    links = {
        m.date.start.year: [(a.title[:22], relation) for a, relation in m.agreements] for m in found
    }
    assert links == {
        2015: [("Tuyên bố chung về quan", "cited")],
        2013: [("Tuyên bố chung về quan", "signed")],
    }


def test_an_agreement_named_while_a_meeting_is_told_is_cited_there(reference_directory):
    found = meetings(
        "Tổng thống Hoa Kỳ thăm Việt Nam\n"
        "Ngày 17/11/2000, tại Hà Nội, Chủ tịch nước Trần Đức Lương hội đàm với Tổng thống Bill "
        "Clinton.\n"
        "Chiều 18/11/2000, Tổng Bí thư Lê Khả Phiêu đã tiếp Tổng thống Clinton. Vị khách mong "
        "Hiệp định Thương mại song phương Việt Nam - Hoa Kỳ sớm được phê chuẩn.\n",
        reference_directory,
    )
    call = by_people(found, "Lê Khả Phiêu", "Bill Clinton")
    assert [(a.title, relation) for a, relation in call.agreements] == [
        ("Hiệp định Thương mại song phương Việt Nam - Hoa Kỳ", "cited")
    ]


def test_minutes_signed_bear_the_full_name_of_the_session_told_before(reference_directory):
    found = agreements(
        "Hai Phó Thủ tướng đồng chủ trì Kỳ họp lần thứ 12 Ủy ban liên Chính phủ Việt Nam - Lào "
        "về hợp tác song phương với sự tham dự của nhiều bộ, ngành. Kết thúc kỳ họp, hai bên ký "
        "Biên bản, rồi gặp gỡ báo chí.",
        reference_directory,
    )
    assert [title for title, _, _ in found] == [
        "Biên bản Kỳ họp lần thứ 12 Ủy ban liên Chính phủ Việt Nam - Lào về hợp tác song phương"
    ]
