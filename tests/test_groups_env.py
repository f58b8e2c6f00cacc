"""A user CSV named by $AWOL_GROUPS (what `--groups FILE` sets) reaches the default registry."""

from pathlib import Path

from awol.normalize import groups


def test_awol_groups_adds_to_the_default_registry(tmp_path: Path, monkeypatch):
    extra = tmp_path / "extra.csv"
    extra.write_text("name,alias,country,type,parent\nNorthern Rangers Militia,NRM,XK,militia,\n", encoding="utf-8")
    monkeypatch.setenv(groups.GROUPS_ENV, str(extra))
    groups.default_registry.cache_clear()
    try:
        found = groups.default_registry().find("Twelve NRM fighters surrendered.", [])
        assert [m.name for m in found] == ["Northern Rangers Militia"]
    finally:
        monkeypatch.delenv(groups.GROUPS_ENV)
        groups.default_registry.cache_clear()
    assert groups.default_registry().get("Northern Rangers Militia") is None
