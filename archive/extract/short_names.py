"""A leader named in full earlier in the text, named again by one word of the name (`ông Tập`,
`Thủ tướng Abe`); only a word that belongs to a leader already named counts.
"""

import re

from .directory import Directory
from .mentions import Mention
from .text import PreparedText
from .unknown_names import NOT_NAME_WORDS

# `ông Saysomphone`, `ông Thoong-lun`, `bà Matviyenko`, `Thủ tướng Abe`: one word of a name
# told in full before.
_SHORT = re.compile(
    r"(?<!\w)(?:(?P<honorific>ông|bà|ngài)|(?:phó\s+)?(?:thủ tướng|tổng thống|chủ tịch(?:\s+nước)?|"
    r"bộ trưởng(?:\s+ngoại giao)?|ngoại trưởng|thứ trưởng|tổng bí thư))\s+([^\W\d_][^\s,.;:()]*)"
)


def short_mentions(pt: PreparedText, directory: Directory, names: list[Mention]) -> list[Mention]:
    """A leader named in full earlier in the text, now by one word of the name after `ông` or
    `bà`; only when that word belongs to one of the leaders named so far."""
    found, told = [], {}  # told: word -> the keys of the leaders named so far with that word
    ends, done, taken = sorted(names, key=lambda m: m.end), 0, {m.start for m in names}
    for match in _SHORT.finditer(pt.lower):
        while done < len(ends) and ends[done].end <= match.start():
            for key in ends[done].leader_keys:
                for word in _name_words(directory, key):
                    told.setdefault(word, set()).add(key)
            done += 1
        word = pt.text[match.start(2) : match.end(2)]
        keys = told.get(word, ())
        titled = not match.group("honorific")
        if titled and word.lower() in NOT_NAME_WORDS:
            continue
        if word[0].isupper() and len(keys) == 1 and match.start(2) not in taken:
            found.append(Mention(match.start(2), match.end(2), tuple(keys), word, "short"))
    return found


def _name_words(directory: Directory, key) -> set[str]:
    """The words a name is shortened to: its first or its last (`ông Tập`, `ông Chính`,
    `ông Kishida`, `bà Matviyenko`), in any of its forms."""
    leader = directory.leader(key)
    names = [leader.name] + [alias for alias, _ in leader.aliases]
    words = [name.replace(".", " ").split() for name in names]
    return {w for ws in words if len(ws) > 1 for w in (ws[0], ws[-1]) if len(w) > 1}
