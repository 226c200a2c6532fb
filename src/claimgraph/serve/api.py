"""The HTTP API under /api: JSON, paginated, filterable, documented in OpenAPI (/api/docs)."""

from __future__ import annotations

from typing import Annotated, Any, Generic, Literal, TypeVar

from fastapi import APIRouter, Header, HTTPException, Query, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field

from ..model import STANCES, VERIFICATIONS
from ..store import REVIEW_FIELDS
from .auth import SESSION_COOKIE, verify_password
from .deps import ISO_DATE, FiltersDep, RequireUser, StoreDep, UserDep, check_csrf, csrf_token, paging
from .exports import claims_csv, places_geojson, records_jsonl
from .views import stories

router = APIRouter(prefix="/api", tags=["record"])
T = TypeVar("T")

Limit = Annotated[int | None, Query(ge=1, description="Items per page (default: the page size setting)")]
Offset = Annotated[int, Query(ge=0, description="Items to skip")]


class Error(BaseModel):
    status: int
    message: str


class ErrorOut(BaseModel):
    error: Error


class Page(BaseModel, Generic[T]):
    total: int = Field(description="Items matching, over all pages")
    limit: int
    offset: int
    items: list[T]


class ArticleSummary(BaseModel):
    id: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    authors: list[str]
    version_of: str | None
    extracted: bool
    claims: int


class Hop(BaseModel):
    position: int
    source_id: str | None
    name: str | None
    kind: str | None
    side: str | None
    canonical_id: str | None
    cue: str | None
    channel: str | None
    date: str | None


class ClaimRow(BaseModel):
    key: str
    article_id: str
    claim_id: str
    outlet: str | None
    published: str | None
    title: str | None
    url: str | None
    text: str | None
    start: int | None
    end: int | None
    stance: str | None = Field(description="The reviewed value when a reviewer changed it, else the extracted one")
    verification: str | None
    quote: bool
    headline: bool
    chain_text: str | None = Field(description="Sources nearest first, ' <- ' between hops")
    chain: list[Hop] = Field(description="Hops nearest first; the last is the origin")
    hedges: list[dict[str, Any]]
    places: list[dict[str, Any]]
    evidence: list[dict[str, Any]]
    reviewed: bool
    review: dict[str, dict[str, Any]] = Field(description="field -> the latest review: value, note, reviewer, at")
    extracted: dict[str, Any] = Field(description="field -> the extracted value, where a review replaced it")


class Identity(BaseModel):
    canonical_id: str
    name: str
    kind: str | None
    side: str | None
    names: str | None
    articles: int


class Cluster(BaseModel):
    id: str
    label: str | None
    independent_confirmations: int | None
    first_reported_article: str | None
    first_reported_date: str | None
    origins: list[str]
    contradictions: list[dict[str, Any]]
    grade: dict[str, Any]
    members: list[dict[str, Any]]


class DerivationRow(BaseModel):
    article: str
    derived_from: str
    kind: str | None
    similarity: float | None
    outlet: str | None
    published: str | None
    title: str | None
    from_outlet: str | None
    from_published: str | None
    from_title: str | None
    changes: dict[str, int] = Field(description="drift changes by type")


class AuditEntry(BaseModel):
    id: int
    at: str
    username: str | None
    action: str = Field(description="review_<field>, login, login_refused, user_add, ...")
    target: str | None = Field(description="'<article>:<claim>' for a claim")
    before: str | None
    after: str | None


class AuditPage(BaseModel):
    limit: int
    offset: int
    more: bool = Field(description="Whether older entries follow")
    items: list[AuditEntry]


class ReviewOut(BaseModel):
    id: int
    article_id: str
    claim_id: str
    field: str
    value: str | None
    note: str | None
    reviewer: str
    at: str
    before: str | None


class LoginIn(BaseModel):
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)


class SessionOut(BaseModel):
    username: str | None
    csrf_token: str = Field(description="Send as the X-CSRF-Token header with every change")


class ReviewIn(BaseModel):
    field: Literal[REVIEW_FIELDS] = Field(description="What is reviewed; 'wrong' marks the claim wrong")  # type: ignore[valid-type]
    value: str | None = Field(
        default=None,
        max_length=2000,
        description="The corrected value (equal to the current one: a confirmation); for 'wrong': 'wrong' or 'ok'",
    )
    note: str | None = Field(default=None, max_length=4000)


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "Not found"},
    422: {"model": ErrorOut, "description": "A parameter is invalid"},
}


