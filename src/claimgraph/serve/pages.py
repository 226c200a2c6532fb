"""The HTML pages: server-rendered, autoescaped Jinja2; every page works without JavaScript except the map,
whose place list below it does."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from ..model import SIDES, SOURCE_KINDS, STANCES, VERIFICATIONS
from ..store import REVIEW_FIELDS
from .api import REVIEW_VALUES, apply_review, attempt_login, find_identities, set_session
from .auth import SESSION_COOKIE
from .deps import StoreDep, UserDep, check_csrf, csrf_token, form_filters, paging, user
from .views import (
    claim_panel,
    count_nodes,
    drift_sides,
    find_story,
    highlight,
    page_links,
    record_spans,
    relay_graph,
    stories,
    timeline,
)

router = APIRouter(include_in_schema=False)


def on_loop_when_local(
    fn: Callable[..., Any] | None = None, *, short: Callable[..., bool] | None = None
) -> Callable[..., Any]:
    """A page whose work is a few short reads (an article, a page of claims) runs on the event loop when the
    store is a local SQLite file: it is CPU work either way (one interpreter lock), and the hop to a worker
    thread and back costs two thread wake-ups, which a busy machine makes slow. On a store across the network
    (PostgreSQL), or when ``short(**kwargs)`` says this request's reads are long (a pass over every claim),
    the page runs on a worker thread, as FastAPI runs a plain function, and the loop goes on serving."""
    if fn is None:
        return functools.partial(on_loop_when_local, short=short)

    @functools.wraps(fn)
    async def page(**kwargs: Any) -> Any:
        local = getattr(kwargs.get("st"), "dialect", None) == "sqlite"
        if local and (short is None or short(**kwargs)):
            return fn(**kwargs)
        return await run_in_threadpool(functools.partial(fn, **kwargs))

    return page


def render(request: Request, name: str, status_code: int = 200, **ctx: Any) -> HTMLResponse:
    ctx.setdefault("user", user(request))
    ctx["csrf_token"] = csrf_token(request)
    ctx["path"] = request.url.path
    return request.app.state.templates.TemplateResponse(request, name, ctx, status_code=status_code)


def _safe_next(target: str | None) -> str:
    """Only a path on this site (never //host or a scheme) may be a redirect target."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@router.get("/", response_class=HTMLResponse)
def index(
    request: Request,
    st: StoreDep,
    q: Annotated[str | None, Query(max_length=200)] = None,
    outlet: Annotated[str | None, Query(max_length=300)] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
):
    limit, offset = paging(request, None, offset)
    q = (q or "").strip() or None
    outlet = outlet or None
    total = st.count_articles(outlet=outlet, q=q)
    return render(
        request,
        "index.html",
        stats=st.stats(),
        articles=st.list_articles(outlet=outlet, q=q, limit=limit, offset=offset),
        q=q or "",
        outlet=outlet or "",
        page=page_links(total, limit, offset),
        query=lambda **kw: urlencode({k: v for k, v in {"q": q, "outlet": outlet, **kw}.items() if v}),
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
@on_loop_when_local
def article(request: Request, article_id: str, st: StoreDep):
    with st.reading():  # one connection and one snapshot for the page's five reads
        art = st.article_head(article_id)
        if art is None:
            raise HTTPException(404, f"{article_id}: no such article")
        rec = st.record(article_id)
        reviews, clusters = (st.reviews(article_id), st.clusters_of(article_id)) if rec else ([], [])
        derivations = st.derivations(article_id)
    segments = highlight(rec.article.text if rec else art["text"], record_spans(rec) if rec else [])
    panel = claim_panel(rec, reviews, clusters) if rec else []
    return render(
        request,
        "article.html",
        article=art,
        rec=rec,
        segments=segments,
        panel=panel,
        derivations=derivations,
    )


@router.get("/articles/{article_id}/claims/{claim_id}", response_class=HTMLResponse)
@on_loop_when_local
def claim_page(request: Request, article_id: str, claim_id: str, st: StoreDep):
    rec = st.record(article_id)
    claim = next((c for c in (rec.claims if rec else []) if c.id == claim_id), None)
    row = st.get_claim(article_id, claim_id)
    if claim is None or row is None:
        raise HTTPException(404, f"{article_id}/{claim_id}: no such claim")
    reviews = st.reviews(article_id, claim_id)
    panel = next(p for p in claim_panel(rec, reviews, st.clusters_of(article_id)) if p["claim"].id == claim_id)
    figures = {q.id: q.text for q in rec.quantities}
    current = {
        "chain": row["chain_text"],
        "stance": row["stance"],
        "verification": row["verification"],
        "place": "; ".join(p["name"] or p["text"] for p in row["places"]),
        "figure": "; ".join(figures[i] for i in claim.quantities if i in figures),
        "wrong": "wrong" if panel["wrong"] else "ok",
    }
    for f in ("chain", "place", "figure"):
        if f in panel["reviews"]:
            current[f] = panel["reviews"][f]["value"]
    context = rec.article.text[max(0, claim.start - 200) : claim.end + 200]
    return render(
        request,
        "claim.html",
        article=st.article_head(article_id),
        rec=rec,
        p=panel,
        current=current,
        choices=REVIEW_VALUES,
        audit=st.audit_entries(target=row["key"]),
        context=context,
        fields=[f for f in REVIEW_FIELDS if f != "note"],
    )


@router.post("/articles/{article_id}/claims/{claim_id}/review")
def review_form(
    request: Request,
    article_id: str,
    claim_id: str,
    st: StoreDep,
    username: UserDep,
    field: Annotated[str, Form(max_length=40)],
    csrf_token_: Annotated[str, Form(alias="csrf_token", max_length=200)] = "",
    value: Annotated[str, Form(max_length=2000)] = "",
    note: Annotated[str, Form(max_length=4000)] = "",
):
    check_csrf(request, csrf_token_)
    if username is None:
        raise HTTPException(401, "log in to review claims")
    if field not in REVIEW_FIELDS:
        raise HTTPException(400, f"{field}: not a reviewable field")
    apply_review(st, username, article_id, claim_id, field, value, note)
    return RedirectResponse(f"/articles/{_q(article_id)}/claims/{_q(claim_id)}#history", status_code=303)


def _q(s: str) -> str:
    from urllib.parse import quote

    return quote(s, safe="")


@router.get("/claims", response_class=HTMLResponse)
@on_loop_when_local(short=lambda request, st, **_: st.claims_page_ready(**form_filters(request).active()))
def claims(request: Request, st: StoreDep, offset: Annotated[int, Query(ge=0)] = 0):
    f = form_filters(request)
    limit, offset = paging(request, None, offset)
    active = f.active()
    with st.reading():
        rows, total = st.claims_page(limit=limit, offset=offset, **active)
    qs = {k: ("yes" if v is True else "no" if v is False else v) for k, v in active.items()}
    return render(
        request,
        "claims.html",
        rows=rows,
        f=f,
        qs=qs,
        page=page_links(total, limit, offset),
        query=lambda **kw: urlencode({**qs, **kw}),
        export_query=urlencode(qs),
        choices={"side": SIDES, "kind": SOURCE_KINDS, "stance": STANCES, "verification": VERIFICATIONS},
    )


@router.get("/clusters", response_class=HTMLResponse)
def clusters(request: Request, st: StoreDep, offset: Annotated[int, Query(ge=0)] = 0):
    limit, offset = paging(request, None, offset)
    rows = st.clusters()
    rows.sort(key=lambda k: (-len({m["article_id"] for m in k["members"]}), k["id"]))
    return render(
        request,
        "clusters.html",
        clusters=rows[offset : offset + limit],
        page=page_links(len(rows), limit, offset),
    )


@router.get("/clusters/{cluster_id}", response_class=HTMLResponse)
def cluster(request: Request, cluster_id: str, st: StoreDep):
    found = st.clusters(cluster_id)
    if not found:
        raise HTTPException(404, f"{cluster_id}: no such cluster")
    k = found[0]
    by_outlet: dict[str, list[dict[str, Any]]] = {}
    for m in sorted(k["members"], key=lambda m: (m["outlet"] or "", m["published"] or "", m["article_id"])):
        by_outlet.setdefault(m["outlet"] or "(no outlet)", []).append(m)
    known = {r["canonical_id"]: r["name"] for r in st.identities()}
    names = {o: known.get(o, o) for o in k["origins"]}
    return render(request, "cluster.html", k=k, by_outlet=by_outlet, origin_names=names, known=known)


@router.get("/echo", response_class=HTMLResponse)
def echo_list(request: Request, st: StoreDep):
    trees = stories(st.derivations())
    return render(request, "echo_list.html", trees=trees, count_nodes=count_nodes)


@router.get("/echo/{article_id}", response_class=HTMLResponse)
def echo(request: Request, article_id: str, st: StoreDep):
    if st.article_head(article_id) is None:
        raise HTTPException(404, f"{article_id}: no such article")
    tree = find_story(stories(st.derivations()), article_id)
    return render(request, "echo.html", tree=tree, article_id=article_id)


@router.get("/drift/{article_id}/{derived_from}", response_class=HTMLResponse)
def drift(request: Request, article_id: str, derived_from: str, st: StoreDep):
    rep = st.drift_report(article_id, derived_from)
    if rep is None:
        raise HTTPException(404, f"no stored derivation of {article_id} from {derived_from}")
    a, b = st.article_head(derived_from), st.article_head(article_id)
    sides = drift_sides(rep, a["text"], b["text"])
    edge = next(
        (d for d in st.derivations(article_id) if d["article"] == article_id and d["derived_from"] == derived_from),
        None,
    )
    return render(request, "drift.html", original=a, derived=b, sides=sides, edge=edge)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, st: StoreDep):
    return render(request, "map.html", places=st.places_summary())


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, st: StoreDep, offset: Annotated[int, Query(ge=0)] = 0):
    rows = st.dated_claims(limit=500, offset=offset)
    return render(request, "timeline.html", groups=timeline(rows), offset=offset, more=len(rows) == 500)


