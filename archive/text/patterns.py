"""Names found in running text however the writer spaced them (`Mát - xcơ - va`, `Hồ  Chí Minh`),
so that a list of names becomes one regex and the text is scanned once."""

import re


def names_pattern(names) -> re.Pattern | None:
    """Any of these names as whole words, longest first, with any spacing and hyphen spacing."""
    if not names:
        return None
    parts = [
        re.escape(n).replace(r"\ ", r"\s+").replace(r"\-", r"\s*-\s*")
        for n in sorted(names, key=len, reverse=True)
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")
