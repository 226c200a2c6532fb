"""Size limits applied while reading, before anything is parsed.

The limits are the ``ingest`` section of ``Settings`` (``[ingest]`` in ``claimgraph.toml``), each
with the reason for its size. Every reader reads at most ``limit + 1`` bytes of a thing it caps,
so a hostile input (a 1 GB text file, a 388 KB WARC.gz that expands to a 100 MB page, a JSONL
line with no end) costs at most the limit in memory and the time to read that far, never the
input's full size.
"""

from __future__ import annotations

from ..settings import IngestSettings

IngestLimits = IngestSettings  # the name readers use
DEFAULT_LIMITS = IngestSettings()
MB = 1024 * 1024


def over(limit: int) -> str:
    """'over 5 MB' / 'over 64 KB': the limit in a person's units."""
    if limit >= MB:
        return f"over {limit / MB:g} MB"
    return f"over {limit / 1024:g} KB"
