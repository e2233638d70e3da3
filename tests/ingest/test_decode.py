import codecs
import unicodedata

import pytest

from archive.ingest.decode import RejectedFile, decode_bytes
from tests.conftest import seed_path
from tests.encodings import to_windows_1258

TEXT = seed_path("004").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param(TEXT.encode("utf-8"), "utf-8", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8", id="utf-8-bom"),
        pytest.param(TEXT.encode("utf-16"), "utf-16", id="utf-16-bom"),
        pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16", id="utf-16-be-bom"),
        pytest.param(TEXT.encode("utf-16-le"), "utf-16-le", id="utf-16-le-no-bom"),
        pytest.param(to_windows_1258(TEXT), "windows-1258", id="windows-1258"),
    ],
)
def test_decodes_every_supported_encoding_to_the_same_text(data, encoding):
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert unicodedata.normalize("NFC", decoded.text) == TEXT


def test_windows_1258_really_stores_combining_tones():
    data = to_windows_1258("Thủ tướng")
    assert data != "Thủ tướng".encode("cp1258", errors="replace")
    assert unicodedata.normalize("NFC", decode_bytes(data).text) == "Thủ tướng"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"", "empty file", id="empty"),
        pytest.param(b" \n\t \r\n", "only whitespace", id="whitespace"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image", id="png"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3", "PDF document", id="pdf"),
        pytest.param(b"PK\x03\x04" + b"\x00" * 40, "ZIP archive", id="zip"),
        pytest.param(bytes(range(256)) * 8, "binary file", id="random-bytes"),
        pytest.param(b"abc\x00def\x00ghi\x01\x02\x03" * 20, "binary file", id="nul-bytes"),
        pytest.param(b"12345 67890 ,.;: 2017/06/29 -- 42", "fewer than a third", id="no-letters"),
        pytest.param(codecs.BOM_UTF8 + b"\xff\xfe\xfd", "not utf-8", id="bad-utf-8-after-bom"),
    ],
)
def test_rejects_what_is_not_a_text_with_a_reason(data, reason):
    with pytest.raises(RejectedFile, match=reason):
        decode_bytes(data)
