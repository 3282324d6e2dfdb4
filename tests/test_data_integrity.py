"""Generated language data matches its generator; settings and stages are documented."""
import importlib.util
import json

import yaml

from parley.langdata import MARKERS, load, supported_languages
from parley.settings import SETTINGS
from parley.stages import REGISTRY

from .conftest import ROOT


def _generator():
    spec = importlib.util.spec_from_file_location("gen_cldr", ROOT / "scripts" / "gen_cldr.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_cldr_data_regenerates_identically():
    gen = _generator()
    for lang in gen.LANGS:
        committed = (ROOT / "parley" / "data" / "cldr" / f"{lang}.json").read_text("utf-8")
        assert gen.render(lang) == committed, f"run `make regen-data`: cldr/{lang}.json is stale"


def test_every_language_file_loads_and_has_triggers():
    for lang in supported_languages():
        data = load(lang)
        assert data.triggers, lang
        assert data.countries, lang
        raw = yaml.safe_load((ROOT / "parley" / "data" / "lang" / f"{lang}.yaml").read_text("utf-8"))
        assert set(raw.get("markers") or {}) <= set(MARKERS), lang
        types = {t["type"] for t in raw["triggers"]}
        assert types <= {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_settings_and_stages_are_documented():
    readme = (ROOT / "README.md").read_text("utf-8")
    arch = (ROOT / "docs" / "ARCHITECTURE.md").read_text("utf-8")
    for s in SETTINGS:
        assert s.help and f"`{s.name}`" in readme, s.name
    for name in REGISTRY:
        assert f"`{name}`" in arch, name


def test_cldr_files_are_valid_json():
    for p in (ROOT / "parley" / "data" / "cldr").glob("*.json"):
        assert json.loads(p.read_text("utf-8"))["countries"]
