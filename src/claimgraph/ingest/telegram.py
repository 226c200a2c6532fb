"""Telegram Desktop exports: a channel's ``result.json`` (Export chat history, JSON format),
one article per post, streamed with ijson so that a 200 MB export is read in bounded memory
(one message at a time).

Per message of the ``messages`` array:

- a post with text is an article: ``outlet`` the channel's name, ``id`` ``tg<channel id>-<post
  id>`` (with ``-e<edit time>`` when the post was edited, so that a later export of an edited
  post is a new version of the earlier one: both share the ``url`` ``https://t.me/c/<channel
  id>/<post id>``), ``published`` from ``date_unixtime`` (UTC), the text with its entities
  flattened (``text`` is a string or a list of strings and ``{"type", "text", "href"}``
  objects), the post's signature (``author``) as author;
- ``extra`` keeps what linking and the readers of other languages need: ``channel``,
  ``channel_id``, ``post_id``, ``links`` (``link`` and ``text_link`` entities, in order),
  ``forwarded_from`` (the name of the channel a forwarded post came from: the export keeps no
  id for it, so linking matches it by name), ``edited`` (ISO time of the last edit) and
  ``reply_to`` (a post id);
- a post with media and no text is skipped and counted (``media-only post``); a service
  message (channel created, pinned message) is skipped; a post whose entities are broken (an
  entity without text, a value of the wrong type) is rejected on its own, naming the post.

A file is taken for an export when its name ends in ``.json`` and its first 64 KB hold a
``"messages"`` key. A full-account export (every chat under ``chats.list``) is rejected with a
message saying to export the channel's history instead. Memory is bounded by the largest single
message (Telegram caps a post at 4,096 characters), never by the export's size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..hookspecs import hookimpl
from .base import SIDECAR_SUFFIX, RawArticle, Reader, Rejection, Skipped, check_text, display
from .limits import DEFAULT_LIMITS, IngestLimits

_MEDIA_KEYS = ("photo", "file", "media_type", "sticker_emoji", "poll", "location_information", "contact_information")
_LINK_TYPES = {"link", "text_link", "email"}
_DATE_KEY = re.compile(rb'"date_unixtime"\s*:')


class BrokenEntity(ValueError):
    pass


def _json_kind(value: Any) -> str:
    """A JSON value's kind in words: 'a number', 'a list', 'null'."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    return {"list": "a list", "dict": "an object", "str": "a string"}.get(type(value).__name__, type(value).__name__)


def flatten_text(text: Any) -> tuple[str, list[str]]:
    """A message's ``text`` as one string, with the links its entities carry; raises
    ``BrokenEntity`` naming the first entity that cannot be read."""
    if isinstance(text, str):
        return text, []
    if not isinstance(text, list):
        raise BrokenEntity(f"'text' must be a string or a list, not {_json_kind(text)}")
    parts: list[str] = []
    links: list[str] = []
    for i, ent in enumerate(text):
        if isinstance(ent, str):
            parts.append(ent)
            continue
        if not isinstance(ent, dict):
            raise BrokenEntity(f"entity {i} is {_json_kind(ent)}, not a string or an object")
        value = ent.get("text")
        if not isinstance(value, str):
            raise BrokenEntity(f"entity {i} ({ent.get('type', 'no type')}) has no text string")
        kind = ent.get("type")
        if kind is not None and not isinstance(kind, str):
            raise BrokenEntity(f"entity {i} has a type that is not a string")
        if kind == "text_link":
            href = ent.get("href")
            if not isinstance(href, str):
                raise BrokenEntity(f"entity {i} (text_link) has no href string")
            links.append(href)
        elif kind in _LINK_TYPES:
            links.append(value)
        parts.append(value)
    return "".join(parts), links


