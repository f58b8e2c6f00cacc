"""The dashboard in a real browser: Debian's headless Chromium, driven by
Playwright, against `awol serve`'s application running in uvicorn on a free
loopback port over a seeded database. Each page must load with no console
error (a CSP violation is one), show the seeded data, react to its filters,
and show the article full of markup as text. Screenshots go to
test-artifacts/screenshots/ (the path is printed)."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
playwright_api = pytest.importorskip("playwright.sync_api")

from test_serve_api import IMG, SCRIPT, seed_database  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory, request):
    import uvicorn

    from awol.serve.app import create_app

    db = seed_database(tmp_path_factory.mktemp("browser") / "seed.db")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    SHOTS.mkdir(parents=True, exist_ok=True)
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print(f"\nbrowser tests: screenshots in {SHOTS}", flush=True)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no chromium at {CHROMIUM}; install it with: apt-get install -y chromium (.ci/install-browser)")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Watch:
    """What a page did that it should not: console errors, script errors, dialogs, failed loads."""

    def __init__(self, page):
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("requestfailed", lambda r: self.errors.append(f"failed: {r.url}"))
        page.on("response", lambda r: self.errors.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
        page.on("dialog", self._dialog)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    pg.watch = Watch(pg)
    yield pg
    context.close()


def shot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def clean(page) -> None:
    assert page.watch.errors == []
    assert page.watch.dialogs == []


def test_overview_shows_counts_chart_and_filters(page, base_url):
    page.goto(base_url + "/")
    assert page.text_content("#n-claims") == "5"
    assert page.text_content("#n-conflicts") == "1"
    page.wait_for_selector("#series-chart svg")
    assert page.get_attribute("#series-chart", "data-months") == "7"
    assert page.locator("#series-chart svg polygon.band").count() == 1
    shot(page, "overview")
    page.select_option("select[name=kind]", "defection")
    page.click("form#filters button[type=submit]")
    page.wait_for_url("**/?*kind=defection*")
    assert page.text_content("#n-claims") == "1"
    page.wait_for_selector("#series-chart svg")
    assert page.get_attribute("#series-chart", "data-months") == "1"
    shot(page, "overview-defection")
    clean(page)


def test_map_draws_boundaries_places_and_flows(page, base_url):
    page.goto(base_url + "/map")
    page.wait_for_selector("#map svg")
    assert page.locator("#map path.country").count() > 100
    assert page.get_attribute("#map", "data-flows") == "2"
    assert page.locator("#map path.flow").count() == 2
    assert page.locator("#map .country.involved").count() >= 4
    assert "Dominican Republic" in page.inner_text("#flows")
    shot(page, "map")
    page.select_option("select[name=country]", "HT")
    page.click("form#filters button[type=submit]")
    page.wait_for_url("**/map?*country=HT*")
    page.wait_for_selector("#map svg")
    assert page.get_attribute("#map", "data-flows") == "1"
    assert "Idlib" not in page.inner_text("#flows")
    shot(page, "map-haiti")
    clean(page)


def test_event_page_puts_conflicting_reports_side_by_side(page, base_url):
    page.goto(base_url + "/events?conflict=yes")
    rows = page.locator("#events tbody tr")
    assert rows.count() == 1
    shot(page, "events")
    rows.first.locator("a", has_text="compare reports").click()
    page.wait_for_selector(".conflict-banner")
    reports = page.locator(".report")
    assert reports.count() == 2
    text = page.inner_text("#reports")
    for expected in ("401 or more", "150", "government", "ngo", "unverified", "the defence ministry"):
        assert expected in text
    marks = page.locator(".report mark").all_inner_texts()
    assert any(m.startswith("More than 400 soldiers") for m in marks)
    assert any(m.startswith("Only 150 soldiers") for m in marks)
    shot(page, "event")
    clean(page)


def test_group_page_shows_rates_aliases_and_claims(page, base_url):
    page.goto(base_url + "/groups")
    page.click("#groups a:text-is(\"New People's Army\")")
    page.wait_for_selector("#figures")
    figures = page.inner_text("#figures")
    assert "attrition" in figures and "2.1%" in figures
    assert page.locator("#claims tr.claim").count() == 2
    assert page.locator("#aliases li").count() >= 1
    shot(page, "group")
    clean(page)


def test_document_page_highlights_claims_and_shows_markup_as_text(page, base_url):
    page.goto(base_url + "/documents")
    assert page.locator("#documents tbody tr").count() == 4
    shot(page, "documents")
    page.goto(base_url + "/documents/seed-x")
    text = page.inner_text("#doc-text")
    assert SCRIPT in text and IMG in text
    assert page.locator("#doc-text script, #doc-text img").count() == 0
    assert page.locator("#doc-text mark").first.inner_text().startswith("Twelve officers")
    assert SCRIPT in page.inner_text("h1")
    assert "<b>Evil</b>" in page.inner_text(".summary")
    assert IMG in page.inner_text("#claims")
    page.wait_for_timeout(300)  # give any injected handler the chance to fire
    shot(page, "document-markup")
    page.goto(base_url + "/documents/seed-c")
    assert page.locator("#doc-text mark").count() == 2
    shot(page, "document")
    clean(page)


def test_search_finds_evidence_and_filters(page, base_url):
    page.goto(base_url + "/search")
    page.fill("#q", "deserted")
    page.click("form#filters button[type=submit]")
    page.wait_for_selector("#results")
    assert page.locator("#results tr.claim").count() == 3
    shot(page, "search")
    page.select_option("select[name=country]", "HT")
    page.click("form#filters button[type=submit]")
    page.wait_for_url("**country=HT*")
    assert page.locator("#results tr.claim").count() == 1
    assert IMG in page.inner_text("#results")
    clean(page)


@pytest.mark.parametrize("path, name, expected", [
    ("/groups", "groups", "Syrian Arab Army"),
    ("/docs", "api-docs", "/api/claims"),
    ("/events/nope", "not-found", "no event"),
])
def test_other_pages_load(page, base_url, path, name, expected):
    page.goto(base_url + path)
    assert expected in page.inner_text("main")
    shot(page, name)
    if name == "not-found":
        page.watch.errors = [e for e in page.watch.errors if "404" not in e]
    clean(page)
