"""Who, where and when in all 13 languages, on one real story in each (NTREX, dev set):
countries, an organisation, a person linked to the dictionary in every script, places and
the date, as a (language, expected) table."""
import pytest

from .conftest import DEV_DOCS, analyse, needs_shared

pytestmark = needs_shared

LANGS = ["en", "ur", "ar", "fa", "vi", "fr", "es", "ru", "zh", "ja", "id", "hi", "tr"]
# Where a translation leaves a place out, it is not expected (ru and ur do not name Berlin).
PLACES = {lang: {"Berlin", "Köln"} for lang in LANGS} | {"ru": {"Köln"}, "ur": {"Köln"}, "fa": {"Berlin"},
                                                         "hi": {"Berlin"}}


@pytest.fixture(scope="module", params=LANGS)
def story(request):
    lang = request.param
    return lang, analyse((DEV_DOCS / f"{lang}_ntrex_3.txt").read_text("utf-8"))


def test_countries(story):
    lang, d = story
    assert {m.code for m in d.mentions if m.kind == "country"} >= {"TUR", "DEU"}, lang


def test_organisation(story):
    lang, d = story
    assert "European Union" in {m.name for m in d.mentions if m.kind == "org" and m.code == "EUR"}, lang


def test_person_in_every_script(story):
    lang, d = story
    people = {(m.name, m.code) for m in d.mentions if m.kind == "person"}
    assert ("Recep Tayyip Erdogan", "TUR") in people, lang


def test_places_with_coordinates(story):
    lang, d = story
    places = {m.name: m for m in d.mentions if m.kind == "place"}
    assert PLACES[lang] <= set(places), lang
    assert all(p.code == "DEU" and p.value for n, p in places.items() if n in PLACES[lang])


def test_weekday_gives_the_year(story):
    """"Saturday (September 29)" with no year: in every language the weekday pins it to 2018."""
    lang, d = story
    assert "2018-09-29" in {m.value for m in d.mentions if m.kind in ("date", "weekday")}, lang


def test_head_of_state_office(story):
    lang, d = story
    assert "Head of State" in {m.title for m in d.mentions if m.kind == "office"}, lang
