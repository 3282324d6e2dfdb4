"""FastAPI app: every dashboard page has a JSON twin served by the same view function.

Read-only by default; the one endpoint that writes (POST /api/ingest) needs the token set
by the operator (setting ``api_token``). Article text is untrusted: templates escape
everything and the Content-Security-Policy forbids inline script.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from html import escape
from importlib import resources
from pathlib import Path
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from ..analytics import counts_over_time, network, timeline
from ..countries import english_names
from ..evaluate import TYPES
from ..render import english, evidence_spans
from ..settings import get
from ..store import Store
from .svg import network_svg, timeline_svg

MAX_PER_PAGE = 200
MAX_BODY = 1_000_000
RTL = {"ar", "fa", "ur"}
_CODE = re.compile(r"^[A-Za-z]{3}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_LANG = re.compile(r"^[a-z]{2,3}$")


class BadRequest(HTTPException):
    def __init__(self, detail: str):
        super().__init__(status_code=400, detail=detail)


def _check(value: str | None, rx: re.Pattern, name: str) -> str | None:
    if value in (None, ""):
        return None
    if not rx.match(value):
        raise BadRequest(f"bad value for {name}: {value!r}")
    return value


def event_filters(request: Request) -> dict:
    q = request.query_params
    dyad = q.get("dyad")
    if dyad:
        parts = dyad.split("-")
        if len(parts) != 2 or not all(_CODE.match(p) for p in parts):
            raise BadRequest("dyad must be two codes joined by '-', e.g. VNM-JPN")
    etype = (q.get("type") or "").upper() or None
    if etype and etype not in TYPES:
        raise BadRequest(f"unknown event type {etype!r}; one of {', '.join(sorted(TYPES))}")
    actor = q.get("actor")
    if actor and not actor.isdigit():
        raise BadRequest("actor must be an actor id (see /actors)")
    text = q.get("q")
    if text and len(text) > 200:
        raise BadRequest("q is limited to 200 characters")
    return {"country": _check(q.get("country"), _CODE, "country"),
            "dyad": tuple(p.upper() for p in dyad.split("-")) if dyad else None,
            "type": etype, "mode": q.get("mode") or None,
            "date_from": _check(q.get("from"), _DATE, "from"), "date_to": _check(q.get("to"), _DATE, "to"),
            "language": _check(q.get("language"), _LANG, "language"),
            "actor": int(actor) if actor else None, "text": text or None}


def paging(request: Request) -> tuple[int, int, str]:
    q = request.query_params
    try:
        page = int(q.get("page", 1))
        per_page = int(q.get("per_page", 50))
    except ValueError:
        raise BadRequest("page and per_page must be integers") from None
    if page < 1 or not 1 <= per_page <= MAX_PER_PAGE:
        raise BadRequest(f"page must be >= 1 and per_page between 1 and {MAX_PER_PAGE}")
    sort = q.get("sort", "date")
    if sort not in Store.SORTS:
        raise BadRequest(f"sort must be one of {', '.join(Store.SORTS)}")
    return page, per_page, sort


def highlight(text: str, rec: dict) -> Markup:
    """The evidence sentence, escaped, with trigger, actor, recipient, date and place marked."""
    start, end = rec["text_info"]["start"], rec["text_info"]["end"]
    spans = evidence_spans(rec)
    out, pos = [], start
    for s, e, cls in spans:
        if s < pos:
            continue  # overlapping marks: keep the first
        out.append(escape(text[pos:s]))
        out.append(f'<mark class="{cls}" title="{cls}">{escape(text[s:e])}</mark>')
        pos = e
    out.append(escape(text[pos:end]))
    return Markup("".join(out))


def _summary(rec: dict) -> dict:
    return {"id": rec["id"], "english": english(rec), "event": rec["event"], "mode": rec.get("mode"),
            "date": rec.get("date"), "place": (rec.get("event_loc") or {}).get("name"),
            "language": rec["cite_info"]["language"], "doc": rec["doc"], "link": rec.get("link"),
            "evidence": rec.get("_evidence")}


def create_app(db_path: str) -> FastAPI:
    if not Path(db_path).exists():
        raise FileNotFoundError(f"no store at {db_path}; run `parley ingest PATH --db {db_path}` first")
    app = FastAPI(title="Parley", description="Political events coded from multilingual news (PLOVER).",
                  version="0.1.0", docs_url=None, redoc_url=None)
    templates = Jinja2Templates(directory=str(resources.files("parley") / "web" / "templates"))
    templates.env.globals.update(RTL=RTL, names=english_names())
    templates.env.filters["pageurl"] = lambda params, n: urlencode({**dict(params), "page": n})
    app.mount("/static", StaticFiles(directory=str(resources.files("parley") / "web" / "static")), name="static")

    def store() -> Store:
        return Store(db_path, readonly=True)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        if int(request.headers.get("content-length") or 0) > MAX_BODY:
            return JSONResponse({"error": f"request body over {MAX_BODY} bytes"}, status_code=413)
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = ("default-src 'self'; script-src 'self'; "
                                                       "style-src 'self'; img-src 'self' data:")
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if request.url.path.endswith(".json") or request.url.path.startswith("/api/"):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
        return templates.TemplateResponse(request, "error.html", {"status": exc.status_code, "detail": exc.detail},
                                          status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        return JSONResponse({"error": "bad request", "details": json.loads(json.dumps(exc.errors(), default=str))},
                            status_code=400)

    def page(path: str, template: str, view: Callable[..., dict]) -> None:
        """Register ``path`` (HTML) and ``path.json`` (its JSON twin) for one view."""
        def html(request: Request):
            ctx = view(request, **request.path_params)
            return templates.TemplateResponse(request, template, ctx)

        def as_json(request: Request):
            ctx = view(request, **request.path_params)
            return JSONResponse({k: v for k, v in ctx.items() if not k.startswith("_")})

        # The JSON twin first: "/events/{id}" would otherwise swallow "/events/{id}.json".
        app.add_api_route(path + ".json" if path != "/" else "/index.json", as_json, methods=["GET"],
                          summary=view.__doc__)
        app.add_api_route(path, html, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)

    def index_view(request: Request) -> dict:
        """Dashboard: the timeline by type and the network of countries, with filters."""
        f = event_filters(request)
        with store() as s:
            tl, net = timeline(s, **f), network(s, **f)
            total = s.count_events(**f)
        return {"filters": {k: v for k, v in f.items() if v}, "events": total, "timeline": tl, "network": net,
                "_timeline_svg": Markup(timeline_svg(tl)), "_network_svg": Markup(network_svg(net)),
                "_query": str(request.query_params)}

    def events_view(request: Request) -> dict:
        """Events with filters, paging and sorting."""
        f = event_filters(request)
        pg, per, sort = paging(request)
        with store() as s:
            total = s.count_events(**f)
            rows = [_summary(r) for r in s.events(limit=per, offset=(pg - 1) * per, sort=sort, **f)]
            for r in rows:
                r["sources"] = s.count_events(link=r["link"]) if r["link"] else 1
        return {"filters": {k: v for k, v in f.items() if v}, "total": total, "page": pg, "per_page": per,
                "sort": sort, "events": rows}

    def event_view(request: Request, event_id: str) -> dict:
        """One event with every merged source and its evidence."""
        with store() as s:
            rec = s.event(event_id)
            if rec is None:
                raise HTTPException(404, f"no event {event_id}")
            group = list(s.events(link=rec["link"])) if rec.get("link") else [rec]
            sources = []
            for r in group:
                text = s.document_text(r["doc"]) or ""
                more = [{"language": ev.get("language"), "text": text[ev["start"]:ev["end"]]}
                        for ev in r["text_info"].get("evidence", [])[1:]]
                sources.append({"id": r["id"], "doc": r["doc"], "language": r["cite_info"]["language"],
                                "url": r["cite_info"].get("url"), "english": english(r),
                                "evidence": text[r["text_info"]["start"]:r["text_info"]["end"]],
                                "more_evidence": more, "_html": highlight(text, r)})
        return {"event": {k: v for k, v in rec.items() if not k.startswith("_")}, "english": english(rec),
                "sources": sources, "languages": sorted({x["language"] for x in sources if x["language"]})}

    def dyad_view(request: Request, a: str, b: str) -> dict:
        """Events between two parties."""
        if not (_CODE.match(a) and _CODE.match(b)):
            raise BadRequest("a dyad is two three-letter codes, e.g. /dyads/VNM-JPN")
        pg, per, sort = paging(request)
        with store() as s:
            f = {"dyad": (a.upper(), b.upper())}
            rows = [_summary(r) for r in s.events(limit=per, offset=(pg - 1) * per, sort=sort, **f)]
            total = s.count_events(**f)
        return {"dyad": [a.upper(), b.upper()], "total": total, "page": pg, "per_page": per, "events": rows}

    def actors_view(request: Request) -> dict:
        """Actors (people) and their aliases in every script."""
        q = request.query_params.get("q", "")
        if len(q) > 100:
            raise BadRequest("q is limited to 100 characters")
        with store() as s:
            return {"q": q, "actors": s.find_actors(q)}

    def actor_view(request: Request, actor_id: str) -> dict:
        """One actor: aliases, offices, and events over time."""
        if not actor_id.isdigit():
            raise BadRequest("an actor id is a number (see /actors)")
        actor_id = int(actor_id)
        with store() as s:
            found = [a for a in s.find_actors("") if a["id"] == actor_id]
            if not found:
                raise HTTPException(404, f"no actor {actor_id}")
            events = [_summary(r) for r in s.events(actor=actor_id)]
            over_time = counts_over_time(s, by="type", actor=actor_id)
        return {"actor": found[0], "events": events, "over_time": over_time}

    def documents_view(request: Request) -> dict:
        """Stored documents."""
        pg, per, _ = paging(request)
        with store() as s:
            rows = [dict(r) for r in s.documents()]
        return {"total": len(rows), "page": pg, "per_page": per, "documents": rows[(pg - 1) * per: pg * per]}

    def counts_view(request: Request) -> dict:
        """Counts over time by type or by dyad."""
        by = request.query_params.get("by", "type")
        if by not in ("type", "dyad"):
            raise BadRequest("by must be 'type' or 'dyad'")
        with store() as s:
            return counts_over_time(s, by=by, **event_filters(request))

    page("/", "index.html", index_view)
    page("/events", "events.html", events_view)
    page("/events/{event_id}", "event.html", event_view)
    page("/dyads/{a}-{b}", "dyad.html", dyad_view)
    page("/actors", "actors.html", actors_view)
    page("/actors/{actor_id}", "actor.html", actor_view)
    page("/documents", "documents.html", documents_view)
    app.add_api_route("/counts.json", counts_view, methods=["GET"], summary=counts_view.__doc__)

    @app.post("/api/ingest", summary="Code and store posted articles (needs the operator's token).")
    async def api_ingest(request: Request):
        token = str(get("api_token"))
        if not token:
            raise HTTPException(403, "the server is read-only: set PARLEY_API_TOKEN to allow ingest")
        if request.headers.get("authorization") != f"Bearer {token}":
            raise HTTPException(401, "missing or wrong bearer token")
        body = await request.body()
        if len(body) > MAX_BODY:
            raise HTTPException(413, f"request body over {MAX_BODY} bytes")
        try:
            items = json.loads(body)
        except ValueError:
            raise BadRequest("body must be JSON: an article object or a list of them") from None
        items = items if isinstance(items, list) else [items]
        from ..document import Document
        from ..extract import extract_document
        stored = 0
        with Store(db_path) as w:
            for it in items:
                if not isinstance(it, dict) or not isinstance(it.get("text"), str) or not it["text"].strip():
                    raise BadRequest("each article needs a non-empty 'text'")
                doc = Document(id=str(it.get("id") or "posted"), text=it["text"], lang=it.get("lang"),
                               url=it.get("url"), title=it.get("title"), published=it.get("published"))
                recs = extract_document(doc)
                stored += w.add_document(doc, recs)
        return {"stored": stored}

    return app
