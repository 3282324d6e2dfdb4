"""The analyst's desk: the JSON API through a real server on loopback, and the dashboard in
real headless Chromium (Debian's chromium, driven by Playwright; no browser download)."""
import shutil
import socket
import threading
import time

import httpx
import pytest
import uvicorn

from parley import settings
from parley.ingest import ingest
from parley.store import Store
from parley.web.app import create_app

from .conftest import DEV_DOCS, needs_shared

pytestmark = needs_shared
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
TOKEN = "test-token-123"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    d = tmp_path_factory.mktemp("web")
    hostile = d / "hostile.txt"
    text = (DEV_DOCS / "en_ntrex_3.txt").read_text("utf-8")
    # Untrusted article text: the script must render as text and never run.
    hostile.write_text(text.replace("met for breakast in Berlin",
                                    "met for breakast <script>window.__pwned = 1</script> in Berlin"), "utf-8")
    path = d / "web.db"
    with Store(path) as s:
        ingest([str(DEV_DOCS), str(hostile)], s, progress=False)
    return path


@pytest.fixture(scope="module")
def server(store_path):
    settings._OVERRIDES["api_token"] = TOKEN
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(str(store_path)), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(5)
    settings._OVERRIDES.pop("api_token", None)


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server, timeout=30) as c:
        yield c


def test_events_filters_paging_sorting(client):
    all_ = client.get("/events.json", params={"per_page": 200}).json()
    assert all_["total"] > 100
    p1 = client.get("/events.json", params={"per_page": 10, "page": 1}).json()
    p2 = client.get("/events.json", params={"per_page": 10, "page": 2}).json()
    assert len(p1["events"]) == 10 and not {e["id"] for e in p1["events"]} & {e["id"] for e in p2["events"]}
    consult = client.get("/events.json", params={"type": "consult", "dyad": "TUR-DEU"}).json()
    assert consult["total"] >= 5 and all(e["event"] == "CONSULT" for e in consult["events"])
    ur = client.get("/events.json", params={"language": "ur"}).json()
    assert ur["events"] and all(e["language"] == "ur" for e in ur["events"])
    dated = client.get("/events.json", params={"from": "2017", "to": "2017-12", "sort": "-date"}).json()
    assert dated["events"] and all(e["date"].startswith("2017") for e in dated["events"])
    text = client.get("/events.json", params={"q": "Rawalpindi"}).json()
    assert any(e["doc"] == "seed_002.txt" for e in text["events"])


def test_event_with_merged_sources(client):
    ev = client.get("/events.json", params={"type": "CONSULT", "dyad": "TUR-DEU"}).json()["events"][0]
    one = client.get(f"/events/{ev['id']}.json").json()
    assert len(one["sources"]) >= 5 and len(one["languages"]) >= 5
    assert all(src["evidence"] for src in one["sources"])


def test_actors_counts_documents(client):
    actors = client.get("/actors.json", params={"q": "Erdogan"}).json()["actors"]
    assert actors and actors[0]["code"] == "TUR"
    actor = client.get(f"/actors/{actors[0]['id']}.json").json()
    assert actor["events"] and "أردوغان" in actor["actor"]["aliases"]
    counts = client.get("/counts.json", params={"by": "dyad"}).json()
    assert counts["periods"] and counts["series"]
    docs = client.get("/documents.json").json()
    assert docs["total"] == 32
    index = client.get("/index.json").json()
    assert index["network"]["edges"] and index["timeline"]["periods"]
    assert client.get("/openapi.json").json()["paths"]


@pytest.mark.parametrize("url,status", [
    ("/events.json?type=FOO", 400), ("/events.json?country=JAPAN", 400), ("/events.json?per_page=5000", 400),
    ("/events.json?from=yesterday", 400), ("/events.json?dyad=VNM", 400), ("/events.json?page=0", 400),
    ("/events.json?sort=evil", 400), ("/events/PRL-0000000000000000.json", 404), ("/actors/999999.json", 404),
    ("/dyads/V1-JPN.json", 400), ("/events.json?country=X' OR '1'='1", 400),
])
def test_bad_parameters_get_clear_4xx(client, url, status):
    r = client.get(url)
    assert r.status_code == status
    assert r.json()["error"]


