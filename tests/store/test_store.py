import os
import signal
import subprocess
import sys
import time

from claimgraph.ingest import RawArticle, Rejection
from claimgraph.store import Store


def test_idempotent_ingest_versions_and_rejections(tmp_path):
    db = tmp_path / "c.db"
    with Store(db) as st:
        assert st.add(RawArticle("Text one.", "a.txt", id="a", url="http://x/1")) == "stored"
        assert st.add(RawArticle("Text one.", "a.txt", id="a", url="http://x/1")) == "duplicate"
        assert st.add(RawArticle("text   ONE.", "b.txt", id="b")) == "duplicate"
        assert st.add(RawArticle("Text one, corrected.", "c.txt", id="c", url="http://x/1")) == "version"
        st.add(Rejection("d.txt", "empty"))
        st.add(Rejection("d.txt", "empty"))
        s = st.stats()
    assert (s["stored"], s["duplicate"], s["rejected"], s["versions"]) == (2, 1, 1, 1)


def _corpus(folder, n=400):
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i:04d}.txt").write_text(f"Article number {i}.\n\nOfficials said {i} drones were shot down.")
    (folder / "broken.jsonl").write_text("{not json\n")


def test_kill_and_resume_gives_the_same_contents(tmp_path):
    src = tmp_path / "in"
    _corpus(src)
    ref, db = tmp_path / "ref.db", tmp_path / "run.db"
    cmd = [sys.executable, "-m", "claimgraph.cli", "ingest", str(src), "--db"]
    subprocess.run(cmd + [str(ref)], capture_output=True, check=False)
    p = subprocess.Popen(cmd + [str(db)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 20
    while time.time() < deadline:
        time.sleep(0.05)
        if db.exists() and os.path.getsize(db) > 0:
            try:
                with Store(db) as st:
                    if st.stats()["stored"] > 20:
                        break
            except Exception:  # noqa: BLE001 - the writer may hold the lock for a moment
                pass
    p.send_signal(signal.SIGKILL)
    p.wait()
    r = subprocess.run(cmd + [str(db)], capture_output=True, check=False)
    assert r.returncode == 1  # one input rejected
    with Store(ref) as a, Store(db) as b:
        assert a.stats() == b.stats()
        assert a.dump() == b.dump()
        assert a.stats()["stored"] == 400 and a.stats()["rejected"] == 1
