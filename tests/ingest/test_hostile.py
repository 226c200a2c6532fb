"""The hostile-input benchmark at small sizes: every case holds (issue 16's "Done when")."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def _bench():
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "hostile_inputs.py"
    spec = importlib.util.spec_from_file_location("hostile_inputs", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["hostile_inputs"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_every_hostile_case_holds(tmp_path, capsys):
    bench = _bench()
    code = bench.main(["--small", "--no-memory", "--keep", str(tmp_path / "hostile")])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.count("[ok]") == len(bench.CASES) + 1 and "[FAIL]" not in out


def test_the_cases_cover_what_the_issue_names():
    names = {c.name for c in _bench().CASES}
    for needed in (
        "long_line_jsonl",
        "warc_gz_bomb",
        "invalid_utf8",
        "bom_jsonl",
        "fifo",
        "unreadable_folder",
        "symlink_loop",
        "truncated_warc",
        "cp1251_html_meta",
        "vanished",
        "two_spellings",
        "dir_link",
        "non_utf8_name",
        "big_txt",
        "telegram",
    ):
        assert needed in names
