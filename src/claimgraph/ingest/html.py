"""HTML pages: main text with boilerplate removed (trafilatura), with title, authors, date,
canonical URL and outlet. A page over ``IngestLimits.max_html_bytes`` is rejected before any
parsing; bytes are decoded by the declared charset (HTTP, ``<meta charset>``), then UTF-8, then
detection (see ``charset``); ``NAME.meta.json`` beside ``NAME.html`` is read as for text files.
A cascade, each stage for a reason:

1. strip what is never article text even when it sits inside the article body
   (photo captions, "Also read" boxes, membership banners, AI summary boxes);
2. trafilatura for the main text and metadata;
3. htmldate when the page metadata has no publication date;
4. the domain as outlet when the page names no site.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

from ..hookspecs import hookimpl
from .base import (
    RawArticle,
    Reader,
    Rejection,
    apply_metadata,
    check_text,
    decode_bytes,
    display,
    load_sidecar,
    read_file_capped,
)
from .charset import declared_charset
from .limits import DEFAULT_LIMITS, IngestLimits, over

# class/id fragments of boxes that are not the article's own text
_NOISE_ATTR = re.compile(
    r"(also[-_]?read|read[-_]?also|related|banner|membership|paywall|subscribe|newsletter|"
    r"ai[-_]?summary|summary[-_]?box|promo|share|social|caption)",
    re.I,
)
_NOISE_LINE = re.compile(
    r"^\s*(also read|read also|read more|see also|related:|ai[- ]generated summary|summary generated|"
    r"become a member|support our journalism|subscribe)\b",
    re.I,
)


def _preclean(html: str) -> str:
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - lxml raises several types on broken markup
        return html
    for el in list(tree.iter()):
        if not isinstance(el.tag, str):
            continue
        if el.tag in ("figcaption", "aside", "figure", "nav", "footer"):
            el.drop_tree()
            continue
        attrs = " ".join(filter(None, [el.get("class"), el.get("id")]))
        if attrs and _NOISE_ATTR.search(attrs) and el.tag not in ("html", "body", "article", "main"):
            el.drop_tree()
    return lxml.html.tostring(tree, encoding="unicode")


def html_bytes_to_article(
    data: bytes,
    locator: str,
    url: str | None = None,
    charset: str | None = None,
    limits: IngestLimits = DEFAULT_LIMITS,
) -> RawArticle | Rejection:
    """A page as bytes: decoded by its BOM, the charset declared by the transport (``charset``,
    from HTTP), the one the page declares (``<meta charset>``), then UTF-8, then detection."""
    if len(data) > limits.max_html_bytes:
        return Rejection(locator, "oversized", f"HTML page {over(limits.max_html_bytes)}")
    got = decode_bytes(data, locator, charset or declared_charset(data))
    if isinstance(got, Rejection):
        return got
    art = html_to_article(got.text, locator, url=url, limits=limits)
    if isinstance(art, RawArticle):
        art.extra["encoding"] = got.encoding
    return art


def html_to_article(
    html: str, locator: str, url: str | None = None, limits: IngestLimits = DEFAULT_LIMITS
) -> RawArticle | Rejection:
    import trafilatura
    from trafilatura.metadata import extract_metadata

    if not html or not html.strip():
        return Rejection(locator, "empty", "empty HTML page")
    # capped before parsing: lxml and trafilatura on a 100 MB page take minutes and gigabytes
    if len(html) > limits.max_html_bytes // 4 and len(html.encode("utf-8", "surrogatepass")) > limits.max_html_bytes:
        return Rejection(locator, "oversized", f"HTML page {over(limits.max_html_bytes)}")
    if "<" not in html:
        return Rejection(locator, "broken_html", "no markup found")
    cleaned = _preclean(html)
    text = trafilatura.extract(
        cleaned, url=url, include_comments=False, include_tables=False, favor_precision=True, deduplicate=False
    )
    if not text:
        return Rejection(locator, "broken_html", "no article text could be extracted")
    text = "\n\n".join(p for p in text.split("\n") if p.strip() and not _NOISE_LINE.match(p))
    bad = check_text(text, locator, limits)
    if bad:
        return bad
    meta = extract_metadata(html, default_url=url)
    title = meta.title if meta else None
    published = meta.date if meta and meta.date else None
    if not published:
        try:
            from htmldate import find_date

            published = find_date(html, outputformat="%Y-%m-%d", original_date=True)
        except Exception:  # noqa: BLE001 - htmldate is best effort
            published = None
    page_url = (meta.url if meta and meta.url else None) or url
    outlet = meta.sitename if meta and meta.sitename else None
    if not outlet and page_url:
        outlet = urlparse(page_url).netloc.removeprefix("www.") or None
    authors = [a.strip() for a in (meta.author or "").split(";") if a.strip()] if meta else []
    return RawArticle(
        text=text,
        locator=locator,
        url=page_url,
        outlet=outlet,
        title=title,
        published=published,
        authors=authors,
        fmt="html",
    )


class HtmlReader(Reader):
    name = "html"
    suffixes = (".html", ".htm", ".xhtml")

    def read(self, path: Path, limits: IngestLimits = DEFAULT_LIMITS) -> Iterator[RawArticle | Rejection]:
        loc = display(path)
        meta = load_sidecar(path, loc, limits)
        if isinstance(meta, Rejection):
            yield meta
            return
        data = read_file_capped(path, limits.max_html_bytes, loc, "HTML page")
        if isinstance(data, Rejection):
            yield data
            return
        got = html_bytes_to_article(data, loc, limits=limits)
        if isinstance(got, RawArticle):
            got.id = display(path.stem)
            apply_metadata(got, meta, override=True)
        yield got


@hookimpl
def claimgraph_readers():
    return [HtmlReader()]
