from archive.extract.partnerships import (
    COMPREHENSIVE,
    COMPREHENSIVE_STRATEGIC,
    STRATEGIC,
    partnership_statements,
)


def levels(text):
    return [(s.level, s.year) for s in partnership_statements(text)]


def test_upgrade_with_a_year():
    text = "Hai nước đã nâng cấp quan hệ lên Đối tác chiến lược toàn diện vào năm 2016. Hai bên ký kết."
    (statement,) = partnership_statements(text)
    assert (statement.level, statement.year) == (COMPREHENSIVE_STRATEGIC, 2016)
    assert (
        statement.sentence
        == "Hai nước đã nâng cấp quan hệ lên Đối tác chiến lược toàn diện vào năm 2016"
    )


def test_establishing_from_a_year():
    assert levels("Việt Nam và Ấn Độ thiết lập quan hệ đối tác chiến lược từ năm 2007.") == [
        (STRATEGIC, 2007)
    ]


def test_comprehensive_partnership_without_a_year():
    assert levels("Quan hệ đối tác toàn diện Việt Nam - Hoa Kỳ tiếp tục phát triển.") == [
        (COMPREHENSIVE, None)
    ]


def test_two_levels_in_two_sentences():
    text = (
        "Năm 2001, hai nước thiết lập quan hệ Đối tác chiến lược. "
        "Từ năm 2012, quan hệ được nâng lên Đối tác chiến lược toàn diện."
    )
    assert levels(text) == [(STRATEGIC, 2001), (COMPREHENSIVE_STRATEGIC, 2012)]


def test_without_diacritics_and_with_old_tone_placement():
    assert levels("Hai nuoc nang cap quan he len doi tac chien luoc toan dien nam 2013") == [
        (COMPREHENSIVE_STRATEGIC, 2013)
    ]
    assert levels("quan hệ Đối tác chiến lược toàn diện sâu rộng, hoà bình") == [
        (COMPREHENSIVE_STRATEGIC, None)
    ]


def test_decomposed_marks():
    import unicodedata

    text = unicodedata.normalize("NFD", "Thiết lập quan hệ đối tác chiến lược năm 2009.")
    assert levels(text) == [(STRATEGIC, 2009)]


def test_business_partners_are_not_a_level():
    assert levels("Doanh nghiệp Nga là đối tác tin cậy của Tập đoàn Dầu khí.") == []
    assert levels("Các đối tác kinh doanh của Nhật Bản năm 2018 tăng mạnh.") == []
    assert levels("Hai bên không phải là đối tác") == []


def test_a_year_of_strengthening_does_not_date_the_level():
    assert levels("Hai bên tăng cường quan hệ đối tác chiến lược trong năm 2017.") == [
        (STRATEGIC, None)
    ]