def _page(items: list, total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/articles", response_model=Page[ArticleSummary], responses=ERRORS, summary="List articles")
def list_articles(
    request: Request,
    st: StoreDep,
    outlet: Annotated[str | None, Query(max_length=300)] = None,
    since: Annotated[str | None, Query(pattern=ISO_DATE, description="Published on or after")] = None,
    until: Annotated[str | None, Query(pattern=ISO_DATE, description="Published on or before")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the title or text")] = None,
    limit: Limit = None,
    offset: Offset = 0,
):
    limit, offset = paging(request, limit, offset)
    f = {"outlet": outlet, "since": since, "until": until, "q": q}
    return _page(st.list_articles(**f, limit=limit, offset=offset), st.count_articles(**f), limit, offset)


@router.get("/articles/{article_id}", responses=ERRORS, summary="One article: text, record, claims, links")
def get_article(article_id: str, st: StoreDep) -> dict[str, Any]:
    """The stored article (text included), its record, its claims (reviewed values applied and marked),
    the derivations it is part of and the clusters of its claims."""
    art = st.get_article(article_id)
    if art is None:
        raise HTTPException(404, f"{article_id}: no such article")
    art["derivations"] = st.derivations(article_id)
    art["clusters"] = st.clusters_of(article_id)
    return art


@router.get("/claims", response_model=Page[ClaimRow], responses=ERRORS, summary="List and filter claims")
def list_claims(request: Request, st: StoreDep, filters: FiltersDep, limit: Limit = None, offset: Offset = 0):
    limit, offset = paging(request, limit, offset)
    f = filters.active()
    rows, total = st.claims_page(limit=limit, offset=offset, **f)
    return _page(rows, total, limit, offset)


@router.get("/claims/{article_id}/{claim_id}", responses=ERRORS, summary="One claim, its reviews and audit trail")
def get_claim(article_id: str, claim_id: str, st: StoreDep) -> dict[str, Any]:
    claim = st.get_claim(article_id, claim_id)
    if claim is None:
        raise HTTPException(404, f"{article_id}/{claim_id}: no such claim")
    return {
        "claim": claim,
        "reviews": st.reviews(article_id, claim_id),
        "audit": st.audit_entries(target=claim["key"]),
    }


@router.get("/search", responses=ERRORS, summary="Claims and articles containing every word")
def search(
    st: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> list[dict[str, Any]]:
    return st.search(q, limit=limit)


@router.get("/sources", response_model=Page[Identity], responses=ERRORS, summary="Source identities")
def list_sources(
    request: Request,
    st: StoreDep,
    q: Annotated[str | None, Query(max_length=200, description="Part of a name, or the identity id")] = None,
    limit: Limit = None,
    offset: Offset = 0,
):
    limit, offset = paging(request, limit, offset)
    rows = find_identities(st, q)
    return _page(rows[offset : offset + limit], len(rows), limit, offset)


def find_identities(st: Any, q: str | None) -> list[dict[str, Any]]:
    rows = st.identities()
    if q:
        ql = q.lower()
        rows = [
            r
            for r in rows
            if r["canonical_id"] == q or ql in (r["name"] or "").lower() or ql in (r["names"] or "").lower()
        ]
    return rows


@router.get("/sources/{canonical_id}", responses=ERRORS, summary="One source identity and where it is cited")
def get_source(canonical_id: str, st: StoreDep) -> dict[str, Any]:
    ident = next((r for r in st.identities() if r["canonical_id"] == canonical_id), None)
    if ident is None:
        raise HTTPException(404, f"{canonical_id}: no such source identity")
    return {**ident, "mentions": st.sources(canonical_id=canonical_id)}


@router.get("/relays", responses=ERRORS, summary="Who relays whom (outlet -> nearest source, hop -> next hop)")
def relays(st: StoreDep) -> list[dict[str, Any]]:
    return st.relays()


@router.get("/clusters", response_model=Page[Cluster], responses=ERRORS, summary="Claim clusters")
def list_clusters(request: Request, st: StoreDep, limit: Limit = None, offset: Offset = 0):
    limit, offset = paging(request, limit, offset)
    rows = st.clusters()
    return _page(rows[offset : offset + limit], len(rows), limit, offset)


@router.get("/clusters/{cluster_id}", response_model=Cluster, responses=ERRORS, summary="One cluster")
def get_cluster(cluster_id: str, st: StoreDep):
    k = st.clusters(cluster_id)
    if not k:
        raise HTTPException(404, f"{cluster_id}: no such cluster")
    return k[0]


@router.get("/derivations", response_model=list[DerivationRow], responses=ERRORS, summary="Who copied whom")
def list_derivations(st: StoreDep, article: Annotated[str | None, Query(max_length=300)] = None):
    return st.derivations(article)


@router.get("/stories", responses=ERRORS, summary="Derivations grouped into stories (trees from the origin)")
def list_stories(st: StoreDep) -> list[dict[str, Any]]:
    return stories(st.derivations())


@router.get("/drift", responses=ERRORS, summary="Every stored drift report")
def list_drift(request: Request, st: StoreDep, limit: Limit = None, offset: Offset = 0) -> dict[str, Any]:
    limit, offset = paging(request, limit, offset)
    reports = st.drift_reports()
    return _page(reports[offset : offset + limit], len(reports), limit, offset)


@router.get("/drift/{article_id}/{derived_from}", responses=ERRORS, summary="What a copy changed against its source")
def get_drift(article_id: str, derived_from: str, st: StoreDep) -> dict[str, Any]:
    rep = st.drift_report(article_id, derived_from)
    if rep is None:
        raise HTTPException(404, f"no stored derivation of {article_id} from {derived_from}")
    return rep


@router.get("/places", responses=ERRORS, summary="Grounded places with article and claim counts")
def places(st: StoreDep) -> list[dict[str, Any]]:
    return st.places_summary()


@router.get("/timeline", responses=ERRORS, summary="Claims that name a date, oldest first")
def timeline(request: Request, st: StoreDep, limit: Limit = None, offset: Offset = 0) -> list[dict[str, Any]]:
    limit, offset = paging(request, limit, offset)
    return st.dated_claims(limit=limit, offset=offset)


EXPORTS = {
    "records.jsonl": "application/x-ndjson",
    "claims.csv": "text/csv; charset=utf-8",
    "places.geojson": "application/geo+json",
}


@router.get("/export/{name}", responses=ERRORS, summary="Export: records.jsonl, claims.csv or places.geojson")
def export(name: str, st: StoreDep, filters: FiltersDep) -> Response:
    """Reviewed values are exported as reviewed (``reviewed: true`` and a ``review`` block per claim in the
    records; ``reviewed`` and the extracted values in the CSV). The claim filters apply to claims.csv."""
    if name not in EXPORTS:
        raise HTTPException(404, f"{name}: no such export (one of {', '.join(EXPORTS)})")
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    if name == "places.geojson":
        return JSONResponse(places_geojson(st.places_summary()), media_type=EXPORTS[name], headers=headers)
    if name == "claims.csv":
        f = filters.active()

        def rows():
            for off in range(0, st.count_claims(**f), 1000):
                yield from st.list_claims(limit=1000, offset=off, **f)

        return StreamingResponse(claims_csv(rows()), media_type=EXPORTS[name], headers=headers)
    items = ((rec, st.reviews(rec.article.id)) for rec in st.records())
    return StreamingResponse(records_jsonl(items), media_type=EXPORTS[name], headers=headers)


@router.get("/audit", response_model=AuditPage, responses=ERRORS, summary="The audit log, newest first")
def audit(
    request: Request,
    st: StoreDep,
    username: Annotated[str | None, Query(max_length=100)] = None,
    action: Annotated[str | None, Query(max_length=100)] = None,
    target: Annotated[str | None, Query(max_length=400, description="'<article>:<claim>' for one claim")] = None,
    limit: Limit = None,
    offset: Offset = 0,
):
    limit, offset = paging(request, limit, offset)
    rows = st.audit_entries(username=username, action=action, target=target, limit=limit + 1, offset=offset)
    return {"limit": limit, "offset": offset, "more": len(rows) > limit, "items": rows[:limit]}


# -- sessions and reviews ---------------------------------------------------------------------------


@router.get("/session", response_model=SessionOut, tags=["review"], summary="Who is logged in, and a CSRF token")
def session(request: Request, username: UserDep):
    return {"username": username, "csrf_token": csrf_token(request)}


@router.post(
    "/session",
    response_model=SessionOut,
    tags=["review"],
    summary="Log in",
    responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 429: {"model": ErrorOut}},
)
def login(
    body: LoginIn,
    request: Request,
    response: Response,
    st: StoreDep,
    x_csrf_token: Annotated[str | None, Header()] = None,
):
    """Needs the CSRF token of ``GET /api/session`` (the ``cg_csrf`` cookie it sets and the token it returns)."""
    check_csrf(request, x_csrf_token)
    ok = attempt_login(request, st, body.username, body.password)
    set_session(request, response, ok)
    return {"username": ok, "csrf_token": csrf_token(request)}


@router.delete("/session", tags=["review"], summary="Log out", responses={403: {"model": ErrorOut}})
def logout(request: Request, x_csrf_token: Annotated[str | None, Header()] = None) -> JSONResponse:
    check_csrf(request, x_csrf_token)
    out = JSONResponse({"username": None})
    out.delete_cookie(SESSION_COOKIE, path="/")
    return out


@router.post(
    "/claims/{article_id}/{claim_id}/reviews",
    response_model=ReviewOut,
    status_code=201,
    tags=["review"],
    summary="Review a claim: confirm or correct a field, mark it wrong, or add a note",
    responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, **ERRORS},
)
def review(
    article_id: str,
    claim_id: str,
    body: ReviewIn,
    request: Request,
    st: StoreDep,
    username: RequireUser,
    x_csrf_token: Annotated[str | None, Header()] = None,
):
    check_csrf(request, x_csrf_token)
    return apply_review(st, username, article_id, claim_id, body.field, body.value, body.note)


# -- shared with the pages -------------------------------------------------------------------------

REVIEW_VALUES = {
    "stance": STANCES,
    "verification": VERIFICATIONS,
    "wrong": ("wrong", "ok"),
}


def apply_review(
    st: Any, username: str, article_id: str, claim_id: str, field: str, value: str | None, note: str | None
) -> dict[str, Any]:
    """Validate one review and write it (with its audit entry). Errors are HTTP errors naming the problem."""
    from ..store import Invalid, NotFound

    value = (value or "").strip() or None
    note = (note or "").strip() or None
    stored: Any = value
    if field == "note":
        if not note and not value:
            raise HTTPException(422, "a note needs some text")
        stored, note = note or value, None
    elif value is None:
        raise HTTPException(422, f"{field}: give the confirmed or corrected value")
    elif field in REVIEW_VALUES and value not in REVIEW_VALUES[field]:
        raise HTTPException(422, f"{field}={value!r}: not one of {', '.join(REVIEW_VALUES[field])}")
    if field == "wrong":
        stored = value == "wrong"
    try:
        return st.review_claim(username, article_id, claim_id, field, stored, note)
    except NotFound as e:
        raise HTTPException(404, f"{article_id}/{claim_id}: no such claim") from e
    except Invalid as e:
        raise HTTPException(422, str(e)) from e


def attempt_login(request: Request, st: Any, username: str, password: str) -> str:
    """The username when the password is right; 429 when this client or account is rate limited; else 401.
    Logins and refused attempts go to the audit log."""
    limiter = request.app.state.ctx.limiter
    client = request.client.host if request.client else "?"
    wait = limiter.retry_after(client, username)
    if wait:
        raise HTTPException(429, f"too many failed logins; try again in {wait} s", headers={"Retry-After": str(wait)})
    account = st.get_user(username)
    if not verify_password(account["password_hash"] if account else None, password):
        limiter.failed(client, username)
        st.audit(None, "login_refused", f"user:{username[:100]}", None, {"client": client})
        raise HTTPException(401, "wrong username or password")
    limiter.succeeded(client, username)
    st.audit(username, "login", f"user:{username}", None, {"client": client})
    return username


def set_session(request: Request, response: Response, username: str) -> None:
    opts = request.app.state.ctx.settings
    response.set_cookie(
        SESSION_COOKIE,
        request.app.state.ctx.signer.session(username, opts.session_max_age_s),
        max_age=opts.session_max_age_s,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )
