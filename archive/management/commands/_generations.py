"""What the index commands say about the index generations they deleted."""

from archive.search import RemovedGeneration

MB = 1_000_000


def removed_lines(removed: list[RemovedGeneration]) -> list[str]:
    lines = [f"removed unused index generation {g.path} ({g.size / MB:.1f} MB)" for g in removed]
    if removed:
        lines.append(f"freed {sum(g.size for g in removed) / MB:.1f} MB")
    return lines