def test_ingest_needs_the_token(client, store_path):
    article = {"id": "posted-1", "text": (DEV_DOCS / "seed_002.txt").read_text("utf-8") + "\nExtra line."}
    assert client.post("/api/ingest", json=article).status_code == 401
    assert client.post("/api/ingest", json=article, headers={"Authorization": "Bearer nope"}).status_code == 401
    r = client.post("/api/ingest", json=article, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200 and r.json()["stored"] == 1
    big = {"id": "big", "text": "x" * 1_100_000}
    assert client.post("/api/ingest", json=big, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 413
    assert client.post("/api/ingest", content=b"{oops", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 400


def test_load_on_loopback(client):
    """Bounded: 2,000 requests from 20 concurrent clients; no errors."""
    from concurrent.futures import ThreadPoolExecutor
    base = str(client.base_url)
    lat: list[float] = []

    def worker(n):
        with httpx.Client(base_url=base, timeout=30) as c:
            for i in range(n):
                t = time.perf_counter()
                r = c.get("/events.json", params={"per_page": 20, "page": 1 + i % 5})
                lat.append(time.perf_counter() - t)
                assert r.status_code == 200
    with ThreadPoolExecutor(20) as ex:
        list(ex.map(worker, [100] * 20))
    assert len(lat) == 2000
    lat.sort()
    print(f"p50 {lat[1000] * 1000:.1f} ms, p99 {lat[1980] * 1000:.1f} ms")


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        pytest.skip("Debian chromium is not installed (make test installs it where it can)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


def _non_blank(path) -> bool:
    from PIL import Image, ImageStat
    img = Image.open(path).convert("L")
    return ImageStat.Stat(img).stddev[0] > 5


def test_every_page_renders(browser, server, tmp_path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    ev = httpx.get(f"{server}/events.json", params={"type": "CONSULT", "dyad": "PAK-JPN"}).json()["events"][0]
    actor = httpx.get(f"{server}/actors.json", params={"q": "Bajwa"}).json()["actors"][0]
    for name, url in [("index", "/"), ("events", "/events"), ("event", f"/events/{ev['id']}"),
                      ("dyad", "/dyads/TUR-DEU"), ("actors", "/actors"), ("actor", f"/actors/{actor['id']}"),
                      ("documents", "/documents")]:
        resp = page.goto(server + url)
        assert resp.status == 200, url
        shot = tmp_path / f"{name}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert _non_blank(shot), name
    page.close()


def test_filter_then_network_to_dyad_to_event_rtl(browser, server):
    page = browser.new_page()
    page.goto(server + "/events")
    page.select_option("select[name=type]", "CONSULT")
    page.click("form.filters button")
    page.wait_for_load_state()
    assert "type=CONSULT" in page.url
    assert page.locator("table.events a.event").count() > 0
    page.goto(server + "/")
    page.locator('a.edge[data-dyad="JPN-PAK"]').click()
    page.wait_for_url("**/dyads/JPN-PAK")
    page.locator("table.events a.event").first.click()
    page.wait_for_url("**/events/PRL-*")
    urdu = page.locator('p.original[lang="ur"]')
    assert urdu.count() >= 1
    assert urdu.first.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert page.locator("mark.trigger").count() >= 1
    page.close()


def test_script_in_an_article_does_not_run(browser, server):
    page = browser.new_page()
    hits = httpx.get(f"{server}/events.json", params={"q": "__pwned"}).json()["events"]
    assert hits
    page.goto(f"{server}/events/{hits[0]['id']}")
    assert page.evaluate("() => window.__pwned") is None
    assert "<script>window.__pwned = 1</script>" in page.inner_text("body")
    page.goto(f"{server}/events?q=__pwned")
    assert page.evaluate("() => window.__pwned") is None
    page.close()
