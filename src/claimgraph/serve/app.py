"""``create_app(settings, store)``: the FastAPI app behind ``claimgraph serve``.

The app holds no SQL: every query is a ``Store`` method (the store's SQLAlchemy engine pools its
connections, so the thread pool's requests share it). Static files are read into memory at start-up and served by name from that table:
no part of a URL is ever joined to a file-system path.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from .auth import CSRF_COOKIE, SESSION_COOKIE, LoginLimiter, Signer, new_csrf_cookie
from .cache import PageCache
from .config import ServeSettings, serve_settings

HERE = Path(__file__).resolve().parent
# Reachable without an account even when reading requires one: the login form and its assets.
PUBLIC_PATHS = ("/login", "/static/", "/api/session", "/healthz")


class AppContext:
    """What every request handler needs: options, the store, the signer, the login limiter."""

    def __init__(self, settings: ServeSettings, store: Any) -> None:
        self.settings = settings
        self._store = store
        self.signer = Signer(settings.secret_key)
        self.limiter = LoginLimiter(settings.login_attempts, settings.login_window_s)

    def store(self) -> Any:
        return self._store


def _load_static() -> dict[str, tuple[bytes, str, str]]:
    """name -> (bytes, media type, etag) for every file shipped under serve/static/."""
    table = {}
    root = HERE / "static"
    for f in sorted(root.rglob("*")):
        if f.is_file():
            data = f.read_bytes()
            media = mimetypes.guess_type(f.name)[0] or "application/octet-stream"
            if f.suffix == ".js":
                media = "text/javascript"
            table[f.relative_to(root).as_posix()] = (data, media, hashlib.sha256(data).hexdigest()[:16])
    return table


def _templates(settings: ServeSettings) -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["settings"] = settings
    env.filters["urlpart"] = lambda s: quote(str(s), safe="")
    return Jinja2Templates(env=env)


def _csp(settings: ServeSettings) -> str:
    img = "'self' data:"
    if settings.tile_url:
        parts = urlsplit(settings.tile_url.replace("{s}", "a"))
        if parts.scheme in ("http", "https") and parts.netloc:
            host = parts.netloc.replace("a.", "*.", 1) if "{s}" in settings.tile_url else parts.netloc
            img += f" {parts.scheme}://{host}"
    # No inline script or style anywhere: injected markup could not run even if it escaped the templates.
    return (
        f"default-src 'self'; script-src 'self'; style-src 'self'; img-src {img}; object-src 'none';"
        " base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )


def create_app(settings: Any = None, store: Any = None) -> FastAPI:
    """The web app and HTTP API over one store. ``settings``: a ServeSettings, a Settings with ``.serve``, or None."""
    from ..store import Store

    opts = serve_settings(settings)
    if store is None:
        store = Store()
    ctx = AppContext(opts, store)
    app = FastAPI(
        title="claimgraph",
        version="1",
        summary="The record of claims: articles, claims, sources, clusters, derivations, drift, reviews.",
        description=(
            "Read the record (every list is paginated with `limit` and `offset` and returns `total`), export it, "
            "and review claims. Reviewing needs a session (`POST /api/session`) and the CSRF token it returns, "
            'sent as the `X-CSRF-Token` header. Errors are JSON: `{"error": {"status": ..., "message": ...}}`.'
        ),
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.ctx = ctx
    app.state.templates = _templates(opts)
    static = _load_static()
    csp = _csp(opts)

    app.state.page_cache = PageCache(opts.page_cache_bytes)
    app.add_middleware(Guard, ctx=ctx, csp=csp, cache=app.state.page_cache)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith("/api/"):
            return _json_error(exc.status_code, str(exc.detail), getattr(exc, "headers", None))
        if exc.status_code == 401:
            return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)
        return _error_page(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        problems = [
            {"where": ".".join(str(x) for x in e.get("loc", ())), "problem": e.get("msg", "")} for e in exc.errors()
        ]
        message = "; ".join(f"{p['where']}: {p['problem']}" for p in problems)
        if request.url.path.startswith("/api/"):
            return _json_error(422, message, details=problems)
        return _error_page(request, 400, message)

    @app.get("/static/{name:path}", include_in_schema=False)
    def static_file(name: str, request: Request) -> Response:
        item = static.get(name)
        if item is None:
            return Response("not found", status_code=404, media_type="text/plain")
        data, media, etag = item
        if request.headers.get("if-none-match") == f'"{etag}"':
            return Response(status_code=304)
        return Response(data, media_type=media, headers={"ETag": f'"{etag}"', "Cache-Control": "public, max-age=3600"})

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    from .api import router as api_router
    from .pages import router as pages_router

    app.include_router(api_router)
    app.include_router(pages_router)
    return app


SERVE_ENV = "CLAIMGRAPH_SERVE"


def from_environment() -> FastAPI:
    """The app ``claimgraph serve`` starts (a uvicorn factory, so each worker process builds its own):
    the store and settings come from $CLAIMGRAPH_SERVE, JSON ``{"db": ..., "overrides": {...}}``."""
    import json
    import os

    from ..settings import load_settings
    from ..store import Store

    conf = json.loads(os.environ.get(SERVE_ENV) or "{}")
    settings = load_settings(conf.get("toml"), conf.get("overrides") or None)
    app = create_app(settings, Store(conf.get("db") or "claimgraph.db", create=False))
    # What the server holds for its life (modules, the app, the store's engine) leaves the cyclic collector's
    # view: a full collection then walks the objects of the requests in flight, a few thousand, instead of
    # every object of the process, ~90,000 (a pause of 10-20 ms on an idle machine, over 100 ms on a busy
    # one, charged to whichever requests were in flight).
    import gc

    gc.collect()
    gc.freeze()
    return app


class Guard:
    """Every request: the CSRF cookie (set when missing), the session's user, the login wall when reading
    needs an account, the page cache, and the security headers on every response. Plain ASGI (no
    per-request task or body queue): it runs on every request, the cache hits included."""

    def __init__(self, app: Any, ctx: AppContext, csp: str, cache: PageCache) -> None:
        self.app, self.ctx, self.cache = app, ctx, cache
        self.csp = (b"content-security-policy", csp.encode())
        self.headers = [
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"same-origin"),
            (b"x-frame-options", b"DENY"),
        ]
        self.replaced = {k for k, _ in self.headers}

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        ctx = self.ctx
        request = Request(scope)
        cookie = request.cookies.get(CSRF_COOKIE)
        fresh = None if cookie else new_csrf_cookie()
        state = scope.setdefault("state", {})
        state["csrf_cookie"] = cookie or fresh
        user = state["user"] = ctx.signer.session_user(request.cookies.get(SESSION_COOKIE))
        extra = list(self.headers)
        if fresh:
            secure = "; Secure" if scope.get("scheme") == "https" else ""
            extra.append((b"set-cookie", f"{CSRF_COOKIE}={fresh}; HttpOnly; Path=/; SameSite=lax{secure}".encode()))

        async def send_with_headers(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                # the handler's own CSP stands (setdefault); the other security headers are always these
                headers = [(k, v) for k, v in message.get("headers", ()) if k.lower() not in self.replaced]
                if not any(k.lower() == self.csp[0] for k, _ in headers):
                    headers.append(self.csp)
                message = {**message, "headers": headers + extra}
            await send(message)

        path = scope["path"]
        if ctx.settings.require_login_to_read and user is None and not path.startswith(PUBLIC_PATHS):
            if path.startswith("/api/"):
                response: Response = _json_error(401, "login required to read this store")
            else:
                response = RedirectResponse(f"/login?next={quote(path)}", status_code=303)
            await response(scope, receive, send_with_headers)
            return
        if not self.cache.cacheable(scope):
            await self.app(scope, receive, send_with_headers)
            return
        token = ctx.signer.csrf_token(state["csrf_cookie"])
        key = (ctx.store().data_version(), path, scope.get("query_string", b""), user)
        hit = self.cache.get(key, token)
        if hit is not None:
            status, headers, body = hit
            await send_with_headers(
                {
                    "type": "http.response.start",
                    "status": status,
                    "headers": [*headers, (b"content-length", str(len(body)).encode())],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        start: dict = {}
        chunks: list[bytes] = []

        async def send_and_keep(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif start:
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and _keepable(start):
                    headers = [(k, v) for k, v in start.get("headers", ()) if k.lower() != b"content-length"]
                    self.cache.put(key, token, start["status"], headers, b"".join(chunks))
            await send_with_headers(message)

        await self.app(scope, receive, send_and_keep)


def _keepable(start: dict) -> bool:
    """A response the page cache may keep: a 200 HTML page that sets no cookie of its own."""
    if start.get("status") != 200:
        return False
    headers = {k.lower(): v for k, v in start.get("headers", ())}
    return b"set-cookie" not in headers and headers.get(b"content-type", b"").startswith(b"text/html")


def _error_page(request: Request, status: int, message: str, headers: dict | None = None) -> Response:
    ctx = request.app.state.ctx
    return request.app.state.templates.TemplateResponse(
        request,
        "error.html",
        {
            "status": status,
            "message": message,
            "user": getattr(request.state, "user", None),
            "path": request.url.path,
            "csrf_token": ctx.signer.csrf_token(getattr(request.state, "csrf_cookie", None) or ""),
        },
        status_code=status,
        headers=headers,
    )


def _json_error(status: int, message: str, headers: dict | None = None, details: list | None = None) -> JSONResponse:
    body: dict[str, Any] = {"error": {"status": status, "message": message}}
    if details:
        body["error"]["details"] = details
    return JSONResponse(body, status_code=status, headers=headers)
