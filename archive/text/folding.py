"""Text as a user types it without diacritics, for matching that ignores marks.

`fold` works on whole strings and may change their length (a stray combining mark vanishes);
where offsets must survive, `archive.text.spans` folds letter by letter instead.
"""

import unicodedata


def strip_marks(text: str, form: str = "NFD") -> str:
    """Every combining mark dropped after decomposing (`Hòa` -> `Hoa`). `đ` is a letter of its
    own and stays; `form="NFKD"` also turns compatibility characters into plain ones (`²` -> `2`)."""
    return "".join(ch for ch in unicodedata.normalize(form, text) if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Lowercase, without tone or vowel marks, `đ` -> `d`: what a user types without diacritics."""
    return strip_marks(text).replace("đ", "d").replace("Đ", "D").lower()


def has_diacritics(text: str) -> bool:
    """Whether folding changes more than case: the writer typed marks (`Hòa`, not `Hoa`)."""
    return fold(text) != text.lower()
