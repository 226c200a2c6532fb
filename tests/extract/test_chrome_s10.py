"""Bylines with where the reporter writes from, wire credit lines and bare share rows (#11 class 5): page
furniture, no claims; a sentence that opens with "Reporting by" or "By" is still read (lines written for
these tests)."""

from __future__ import annotations

import pytest

BODY = "Shelling damaged a water station in Nikopol overnight, the district head said."


@pytest.mark.parametrize(
    "chrome",
    [
        "By Marta Sydorenko, Nikopol",
        "By Marta Sydorenko in Zaporizhzhia",
        "By Ann Lee, Bo Kim and Cy Ng",
        "(Analysis by Pavel Orlik and Iryna Bondar)",
        "Reporting by Tom Hale in Lviv; Editing by Ann Roe",
        "Additional reporting by Jo Kim.",
        "Share this article",
    ],
)
def test_credit_lines_are_no_claims(extract_text, chrome):
    text = f"Water station hit in Nikopol\n\n{chrome}\n\n{BODY}"
    rec = extract_text(text)
    at = text.index(chrome)
    assert not any(c.start < at + len(chrome) and c.end > at for c in rec.claims), [c.text for c in rec.claims]
    assert any("water station" in c.text for c in rec.claims)


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by the monitors showed that the convoy had turned back near the dam.",
        "By then, Nikopol had been without water for two days.",
        "By Monday the queue at the water trucks had grown to 300 people.",
    ],
)
def test_sentences_that_open_like_credits_are_no_chrome(line):
    from claimgraph.extract.segment import BYLINE_RE, CHROME_LINES

    assert not BYLINE_RE.match(line)
    assert not any(rx.fullmatch(line) for rx in CHROME_LINES)