def _iso(unixtime: Any) -> str | None:
    try:
        return datetime.fromtimestamp(int(unixtime), UTC).isoformat().replace("+00:00", "Z")
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def message_to_item(
    msg: Any, chat: dict, loc: str, limits: IngestLimits = DEFAULT_LIMITS
) -> RawArticle | Rejection | Skipped:
    """One exported message as an article, a rejection or a skip."""
    if not isinstance(msg, dict):
        return Rejection(loc, "bad_message", f"a message must be a JSON object, not {_json_kind(msg)}")
    if msg.get("type", "message") != "message":
        return Skipped(loc, f"service message ({msg.get('action') or msg.get('type')})")
    post_id = msg.get("id")
    if not isinstance(post_id, int) or isinstance(post_id, bool):
        return Rejection(loc, "bad_message", "the message has no numeric id")
    try:
        text, links = flatten_text(msg["text"] if "text" in msg else msg.get("text_entities", ""))
    except BrokenEntity as e:
        return Rejection(loc, "bad_entity", str(e))
    if not text.strip():
        if any(msg.get(k) for k in _MEDIA_KEYS):
            return Skipped(loc, "media-only post")
        return Rejection(loc, "empty", "a post with neither text nor media")
    bad = check_text(text, loc, limits)
    if bad:
        return bad
    published = _iso(msg.get("date_unixtime"))
    if published is None:
        date = msg.get("date")
        published = date if isinstance(date, str) and date[:4].isdigit() else None
    channel_id = chat.get("id")
    base = f"tg{channel_id}-{post_id}" if channel_id is not None else f"tg-{chat.get('name') or 'chat'}-{post_id}"
    edited = _iso(msg.get("edited_unixtime")) or (msg.get("edited") if isinstance(msg.get("edited"), str) else None)
    extra: dict[str, Any] = {
        "channel": chat.get("name"),
        "channel_id": channel_id,
        "post_id": post_id,
        "links": links,
    }
    for key in ("forwarded_from", "saved_from"):
        if isinstance(msg.get(key), str):
            extra[key] = msg[key]
    if edited:
        extra["edited"] = edited
    if isinstance(msg.get("reply_to_message_id"), int):
        extra["reply_to"] = msg["reply_to_message_id"]
    author = msg.get("author")
    stamp = msg.get("edited_unixtime")
    return RawArticle(
        text=text,
        locator=loc,
        id=f"{base}-e{stamp}" if edited and stamp else (f"{base}-edited" if edited else base),
        url=f"https://t.me/c/{channel_id}/{post_id}" if isinstance(channel_id, int) else None,
        outlet=chat.get("name"),
        published=published,
        authors=[author] if isinstance(author, str) and author.strip() else [],
        fmt="telegram",
        extra=extra,
    )


def _header(path: Path) -> tuple[str, dict]:
    """('chat', fields before ``messages``) or ('account', {}) for a full export."""
    import ijson

    chat: dict = {}
    with path.open("rb") as fh:
        for prefix, event, value in ijson.parse(fh):
            if prefix in ("name", "type", "id") and event in ("string", "number"):
                chat[prefix] = int(value) if event == "number" else value
            elif prefix == "messages" and event == "start_array":
                return "chat", chat
            elif prefix == "chats" and event == "start_map":
                return "account", {}
    return "chat", chat


class TelegramReader(Reader):
    name = "telegram"
    suffixes = (".json",)
    priority = 8

    def can_read(self, path: Path) -> bool:
        if not path.name.lower().endswith(".json") or path.name.endswith(SIDECAR_SUFFIX):
            return False
        try:
            with path.open("rb") as fh:
                return b'"messages"' in fh.read(65536)
        except OSError:
            return True  # read() reports why it cannot be opened

    def count(self, path: Path) -> int | None:
        """Messages in the export: parsed (exact) up to 32 MB; beyond, the ``"date_unixtime"`` keys
        are counted in the bytes, one per message in every export since 2021 (a key cannot occur
        inside a JSON string, where its quotes would be escaped): 200 MB in under a second."""
        import ijson

        kind, _ = _header(path)
        if kind != "chat":
            return 1
        if path.stat().st_size > 32 * 1024 * 1024:
            n, tail = 0, b""
            with path.open("rb") as fh:
                while chunk := fh.read(1 << 22):
                    block = tail + chunk
                    n += len(_DATE_KEY.findall(block))
                    tail = block[-64:]
                    n -= len(_DATE_KEY.findall(tail))
            if n:
                return n
        with path.open("rb") as fh:
            return max(1, sum(1 for _ in ijson.items(fh, "messages.item.id")))

    def read(self, path: Path, limits: IngestLimits = DEFAULT_LIMITS) -> Iterator[RawArticle | Rejection | Skipped]:
        import ijson

        name = display(path)
        n = 0
        try:
            kind, chat = _header(path)
            if kind != "chat":
                yield Rejection(
                    name, "unsupported", "a full-account Telegram export: export the channel's own history instead"
                )
                return
            with path.open("rb") as fh:
                for n, msg in enumerate(ijson.items(fh, "messages.item", use_float=True), 1):
                    yield message_to_item(msg, chat, f"{name}#{_post(msg, n)}", limits)
        except ijson.JSONError as e:
            yield Rejection(f"{name}#{n + 1}", "bad_json", f"the export breaks after message {n}: {str(e)[:160]}")
            return
        if n == 0:
            yield Rejection(name, "empty", "a Telegram export with no messages")


def _post(msg: Any, n: int) -> str:
    return str(msg["id"]) if isinstance(msg, dict) and isinstance(msg.get("id"), int) else f"message{n}"


@hookimpl
def claimgraph_readers():
    return [TelegramReader()]
