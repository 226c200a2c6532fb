"""Telegram Desktop exports (issue 15): one article per post, everything else accounted for."""

from __future__ import annotations

import json

from claimgraph.ingest import RawArticle, Rejection, Skipped, count_items, read_inputs
from claimgraph.ingest.telegram import flatten_text


def _export(messages, name="Зведення фронту", cid=1712345678):
    return {"name": name, "type": "public_channel", "id": cid, "messages": messages}


def _msg(i, text, **kw):
    return {
        "id": i,
        "type": "message",
        "date": "2025-11-04T08:15:00",
        "date_unixtime": "1762244100",
        "from": "x",
        "text": text,
        **kw,
    }


def _read(tmp_path, messages, **kw):
    (tmp_path / "result.json").write_text(json.dumps(_export(messages, **kw), ensure_ascii=False), encoding="utf-8")
    return list(read_inputs([str(tmp_path)]))


def test_a_post_becomes_an_article_with_channel_id_date_and_links(tmp_path):
    text = [
        "Вночі ворог атакував ",
        {"type": "bold", "text": "Харків"},
        " дронами, повідомляє ",
        {"type": "text_link", "text": "ОВА", "href": "https://example.org/ova"},
        ". Деталі: ",
        {"type": "link", "text": "https://example.org/news/1"},
    ]
    (a,) = _read(tmp_path, [_msg(41, text, author="Черговий")])
    assert isinstance(a, RawArticle)
    assert a.text == "Вночі ворог атакував Харків дронами, повідомляє ОВА. Деталі: https://example.org/news/1"
    assert a.id == "tg1712345678-41" and a.url == "https://t.me/c/1712345678/41"
    assert a.outlet == "Зведення фронту" and a.published == "2025-11-04T08:15:00Z" and a.fmt == "telegram"
    assert a.authors == ["Черговий"]
    assert a.extra["links"] == ["https://example.org/ova", "https://example.org/news/1"]
    assert a.extra["channel"] == "Зведення фронту" and a.extra["post_id"] == 41
    assert a.locator.endswith("result.json#41")


def test_a_forwarded_post_keeps_the_channel_it_names(tmp_path):
    (a,) = _read(tmp_path, [_msg(7, "Збито 12 безпілотників над областю.", forwarded_from="Повітряні сили")])
    assert a.extra["forwarded_from"] == "Повітряні сили"


def test_an_edited_post_is_a_new_version_of_the_unedited_one(tmp_path):
    from claimgraph.store import Store

    first = _read(tmp_path, [_msg(9, "Збито 10 дронів.")])
    edited = _read(tmp_path, [_msg(9, "Збито 12 дронів.", edited="2025-11-04T09:00:00", edited_unixtime="1762246800")])
    assert edited[0].id == "tg1712345678-9-e1762246800" and edited[0].extra["edited"] == "2025-11-04T09:00:00Z"
    assert first[0].url == edited[0].url
    with Store(tmp_path / "s.db") as st:
        assert st.add(first[0]) == "stored" and st.add(edited[0]) == "version"


def test_media_only_and_service_messages_are_skipped_and_counted(tmp_path):
    msgs = [
        {"id": 1, "type": "service", "date": "2025-11-01T00:00:00", "action": "create_channel", "text": ""},
        _msg(2, "", photo="photos/photo_2.jpg", width=800, height=600),
        _msg(3, [], media_type="video_file", file="video_files/v.mp4"),
        _msg(4, "Ворог обстріляв Нікополь з артилерії."),
    ]
    got = _read(tmp_path, msgs)
    assert [(type(x).__name__, getattr(x, "reason", "")) for x in got] == [
        ("Skipped", "service message (create_channel)"),
        ("Skipped", "media-only post"),
        ("Skipped", "media-only post"),
        ("RawArticle", ""),
    ]


def test_a_photo_with_a_caption_is_an_article(tmp_path):
    (a,) = _read(tmp_path, [_msg(5, "Наслідки удару по Одесі.", photo="photos/p.jpg")])
    assert isinstance(a, RawArticle)


def test_broken_entities_are_rejected_one_by_one(tmp_path):
    msgs = [
        _msg(1, ["Ворог ", {"type": "bold"}]),
        _msg(2, ["Ворог ", 17]),
        _msg(3, {"type": "plain", "text": "x"}),
        _msg(4, ["Дивіться ", {"type": "text_link", "text": "тут"}]),
        _msg(5, ["Ціла ", {"type": "italic", "text": "публікація"}, "."]),
    ]
    got = _read(tmp_path, msgs)
    assert [getattr(x, "reason", "ok") for x in got] == ["bad_entity"] * 4 + ["ok"]
    assert [x.locator.rsplit("#", 1)[1] for x in got[:4]] == ["1", "2", "3", "4"]
    assert "entity 1" in got[0].detail and "href" in got[3].detail
    assert got[1].detail == "entity 1 is a number, not a string or an object"


def test_a_cut_export_rejects_the_rest_after_the_posts_it_read(tmp_path):
    data = json.dumps(_export([_msg(i, f"Пост номер {i} про обстріл.") for i in range(1, 6)]), ensure_ascii=False)
    (tmp_path / "result.json").write_text(data[: int(len(data) * 0.7)], encoding="utf-8")
    got = list(read_inputs([str(tmp_path)]))
    assert isinstance(got[-1], Rejection) and got[-1].reason == "bad_json"
    assert all(isinstance(x, RawArticle) for x in got[:-1]) and len(got) >= 3


def test_every_message_is_counted_up_front(tmp_path):
    msgs = [_msg(i, f"Пост {i}.") for i in range(1, 8)] + [_msg(8, "", photo="p.jpg"), _msg(9, [{"type": "x"}])]
    got = _read(tmp_path, msgs)
    assert count_items([tmp_path]) == len(got) == 9


def test_flatten_text_accepts_strings_and_lists():
    assert flatten_text("plain") == ("plain", [])
    assert flatten_text(["a ", {"type": "mention", "text": "@kanal"}, " b"]) == ("a @kanal b", [])


def test_a_json_file_that_is_not_an_export_is_unsupported(tmp_path):
    (tmp_path / "other.json").write_text('{"rows": [1, 2]}')
    (r,) = list(read_inputs([str(tmp_path)]))
    assert isinstance(r, Rejection) and r.reason == "unsupported"


def test_a_full_account_export_is_rejected_with_advice(tmp_path):
    (tmp_path / "result.json").write_text(
        json.dumps({"about": "x", "chats": {"list": [_export([_msg(1, "a")])]}, "messages": []})
    )
    (r,) = list(read_inputs([str(tmp_path)]))
    assert r.reason == "unsupported" and "channel" in r.detail


def test_a_channel_post_without_text_or_media_is_rejected_as_empty(tmp_path):
    (r,) = _read(tmp_path, [_msg(3, "   ")])
    assert isinstance(r, Rejection) and r.reason == "empty"
    assert not isinstance(r, Skipped)
