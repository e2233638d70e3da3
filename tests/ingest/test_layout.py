import pytest

from archive.ingest.decode import RejectedFile
from archive.ingest.layout import split_article
from tests.conftest import seed_path


def parts_of(prefix):
    return split_article(seed_path(prefix).read_text(encoding="utf-8"))


def test_glued_title_lead_and_byline():
    parts = parts_of("000")
    assert parts.layout == "glued"
    assert parts.title == "Chủ tịch nước Trương Tấn Sang hội đàm với tổng thống Nga"
    assert parts.lead.startswith("Chủ tịch nước Trương Tấn Sang chiều qua hội đàm")
    assert parts.lead.endswith("vào chiều sâu, hiệu quả.")
    assert parts.byline == "Trọng Giáp"
    assert parts.body.endswith("hoà nhập xã hội Liên bang Nga.")


def test_byline_glued_to_a_dangling_sentence():
    parts = parts_of("001")
    assert parts.title == "Chủ tịch nước Trần Đại Quang hội đàm với Tổng thống Nga Putin"
    assert parts.byline == "Nguyễn Hoàng"
    assert parts.body.endswith("Toàn văn tuyên bố chung về kết quả chuyến thăm")


@pytest.mark.parametrize("prefix", ["002", "004"])
def test_separator_layout(prefix):
    parts = parts_of(prefix)
    assert parts.layout == "separator"
    assert "-----" not in parts.title and "-----" not in parts.body
    assert parts.byline == ""
    assert len(parts.body.splitlines()) > 10


def test_title_lead_and_one_huge_body_line_with_a_photo_caption():
    parts = parts_of("003")
    assert parts.layout == "lead-body"
    assert parts.title == "Việt Nam-Nga ra tuyên bố chung về chuyến thăm của Chủ tịch nước"
    assert parts.lead.startswith("Nhân dịp chuyến thăm chính thức Liên bang Nga")
    assert parts.photo_captions == (
        "Chủ tịch nước Trần Đại Quang và Tổng thống Liên bang Nga V. Putin bắt tay sau Lễ ký "
        "các văn kiện hợp tác giữa hai nước. (Ảnh: Nhan Sáng/TTXVN)",
    )
    assert "(Ảnh:" not in parts.body
    assert parts.body.startswith("Theo Đặc phái viên TTXVN")


def test_glued_line_followed_by_more_lines():
    text = seed_path("000").read_text(encoding="utf-8") + "\nGhi chú của biên tập viên."
    parts = split_article(text)
    assert parts.title == "Chủ tịch nước Trương Tấn Sang hội đàm với tổng thống Nga"
    assert parts.body.endswith("Liên bang Nga.Trọng Giáp\nGhi chú của biên tập viên.")


def test_byline_on_its_own_last_line():
    parts = split_article("Tiêu đề bài báo về Nga\nĐoạn mở đầu.\nThân bài dài.\nMinh Anh")
    assert (parts.byline, parts.body) == ("Minh Anh", "Thân bài dài.")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("-----\n12345", id="no-words"),
        pytest.param("x" * 400 + "\nbody", id="first-line-too-long"),
        pytest.param("hai bên " * 100, id="one-line-without-a-title"),
    ],
)
def test_no_recognizable_title(text):
    with pytest.raises(RejectedFile, match="no recognizable title"):
        split_article(text)


def test_a_dateline_opening_the_body_after_a_lead():
    parts = split_article(
        "Thủ tướng Lào thăm Cam-pu-chia\n"
        "Lần đầu tiên trong mười năm, một Thủ tướng Lào thăm chính thức Cam-pu-chia.\n"
        "Phnôm Pênh, 12/6/2008 - Sáng nay, hai Thủ tướng đã hội đàm tại Cung Hòa bình.\n"
    )
    assert parts.dateline == "Phnôm Pênh, 12/6/2008"
    assert parts.body == "Sáng nay, hai Thủ tướng đã hội đàm tại Cung Hòa bình."


def test_a_title_glued_to_a_wire_dateline_in_capitals():
    parts = split_article(
        "Chủ tịch Trung Quốc gặp Chủ tịch nước Việt Nam bên lề APEC tại Vla-đi-vô-xtốc"
        "VLADIVOSTOK, ngày 7 tháng 9 (Tân Hoa Xã) - Hai nhà lãnh đạo trao đổi ý kiến về quan hệ "
        "song phương. Hai bên nhất trí tăng cường hợp tác."
    )
    assert parts.title.endswith("tại Vla-đi-vô-xtốc")
    assert parts.dateline == "VLADIVOSTOK, ngày 7 tháng 9 (Tân Hoa Xã)"


def test_a_span_of_years_in_brackets_after_a_glued_title_is_no_dateline():
    parts = split_article(
        "Điện mừng kỷ niệm 50 năm quan hệ ngoại giao Việt Nam - Nhật BảnNhân dịp kỷ niệm 50 năm "
        "Ngày thiết lập quan hệ ngoại giao (21/9/1973 - 21/9/2023), ngày 21/9, Thủ tướng gửi điện "
        "chúc mừng. Hai bên khẳng định quan hệ phát triển tốt đẹp."
    )
    assert parts.dateline == ""
    assert parts.title == "Điện mừng kỷ niệm 50 năm quan hệ ngoại giao Việt Nam - Nhật Bản"


def test_a_dateline_glued_before_the_title_of_a_one_line_report():
    parts = split_article(
        "Chủ nhật, 8/12/2019 09:30 (GMT+7)Hai Thủ tướng gặp nhau ở Bangkok"
        "Sáng qua, Thủ tướng đã hội đàm. Hai bên nhất trí tăng cường hợp tác."
    )
    assert parts.dateline == "Chủ nhật, 8/12/2019 09:30 (GMT+7)"
    assert parts.title == "Hai Thủ tướng gặp nhau ở Bangkok"


def test_a_title_ending_in_capitals_glued_to_the_lead():
    parts = split_article(
        "Hai nước ký CEPATheo đặc phái viên TTXVN, sáng 28/10, Thủ tướng đã hội đàm với Tổng "
        "thống. Hai bên nhất trí nâng cấp quan hệ."
    )
    assert parts.title == "Hai nước ký CEPA"
    assert parts.lead.startswith("Theo đặc phái viên TTXVN")
