"""The HTTP API under /api: JSON, paginated, filterable, documented in OpenAPI (/api/docs)."""

from __future__ import annotations

import json
from typing import Annotated, Any, Generic, Literal, TypeVar

from fastapi import APIRouter, Header, HTTPException, Query, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field

from ..store.read import REVIEW_FIELDS
from .auth import SESSION_COOKIE, verify_password
from .deps import FiltersDep, RequireUser, StoreDep, UserDep, check_csrf, csrf_token, paging
from .exports import claims_csv, places_geojson, records_jsonl, reviewed_record
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
    version_of: str | None
    claims: int
    extracted: bool


class ClaimRow(BaseModel):
    article_id: str
    claim_id: str
    text: str | None
    start: int | None
    end: int | None
    stance: str | None = Field(description="Reviewed value when reviewed, else the extracted one")
    verification: str | None
    chain: str | None = Field(description="Sources nearest first, ' <- ' between hops")
    extracted_stance: str | None
    extracted_verification: str | None
    extracted_chain: str | None
    hedges: list[str]
    is_quote: bool
    reviewed: bool
    wrong: bool
    outlet: str | None
    title: str | None
    published: str | None
    origin: str | None
    origin_kind: str | None
    origin_side: str | None


class Identity(BaseModel):
    canonical_id: str
    name: str
    kind: str | None
    names: str | None
    sides: str | None
    articles: int


class Cluster(BaseModel):
    cluster_id: str
    label: str | None
    origins: list[str] | None
    independent_confirmations: int | None
    first_reported: dict[str, Any] | None
    contradictions: list[dict[str, Any]] | None
    grade: dict[str, Any] | None
    members: int | list[dict[str, Any]]
    articles: int | None = None


class DerivationRow(BaseModel):
    article_id: str
    derived_from: str
    kind: str | None
    similarity: float | None
    has_drift: bool
    outlet: str | None
    published: str | None
    title: str | None
    from_outlet: str | None
    from_published: str | None
    from_title: str | None


class AuditEntry(BaseModel):
    id: int
    at: str
    username: str
    action: str = Field(description="confirm, correct, note, user_added, password_changed")
    article_id: str | None
    claim_id: str | None
    field: str | None
    before: str | None
    after: str | None
    note: str | None


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


ERRORS = {
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
    q: Annotated[str | None, Query(max_length=200, description="Words in the title or text")] = None,
    limit: Limit = None,
    offset: Offset = 0,
):
    limit, offset = paging(request, limit, offset)
    return _page(
        st.list_articles(outlet=outlet, q=q, limit=limit, offset=offset),
        st.count_articles(outlet=outlet, q=q),
        limit,
        offset,
    )


@router.get("/articles/{article_id}", responses=ERRORS, summary="One article: its row, text and record")
def get_article(article_id: str, st: StoreDep) -> dict[str, Any]:
    """The stored article (text included) and its record, reviewed values applied and marked."""
    art = st.get_article(article_id)
    if art is None:
        raise HTTPException(404, f"{article_id}: no such article")
    rec = st.record(article_id)
    return {
        "article": art,
        "record": reviewed_record(rec, st.reviews(article_id)) if rec else None,
        "derivations": st.derivations(article=article_id),
        "clusters": st.clusters_of(article_id),
    }


@router.get("/claims", response_model=Page[ClaimRow], responses=ERRORS, summary="List and filter claims")
def list_claims(request: Request, st: StoreDep, filters: FiltersDep, limit: Limit = None, offset: Offset = 0):
    limit, offset = paging(request, limit, offset)
    f = filters.active()
    return _page(st.list_claims(limit=limit, offset=offset, **f), st.count_claims(**f), limit, offset)


@router.get("/claims/{article_id}/{claim_id}", responses=ERRORS, summary="One claim, its reviews and audit trail")
def get_claim(article_id: str, claim_id: str, st: StoreDep) -> dict[str, Any]:
    rec = st.record(article_id)
    claim = next((c for c in (rec.claims if rec else []) if c.id == claim_id), None)
    if claim is None:
        raise HTTPException(404, f"{article_id}/{claim_id}: no such claim")
    d = reviewed_record(rec, st.reviews(article_id, claim_id))
    return {
        "article_id": article_id,
        "claim": next(c for c in d["claims"] if c["id"] == claim_id),
        "sources": d["sources"],
        "reviews": st.reviews(article_id, claim_id),
        "audit": st.audit_entries(article_id=article_id, claim_id=claim_id),
    }


@router.get("/search", responses=ERRORS, summary="Articles and claims containing every word")
def search(st: StoreDep, q: Annotated[str, Query(min_length=1, max_length=200)]) -> dict[str, Any]:
    return st.search(q)


