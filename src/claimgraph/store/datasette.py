"""The datasette metadata shipped with the store: table and column descriptions, labels, and
canned queries ("unverified claims by source", "claims whose rewrite dropped a hedge").

datasette keys metadata by database name (the file name without ``.db``). For the default
``claimgraph.db`` use the shipped file as it is::

    datasette claimgraph.db --metadata "$(python -m claimgraph.store.datasette --path)"

for another file name, write metadata for it::

    python -m claimgraph.store.datasette mystore.db > metadata.json
    datasette mystore.db --metadata metadata.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

METADATA = Path(__file__).with_name("datasette-metadata.json")


def metadata(db_file: str | Path = "claimgraph.db") -> dict[str, Any]:
    """The datasette metadata for a store file (keyed by its datasette name)."""
    meta = json.loads(METADATA.read_text(encoding="utf-8"))
    meta["databases"] = {Path(db_file).stem: meta["databases"]["claimgraph"]}
    return meta


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--path"]:
        print(METADATA)
        return 0
    if len(args) > 1 or (args and args[0].startswith("-")):
        print("usage: python -m claimgraph.store.datasette [STORE.db | --path]", file=sys.stderr)
        return 2
    print(json.dumps(metadata(args[0] if args else "claimgraph.db"), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
