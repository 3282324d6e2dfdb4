"""Language identification: a swappable callable ``identify(text) -> (code, score)``."""
from __future__ import annotations

from functools import lru_cache

# ISO 639-3 (and NTREX-style) codes of the project languages to the ISO 639-1 codes used here.
ISO3_TO_1 = {
    "eng": "en", "urd": "ur", "arb": "ar", "ara": "ar", "pes": "fa", "fas": "fa", "prs": "fa",
    "vie": "vi", "fra": "fr", "spa": "es", "rus": "ru", "zho": "zh", "cmn": "zh", "jpn": "ja",
    "ind": "id", "hin": "hi", "tur": "tr",
}


def normalise_code(code: str | None) -> str | None:
    """'urd', 'zho-Hans', 'en-GB', 'spa-ref2' -> 'ur', 'zh', 'en', 'es'; unknown codes pass through."""
    if not code:
        return None
    base = code.replace("_", "-").split("-")[0].lower()
    return ISO3_TO_1.get(base, base)


@lru_cache(maxsize=1)
def _identifier():
    from pathlib import Path

    from py3langid import langid

    from .cache import cached
    # Unpacking the packaged model takes most of a second; the unpacked one is cached.
    return cached("py3langid-model", lambda: langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE,
                                                                                        norm_probs=True),
                  depends_on=[Path(langid.MODEL_DIR) / langid.MODEL_FILE])


# Labels the identifier gives to text of a supported language it confuses with a close
# variety: Nigerian Pidgin for plain English news, Moroccan/Egyptian for Standard Arabic.
VARIETY_OF = {"pcm": "en", "ary": "ar", "arz": "ar"}


def py3langid_identify(text: str) -> tuple[str, float]:
    lang, prob = _identifier().classify(text)
    return VARIETY_OF.get(lang, lang), float(prob)


IDENTIFIERS = {"py3langid": py3langid_identify}