@router.get("/sources", response_model=Page[Identity], responses=ERRORS, summary="Source identities")
def list_sources(
    request: Request,
    st: StoreDep,
    q: Annotated[str | None, Query(max_length=200, description="Part of the name, or the identity id")] = None,
    limit: Limit = None,
    offset: Offset = 0,
):
    limit, offset = paging(request, limit, offset)
    return _page(st.identities_page(q=q, limit=limit, offset=offset), st.count_identities(q=q), limit, offset)


@router.get("/sources/{canonical_id}", responses=ERRORS, summary="One source identity and where it is cited")
def get_source(canonical_id: str, st: StoreDep) -> dict[str, Any]:
    ident = st.identity(canonical_id)
    if ident is None:
        raise HTTPException(404, f"{canonical_id}: no such source identity")
    return ident


@router.get("/relays", responses=ERRORS, summary="Who relays whom (outlet -> source, hop -> next hop)")
def relays(st: StoreDep) -> list[dict[str, Any]]:
    return st.relays()


@router.get("/clusters", response_model=Page[Cluster], responses=ERRORS, summary="Claim clusters")
def list_clusters(request: Request, st: StoreDep, limit: Limit = None, offset: Offset = 0):
    limit, offset = paging(request, limit, offset)
    return _page(st.clusters(limit=limit, offset=offset), st.count_clusters(), limit, offset)


@router.get("/clusters/{cluster_id}", response_model=Cluster, responses=ERRORS, summary="One cluster and its members")
def get_cluster(cluster_id: str, st: StoreDep):
    k = st.cluster(cluster_id)
    if k is None:
        raise HTTPException(404, f"{cluster_id}: no such cluster")
    return k


@router.get("/derivations", response_model=list[DerivationRow], responses=ERRORS, summary="Who copied whom")
def list_derivations(st: StoreDep, article: Annotated[str | None, Query(max_length=300)] = None):
    return st.derivations(article=article)


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
        rows = st.list_claims(limit=st.count_claims(**f) or 1, offset=0, **f)
        return StreamingResponse(claims_csv(rows), media_type=EXPORTS[name], headers=headers)
    items = [(rec, st.reviews(rec.article.id)) for rec in st.records()]
    return StreamingResponse(records_jsonl(items), media_type=EXPORTS[name], headers=headers)


@router.get("/audit", response_model=Page[AuditEntry], responses=ERRORS, summary="The audit log, newest first")
def audit(
    request: Request,
    st: StoreDep,
    username: Annotated[str | None, Query(max_length=100)] = None,
    article: Annotated[str | None, Query(max_length=300)] = None,
    limit: Limit = None,
    offset: Offset = 0,
):
    limit, offset = paging(request, limit, offset)
    return _page(
        st.audit_entries(username=username, article_id=article, limit=limit, offset=offset),
        st.count_audit_entries(username=username, article_id=article),
        limit,
        offset,
    )


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
    response_model=AuditEntry,
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
    "stance": ("asserts", "reports", "distances", "disputes"),
    "verification": ("confirmed", "unverified", "disputed", "not_stated"),
    "wrong": ("wrong", "ok"),
}


def apply_review(
    st: Any, username: str, article_id: str, claim_id: str, field: str, value: str | None, note: str | None
) -> dict[str, Any]:
    """Validate one review and write it (with its audit entry). Errors are HTTP errors naming the problem."""
    if not st.claim_exists(article_id, claim_id):
        raise HTTPException(404, f"{article_id}/{claim_id}: no such claim")
    value = (value or "").strip() or None
    note = (note or "").strip() or None
    if field == "note":
        if not note:
            raise HTTPException(422, "a note needs some text")
        value = None
    elif value is None:
        raise HTTPException(422, f"{field}: give the confirmed or corrected value")
    elif field in REVIEW_VALUES and value not in REVIEW_VALUES[field]:
        raise HTTPException(422, f"{field}={value!r}: not one of {', '.join(REVIEW_VALUES[field])}")
    return st.review_claim(username, article_id, claim_id, field, value, note)


def attempt_login(request: Request, st: Any, username: str, password: str) -> str:
    """The username when the password is right; 429 when this client or account is rate limited; else 401."""
    limiter = request.app.state.ctx.limiter
    client = request.client.host if request.client else "?"
    wait = limiter.retry_after(client, username)
    if wait:
        raise HTTPException(429, f"too many failed logins; try again in {wait} s", headers={"Retry-After": str(wait)})
    account = st.get_user(username)
    if not verify_password(account["password_hash"] if account else None, password):
        limiter.failed(client, username)
        raise HTTPException(401, "wrong username or password")
    limiter.succeeded(client, username)
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


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)