@router.get("/sources", response_class=HTMLResponse)
def sources(
    request: Request,
    st: StoreDep,
    q: Annotated[str | None, Query(max_length=200)] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
):
    limit, offset = paging(request, None, offset)
    q = (q or "").strip() or None
    edges = st.relays()
    top = edges[:150]  # the graph stays legible; the table below lists every relay
    idents = find_identities(st, q)
    return render(
        request,
        "sources.html",
        graph=relay_graph(top),
        edges=edges,
        identities=idents[offset : offset + limit],
        page=page_links(len(idents), limit, offset),
        q=q or "",
        query=lambda **kw: urlencode({k: v for k, v in {"q": q, **kw}.items() if v}),
    )


@router.get("/sources/{canonical_id}", response_class=HTMLResponse)
def source(request: Request, canonical_id: str, st: StoreDep):
    ident = next((r for r in st.identities() if r["canonical_id"] == canonical_id), None)
    if ident is None:
        raise HTTPException(404, f"{canonical_id}: no such source identity")
    mentions = st.sources(canonical_id=canonical_id)
    claims = st.list_claims(source=canonical_id, limit=200)
    return render(request, "source.html", ident=ident, mentions=mentions, claims=claims)


@router.get("/audit", response_class=HTMLResponse)
def audit(
    request: Request,
    st: StoreDep,
    username: Annotated[str | None, Query(max_length=100)] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
):
    limit, offset = paging(request, None, offset)
    username = username or None
    rows = st.audit_entries(username=username, limit=limit + 1, offset=offset)
    entries = []
    for e in rows[:limit]:
        article, _, claim = (e["target"] or "").rpartition(":")
        is_claim = e["action"].startswith("review_") and article
        entries.append({**e, "article_id": article if is_claim else None, "claim_id": claim if is_claim else None})
    return render(
        request,
        "audit.html",
        entries=entries,
        offset=offset,
        prev=max(0, offset - limit) if offset else None,
        next=offset + limit if len(rows) > limit else None,
        username=username or "",
        query=lambda **kw: urlencode({k: v for k, v in {"username": username, **kw}.items() if v}),
    )


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: Annotated[str | None, Query(max_length=500)] = None):
    return render(request, "login.html", next=_safe_next(next), error=None, user=None)


@router.post("/login")
def login(
    request: Request,
    st: StoreDep,
    username: Annotated[str, Form(max_length=100)] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
    csrf_token_: Annotated[str, Form(alias="csrf_token", max_length=200)] = "",
    next: Annotated[str, Form(max_length=500)] = "/",
):
    check_csrf(request, csrf_token_)
    try:
        name = attempt_login(request, st, username.strip(), password)
    except HTTPException as e:
        return render(
            request,
            "login.html",
            status_code=e.status_code,
            next=_safe_next(next),
            error=e.detail,
            user=None,
            username=username,
        )
    out = RedirectResponse(_safe_next(next), status_code=303)
    set_session(request, out, name)
    return out


@router.post("/logout")
def logout(request: Request, csrf_token_: Annotated[str, Form(alias="csrf_token", max_length=200)] = ""):
    check_csrf(request, csrf_token_)
    out = RedirectResponse("/", status_code=303)
    out.delete_cookie(SESSION_COOKIE, path="/")
    return out
