"""Accounts, sessions, CSRF tokens and the login rate limit of the web app.

Passwords are hashed with argon2 (argon2-cffi's defaults, RFC 9106 low-memory profile). A session is a
signed cookie ``username|expires|nonce|hmac`` (HttpOnly, SameSite=Lax, Secure over TLS): nothing about a
session is stored server-side, so a restart with a new secret logs everyone out. CSRF: every browser gets a
random ``cg_csrf`` cookie and every form carries HMAC(secret, that cookie); a cross-site page can neither
read the cookie nor compute the token.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import deque

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

SESSION_COOKIE = "cg_session"
CSRF_COOKIE = "cg_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"

_hasher = PasswordHasher()
# A hash to verify against when the user does not exist, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password anyone has")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


class Signer:
    """Signs sessions and derives CSRF tokens with one secret."""

    def __init__(self, secret: str | None) -> None:
        self.key = (secret or secrets.token_hex(32)).encode()

    def _mac(self, msg: str) -> str:
        return hmac.new(self.key, msg.encode(), hashlib.sha256).hexdigest()

    def session(self, username: str, max_age_s: int) -> str:
        body = f"{username}|{int(time.time()) + max_age_s}|{secrets.token_hex(8)}"
        return f"{body}|{self._mac('session|' + body)}"

    def session_user(self, cookie: str | None) -> str | None:
        """The username a valid, unexpired session cookie names, else None."""
        if not cookie or cookie.count("|") < 3:
            return None
        body, _, mac = cookie.rpartition("|")
        if not hmac.compare_digest(mac, self._mac("session|" + body)):
            return None
        username, expires, _nonce = body.rsplit("|", 2)
        try:
            if int(expires) < time.time():
                return None
        except ValueError:
            return None
        return username

    def csrf_token(self, csrf_cookie: str) -> str:
        return self._mac("csrf|" + csrf_cookie)

    def csrf_ok(self, csrf_cookie: str | None, token: str | None) -> bool:
        if not csrf_cookie or not token:
            return False
        return hmac.compare_digest(self.csrf_token(csrf_cookie), token)


def new_csrf_cookie() -> str:
    return secrets.token_urlsafe(24)


class LoginLimiter:
    """At most ``attempts`` failed logins per ``window_s`` for one client address and for one username."""

    def __init__(self, attempts: int, window_s: float) -> None:
        self.attempts, self.window_s = attempts, window_s
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self._failures.setdefault(key, deque())
        while q and q[0] <= now - self.window_s:
            q.popleft()
        return q

    def retry_after(self, client: str, username: str) -> int:
        """Seconds until a new attempt is allowed (0: allowed now)."""
        now = time.monotonic()
        with self._lock:
            wait = 0.0
            for key in (f"ip:{client}", f"user:{username}"):
                q = self._recent(key, now)
                if len(q) >= self.attempts:
                    wait = max(wait, q[0] + self.window_s - now)
            return int(wait) + 1 if wait else 0

    def failed(self, client: str, username: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in (f"ip:{client}", f"user:{username}"):
                self._recent(key, now).append(now)

    def succeeded(self, client: str, username: str) -> None:
        with self._lock:
            self._failures.pop(f"user:{username}", None)
