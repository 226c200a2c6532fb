"""A throwaway PostgreSQL cluster for the store tests: initdb into a temporary folder, pg_ctl
start on a free loopback port, one fresh database per test, pg_ctl stop at the end.

initdb refuses to run as root: as root the cluster is made and run by the ``postgres`` user
(Debian's package creates it; made here when missing).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path


def find_pg_bin() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, in /usr/local/bin, or Debian's /usr/lib/postgresql/*/bin."""
    found = shutil.which("initdb")
    cands = [Path(found).resolve().parent] if found else []
    cands.append(Path("/usr/local/bin"))
    cands += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for d in cands:
        if (d / "initdb").exists() and (d / "pg_ctl").exists():
            return d
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresCluster:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.base = Path(tempfile.mkdtemp(prefix="claimgraph-pg-"))
        self.data = self.base / "data"
        self.port = _free_port()
        self.user = None  # the OS user that runs the server when we are root
        if os.geteuid() == 0:
            self.user = "postgres"
            try:
                pwd.getpwnam(self.user)
            except KeyError:
                subprocess.run(["useradd", "--system", "--no-create-home", self.user], check=True)
            shutil.chown(self.base, self.user)

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        r = self._run("initdb", "-D", str(self.data), "-U", "claimgraph", "--auth=trust", "-E", "UTF8", "--no-locale")
        if r.returncode:
            raise RuntimeError(f"initdb: {r.stderr.strip()[-500:]}")
        opts = (
            f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        r = self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.base / "server.log"), "-w", "start")
        if r.returncode:
            log = (
                (self.base / "server.log").read_text(errors="replace")[-500:]
                if (self.base / "server.log").exists()
                else ""
            )
            raise RuntimeError(f"pg_ctl start: {r.stderr.strip()[-300:]} {log}")

    def url(self, db: str = "postgres") -> str:
        return f"postgresql://claimgraph@127.0.0.1:{self.port}/{db}"

    def new_database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.base, ignore_errors=True)
