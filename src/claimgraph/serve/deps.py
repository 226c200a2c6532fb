"""Request helpers shared by the API and the pages: the store, the user, CSRF checks, claim filters."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Annotated, Any, Literal

from fastapi import Depends, HTTPException, Query, Request

from ..model import SIDES, SOURCE_KINDS, STANCES, VERIFICATIONS

ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"

Stance = Literal[STANCES]  # type: ignore[valid-type]
Verification = Literal[VERIFICATIONS]  # type: ignore[valid-type]
Side = Literal[SIDES]  # type: ignore[valid-type]
Kind = Literal[SOURCE_KINDS]  # type: ignore[valid-type]


async def ctx(request: Request) -> Any:
    # async: FastAPI runs a plain function dependency on a worker thread, a hop per request for an attribute
    return request.app.state.ctx


async def store(request: Request) -> Any:
    return request.app.state.ctx.store()


def user(request: Request) -> str | None:
    """The logged-in username, if the session names an account that still exists."""
    name = getattr(request.state, "user", None)
    if name and request.app.state.ctx.store().get_user(name) is None:
        return None
    return name


def require_user(request: Request) -> str:
    name = user(request)
    if name is None:
        raise HTTPException(401, "log in to change the record")
    return name


def csrf_token(request: Request) -> str:
    return request.app.state.ctx.signer.csrf_token(request.state.csrf_cookie)


def check_csrf(request: Request, token: str | None) -> None:
    if not request.app.state.ctx.signer.csrf_ok(request.cookies.get("cg_csrf"), token):
        raise HTTPException(403, "missing or wrong CSRF token (reload the page and try again)")


@dataclass(slots=True)
class ClaimFilters:
    source: str | None = None
    side: str | None = None
    kind: str | None = None
    stance: str | None = None
    verification: str | None = None
    place: str | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None
    reviewed: bool | None = None
    article: str | None = None
    outlet: str | None = None

    def active(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}


def claim_filters(
    source: Annotated[
        str | None, Query(description="A source anywhere in the chain: identity id or part of a name")
    ] = None,
    side: Annotated[Side | None, Query(description="Side of a source in the claim's chain")] = None,
    kind: Annotated[Kind | None, Query(description="Kind of a source in the claim's chain")] = None,
    stance: Annotated[Stance | None, Query(description="The outlet's stance (reviewed value when reviewed)")] = None,
    verification: Annotated[
        Verification | None, Query(description="Verification (reviewed value when reviewed)")
    ] = None,
    place: Annotated[
        str | None, Query(max_length=300, description="A place of the claim: name, text, region or gazetteer id")
    ] = None,
    since: Annotated[str | None, Query(pattern=ISO_DATE, description="Published on or after (YYYY[-MM[-DD]])")] = None,
    until: Annotated[str | None, Query(pattern=ISO_DATE, description="Published on or before")] = None,
    q: Annotated[
        str | None, Query(max_length=200, description="Words that must all occur in the claim or its chain")
    ] = None,
    reviewed: Annotated[bool | None, Query(description="Only reviewed (true) or unreviewed (false) claims")] = None,
    article: Annotated[str | None, Query(max_length=300, description="Claims of one article")] = None,
    outlet: Annotated[str | None, Query(max_length=300, description="Claims of one outlet")] = None,
) -> ClaimFilters:
    if since and until and since > until:
        raise HTTPException(422, f"since {since} is after until {until}")
    return ClaimFilters(source, side, kind, stance, verification, place, since, until, q, reviewed, article, outlet)


def form_filters(request: Request) -> ClaimFilters:
    """The claims page's filters from its query string; empty fields (an untouched form) are no filter."""
    qp = request.query_params
    get = lambda k: (qp.get(k) or "").strip() or None  # noqa: E731
    allowed = {"side": SIDES, "kind": SOURCE_KINDS, "stance": STANCES, "verification": VERIFICATIONS}
    f = ClaimFilters(source=get("source"), place=get("place"), q=get("q"), article=get("article"), outlet=get("outlet"))
    for k, values in allowed.items():
        v = get(k)
        if v is not None and v not in values:
            raise HTTPException(400, f"{k}={v!r}: not one of {', '.join(values)}")
        setattr(f, k, v)
    for k in ("since", "until"):
        v = get(k)
        if v is not None and not re.match(ISO_DATE, v):
            raise HTTPException(400, f"{k}={v!r}: not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        setattr(f, k, v)
    r = get("reviewed")
    if r not in (None, "yes", "no"):
        raise HTTPException(400, f"reviewed={r!r}: not yes or no")
    f.reviewed = None if r is None else r == "yes"
    return f


def paging(request: Request, limit: int | None, offset: int) -> tuple[int, int]:
    opts = request.app.state.ctx.settings
    lim = opts.page_size if limit is None else limit
    if lim < 1 or lim > opts.max_page_size:
        raise HTTPException(422, f"limit={lim}: must be between 1 and {opts.max_page_size}")
    if offset < 0:
        raise HTTPException(422, f"offset={offset}: must be 0 or more")
    return lim, offset


StoreDep = Annotated[Any, Depends(store)]
UserDep = Annotated[str | None, Depends(user)]
RequireUser = Annotated[str, Depends(require_user)]
FiltersDep = Annotated[ClaimFilters, Depends(claim_filters)]
