"""Bytes to text: the declared charset first, then UTF-8, then detection (charset-normalizer).

The cascade, each stage for a reason:

1. a byte-order mark is the strongest declaration there is (and is never part of the text);
2. the declared charset (HTTP ``Content-Type``, ``<meta charset>``, the XML declaration) is what
   the publisher wrote; it is used when the bytes decode with it;
3. UTF-8, what nearly every page and file is today;
4. a file that is *mostly* valid UTF-8 with a few bad bytes is damaged UTF-8, not a legacy
   encoding: decoding it as windows-1252 would turn every accented letter into mojibake, so it
   is rejected (``invalid_utf8``);
5. otherwise a legacy encoding (windows-1251, KOI8-R, windows-1252, ...), found by
   charset-normalizer and recorded with the article.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .base import Rejection

_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# WHATWG: pages that say latin-1 or ascii mean windows-1252
_ALIASES = {"latin_1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859_1": "cp1252"}

_META = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_:.\-]+)""",
    re.I,
)

_UTF8_MULTI = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


# the legacy encodings news text is written in (Cyrillic first: our inputs are mostly
# Ukrainian and Russian); detection is not asked about rarities such as cp1006, which would
# turn a few stray bytes in an English text into Urdu presentation forms
LEGACY_ENCODINGS = (
    "cp1251", "koi8_u", "koi8_r", "cp866", "iso8859_5", "mac_cyrillic",
    "cp1252", "iso8859_15", "cp1250", "iso8859_2", "cp1257", "iso8859_13", "cp1253", "iso8859_7",
    "cp1254", "iso8859_9", "cp1255", "iso8859_8", "cp1256", "iso8859_6",
    "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr",
)  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class Decoded:
    text: str
    encoding: str  # the Python codec name that decoded it ("utf-8", "cp1251", ...)


def codec_name(label: str | None) -> str | None:
    """A charset label as a Python codec name, or None when no codec has that name."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'").lower()).name
    except LookupError:
        return None
    return _ALIASES.get(name, name)


def charset_from_content_type(value: str | None) -> str | None:
    """``text/html; charset=windows-1251`` -> ``cp1251``."""
    m = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", value or "", re.I)
    return codec_name(m.group(1)) if m else None


def declared_charset(data: bytes) -> str | None:
    """The charset a page or feed declares in its first 4 KB (meta charset, http-equiv, XML)."""
    m = _META.search(data[:4096])
    if not m:
        return None
    name = codec_name((m.group(1) or m.group(2)).decode("ascii", "replace"))
    # a page that reached us as bytes in an ASCII-compatible form cannot really be UTF-16
    return "utf-8" if name and name.startswith("utf_16") else name


def _bom(data: bytes) -> tuple[str, int] | None:
    for mark, enc in _BOMS:
        if data.startswith(mark):
            return enc, len(mark)
    return None


def damaged_utf8(data: bytes) -> int | None:
    """Offset of the first bad byte when ``data`` looks like UTF-8 with damage, else None.

    Legacy single-byte texts (windows-1251 Cyrillic, windows-1252 accents) rarely form valid
    UTF-8 sequences; a text whose valid multi-byte sequences are at least as many as its stray
    high bytes was written as UTF-8 and damaged afterwards."""
    seqs = _UTF8_MULTI.findall(data)
    if not seqs:
        return None
    high = len(data) - len(data.translate(None, bytes(range(0x80, 0x100))))
    stray = high - sum(len(m) for m in seqs)
    if len(seqs) < stray:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start
    return None


def decode(data: bytes, locator: str, declared: str | None = None) -> Decoded | Rejection:
    """Decode by BOM, then the declared charset, then UTF-8, then detection (see the module)."""
    bom = _bom(data)
    if bom:
        enc, n = bom
        try:
            return Decoded(data[n:].decode(enc), enc.replace("-", "_").replace("utf_8", "utf-8"))
        except UnicodeDecodeError as e:
            # the reason names UTF-8, the one encoding every input must fit when it declares none
            return Rejection(
                locator, "invalid_utf8", f"byte {e.start + n} is not {enc}, though the file begins with its mark"
            )
    if declared:
        try:
            return Decoded(data.decode(declared), declared if declared != "utf_8" else "utf-8")
        except (UnicodeDecodeError, LookupError):
            pass  # the declaration lied: fall through to what the bytes say
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as e:
        first_bad = e.start
    bad = damaged_utf8(data)
    if bad is not None:
        return Rejection(locator, "invalid_utf8", f"byte {bad} is not UTF-8 (the rest of the file is)")
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    text = str(best) if best is not None else None
    if best is None or text is None or mixed_script_word(text):
        return Rejection(locator, "invalid_utf8", f"byte {first_bad} is not UTF-8 and no legacy encoding gives text")
    return Decoded(text, codec_name(best.encoding) or best.encoding)


def _script(ch: str) -> str:
    import unicodedata

    return unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0]


def mixed_script_word(text: str) -> str | None:
    """A word that mixes scripts (``damÿþ`` is Latin, ``damﹽﹼ`` Latin and Arabic): what a wrong
    guess of the encoding makes of stray bytes; a text written in a legacy encoding has none."""
    for m in _WORD.finditer(text):
        w = m.group()
        if w.isascii():
            continue
        if len({_script(c) for c in w}) > 1:
            return w
    return None
