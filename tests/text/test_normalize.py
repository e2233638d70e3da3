import pytest

from archive.text import fold, normalize_tones, repair_for_search


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("hoà bình", "hòa bình"),
        ("thuỷ - hải sản", "thủy - hải sản"),
        ("khoẻ", "khỏe"),
        ("Uỷ ban", "Ủy ban"),
        ("HOÀ", "HÒA"),
        ("hoá dầu", "hóa dầu"),
        # already new style, or tone placement fixed by a final consonant or by `qu`
        ("hòa", "hòa"),
        ("hoàn thành", "hoàn thành"),
        ("quý", "quý"),
        ("quỳ", "quỳ"),
        ("thuở", "thuở"),
        ("toàn diện", "toàn diện"),
    ],
)
def test_one_tone_placement(old, new):
    assert normalize_tones(old) == new


def test_nfd_input_becomes_nfc():
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Trương Tấn Sang hoà bình")
    assert normalize_tones(nfd) == "Trương Tấn Sang hòa bình"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Trương Tấn Sang", "truong tan sang"),
        ("Đối tác chiến lược", "doi tac chien luoc"),
        ("đường dương đương", "duong duong duong"),
    ],
)
def test_fold_removes_every_mark_and_maps_d_stroke(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        ("Liên bang Nga.Trọng Giáp", "Liên bang Nga. Trọng Giáp"),
        ("Tổng thống  Putin .Chủ tịch", "Tổng thống Putin. Chủ tịch"),
        ("chuyến thămNguyễn Hoàng", "chuyến thăm Nguyễn Hoàng"),
        ("Thứ trưởng A.Borodavkin", "Thứ trưởng A. Borodavkin"),
        ("ngày 29.6 và 3.5 tỷ", "ngày 29.6 và 3.5 tỷ"),
    ],
)
def test_repair_restores_lost_spaces_only(text, repaired):
    assert repair_for_search(text) == repaired
