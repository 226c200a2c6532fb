"""Settings: defaults, then claimgraph.toml, then overrides; errors name the file and key; a stable hash."""

import subprocess
import sys

import pytest

from claimgraph.settings import Settings, SettingsError, load_settings, settings_hash


def test_defaults_when_no_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_settings() == Settings()


def test_toml_then_overrides(tmp_path):
    p = tmp_path / "claimgraph.toml"
    p.write_text('[extract]\nbatch_size = 8\ncomponents = ["claimgraph.segment"]\n', encoding="utf-8")
    s = load_settings(p)
    assert s.extract.batch_size == 8
    assert s.extract.components == ("claimgraph.segment",)
    s2 = load_settings(p, {"extract.batch_size": 4})
    assert s2.extract.batch_size == 4 and s2.extract.components == ("claimgraph.segment",)
    s3 = load_settings(p, {"extract": {"components": None}})
    assert s3.extract.components is None


def test_cwd_toml_is_read(tmp_path, monkeypatch):
    (tmp_path / "claimgraph.toml").write_text("[extract]\nbatch_size = 2\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert load_settings().extract.batch_size == 2


@pytest.mark.parametrize(
    "text, needle",
    [
        ("[extrct]\nbatch_size = 2\n", "unknown section 'extrct'"),
        ("[extract]\nbatchsize = 2\n", "unknown setting 'extract.batchsize'"),
        ('[extract]\nbatch_size = "two"\n', "extract.batch_size"),
        ("[extract\n", "not valid TOML"),
    ],
)
def test_bad_file_names_file_and_key(tmp_path, text, needle):
    p = tmp_path / "bad.toml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError) as e:
        load_settings(p)
    assert str(p) in str(e.value) and needle in str(e.value)


def test_missing_named_file_is_an_error(tmp_path):
    with pytest.raises(SettingsError, match="cannot read"):
        load_settings(tmp_path / "nope.toml")


def test_bad_override_names_key():
    with pytest.raises(SettingsError, match="overrides: unknown setting 'extract.nothing'"):
        load_settings(overrides={"extract.nothing": 1})


def test_settings_are_frozen():
    with pytest.raises(AttributeError):
        Settings().extract.batch_size = 3  # type: ignore[misc]


def test_hash_changes_with_values_and_is_stable_across_processes():
    h = settings_hash()
    assert h == Settings().settings_hash() and len(h) == 16
    assert load_settings(overrides={"extract.batch_size": 7}).settings_hash() != h
    code = "from claimgraph.settings import settings_hash; print(settings_hash())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == h
