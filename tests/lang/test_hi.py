"""Hindi language data: real sentences from ../shared/corpus (dev docs and NTREX hin)."""
from __future__ import annotations

import pytest

from parley.langdata import load
from parley.textnorm import fold
from tests.conftest import analyse, codes_of, keys_of, reports, side, sides_of, with_groups
from tests.conftest import key as k

LANG = "hi"


# Countries, demonyms, capitals used for governments, organisations.
CODES = [
    ("शनिवार (29 सितंबर) को तुर्की और जर्मनी के नेता बर्लिन में जब नाश्ते पर मिलें, तो मुस्कुराहटें बिखरी "
     "लेकिन कोई फ़ायदा नहीं मिला।", {"TUR", "DEU"}),
    ("राजनयिकों ने उल्लेख किया कि वाशिंगटन द्वारा प्रतिरोध होने के कारण डोमिनिकन गणराज्य और पनामा ने पहले ही "
     "बीजिंग को मान्यता दी थी।", {"USA", "DOM", "PAN", "CHN"}),
    ("वे मानवाधिकार, प्रेस की आज़ादी और ईयू में तुर्की के पदारोहण सहित कई मुद्दों पर विवादों में फंसे रह गए।",
     {"EUR", "TUR"}),
    ("लेकिन शनिवार को, उत्तर कोरिया के विदेशी मंत्री री यान्ग-हो ने तब से प्रगति की कमी के लिए अमेरिकी "
     "प्रतिबंधों को दोषी ठहराया।", {"PRK", "USA"}),
    ("सियोल का कहना है कि 30,000 से अधिक उत्तर कोरियाई लोगों ने 1953 से कोरिया युद्ध के अंत के बाद से अवैध रूप "
     "से सीमा पार की है।", {"KOR", "PRK"}),
]


@pytest.mark.parametrize("text,expected", CODES)
def test_codes(text, expected):
    assert expected <= codes_of(text, LANG)


# False friend: "मध्य केंद्रीय अमेरिकी देश" (a Central American country) is not the USA.
def test_region_is_not_usa():
    text = ("प्रस्तावित दंड, जिसमें वित्तीय सहायता में कटौती और वीज़ा प्रतिबंधों को लक्षित करना शामिल था, मध्य "
            "केंद्रीय अमेरिकी देश और इसकी उच्च बेरोज़गारी और हत्या दरों के लिए दर्दनाक होगा।")
    assert "USA" not in codes_of(text, LANG)


EVENTS = [
    # CONSULT (met)
    ("शनिवार (29 सितंबर) को तुर्की और जर्मनी के नेता बर्लिन में जब नाश्ते पर मिलें, तो मुस्कुराहटें बिखरी "
     "लेकिन कोई फ़ायदा नहीं मिला।", k("CONSULT", "TUR", "DEU")),
    # CONSULT (meeting) between two named officials
    ("रूसी ऊर्जा मंत्री अलेक्सांद्र नोवाक ने सितंबर में मॉस्को में अमेरिकी ऊर्जा सचिव रिक पेरी के साथ बैठक के "
     "बाद कहा, \"मेरा मानना है कि हम यह विचार साझा करते हैं कि ऊर्जा दबाव का साधन नहीं हो सकती है और उपभोक्ताओं "
     "को आपूर्तिकर्ताओं का चयन करने में सक्षम होना चाहिए।\"", k("CONSULT", "RUS", "USA")),
    # SUPPORT (recognised), coordinated subject
    ("राजनयिकों ने उल्लेख किया कि वाशिंगटन द्वारा प्रतिरोध होने के कारण डोमिनिकन गणराज्य और पनामा ने पहले ही "
     "बीजिंग को मान्यता दी थी।", k("SUPPORT", "PAN", "CHN")),
    # AGREE (pledged)
    ("चीन ने अमेरिका शॉट-से-शॉट से मिलान करने का वादा किया है और विश्व की दूसरी सबसे बड़ी अर्थव्यवस्था संभवतः "
     "जल्दी ही टिमटिमाने वाली है।", k("AGREE", "CHN", "USA")),
    # ACCUSE (accused)
    ("अमेरिकी राजदूत ने चीन पर 'प्रचार विज्ञापनों' के ज़रिए 'धमकाने' का आरोप लगाया", k("ACCUSE", "USA", "CHN")),
    # ACCUSE (blamed)
    ("लेकिन शनिवार को, उत्तर कोरिया के विदेशी मंत्री री यान्ग-हो ने तब से प्रगति की कमी के लिए अमेरिकी "
     "प्रतिबंधों को दोषी ठहराया।", k("ACCUSE", "PRK", "USA")),
    # AID and SANCTION (penalty imposed)
    ("लेकिन केवल अल साल्वाडोर पर दंड लगाया गया, जिसने नार्कोटिक्स नियंत्रण, विकास और आर्थिक सहायता सहित 2017 में "
     "अमेरिकी सहायता में अनुमानित 140 मिलियन डॉलर प्राप्त किए।", k("AID", "SLV", "USA")),
    ("लेकिन केवल अल साल्वाडोर पर दंड लगाया गया, जिसने नार्कोटिक्स नियंत्रण, विकास और आर्थिक सहायता सहित 2017 में "
     "अमेरिकी सहायता में अनुमानित 140 मिलियन डॉलर प्राप्त किए।", k("SANCTION", "SLV", "USA")),
]


@pytest.mark.parametrize("text,key", EVENTS)
def test_events(text, key):
    assert key in keys_of(text, LANG)


def test_future_is_agree():
    text = "बोलीविया और चिली कुछ शर्तों पर बातचीत करना जारी रखेंगे, लेकिन फैसला आने के बाद इस बार बातचीत करना बहुत मुश्किल होगा।"
    keys = keys_of(text, LANG)
    assert k("AGREE", "BOL", "CHL") in keys
    assert k("CONSULT", "BOL", "CHL") not in keys


def test_negation_drops_event():
    # "बिना ... दंड के" (without ... penalties): no SANCTION.
    text = ("और तीन अमेरिकी वाशिंगटन से बिना किसी कठोर संदेश या दंड के चुपचाप अल साल्वाडोर, पनामा और डोमिनिकन "
            "गणराज्य में वापस लौट आए।")
    assert keys_of(text, LANG) == set()


def test_negation_binds_to_its_own_verb():
    # "कोई फ़ायदा नहीं मिला" (no benefit came of it) does not negate the meeting.
    text = ("शनिवार (29 सितंबर) को तुर्की और जर्मनी के नेता बर्लिन में जब नाश्ते पर मिलें, तो मुस्कुराहटें बिखरी "
            "लेकिन कोई फ़ायदा नहीं मिला।")
    assert k("CONSULT", "TUR", "DEU") in keys_of(text, LANG)


def test_two_sides():
    text = ("सियोल का कहना है कि 30,000 से अधिक उत्तर कोरियाई लोगों ने 1953 से कोरिया युद्ध के अंत के बाद से अवैध रूप "
            "से सीमा पार की है।\n"
            "इस महीने की शुरूआत में, दोनों देशों के नेता बातचीत के लिए प्योंगयांग में मिलते हैं, जो अवरुद्ध "
            "परमाणुकरण बातचीत पर ध्यान केंद्रित करता है।")
    assert k("CONSULT", "KOR", "PRK") in keys_of(text, LANG)


def test_ambassador_acts_for_the_sending_state():
    # "चीन के अमेरिकी राजदूत": the US ambassador to China.
    text = ("एक अमेरिकी दैनिक अख़बार में सरकारी चीनी अख़बार द्वारा, अमेरिकी-चीनी व्यापार के पारस्परिक लाभों का जिक्र "
            "करने वाले, चार-पृष्ठ का विज्ञापन चलाने के एक हफ़्ते बाद चीन के अमेरिकी राजदूत ने बीजिंग पर अमेरिकी प्रेस का "
            "उपयोग करके प्रचार-प्रसार करने का आरोप लगाया।")
    d = analyse(text, LANG)
    assert [m.code for m in d.mentions if m.kind == "office"] == ["USA"]
    assert k("ACCUSE", "USA", "CHN") in keys_of(text, LANG)


# Domestic events: police, protesters, soldiers and other groups inside one country, from NTREX
# hin. A sentence that names no country is given with the sentence next to it that does. ANY: whom
# a protest was aimed at is not asserted; None: no event with a non-state group at all.
ANY = object()
DOMESTIC = [
    # "Six people were arrested in Barcelona on Saturday after pro-independence protesters clashed
    # with riot police, and as thousands joined rival demonstrations" (reuters.218888)
    ("शनिवार को दंगाई पुलिस के साथ स्वतंत्रता समर्थक प्रदर्शनकारियों की झड़प के बाद बार्सिलोना के छह लोगों को हिरासत में लिया गया, और केटालोनिया में अलगाव पर मत करने के लिए मनाई जाने वाली पहली वर्षगांठ पर हजारों प्रतिद्वंद्वी प्रदर्शनों में शामिल हुए।",
     [("COERCE", side(("ESP", "COP")), side(("ESP", "CVL"))), ("PROTEST", side(("ESP", "CVL")), ANY)]),
    # "... according to the Washington D.C. newspaper" / "protesters chanted 'November is coming!' as
    # they demonstrated in the hallway of the Senate" (newsweek.51328)
    ("\n".join([
        "वाशिंगटन D.C. की एक अख़बार के अनुसार, शुक्रवार को प्रगतिशील समूह MoveOn की एक वरिष्ठ सलाहकार और राष्ट्रीय प्रवक्ता कैरीन जीन-पियरे ने कहा, \"महिलाएँ जो कल हुआ उसे नहीं भूल सकतीं - न तो आन वाले कल और ना ही नवंबर में इसे भूल सकती हैं।\"",
        "शुक्रवार की सुबह, जब न्यायपालिका समिति को नियंत्रित करने वाले रिपब्लिकनों ने डॉ. क्रिस्टीन ब्लेसी फ़ोर्ड की गवाही के बावजूद कैवना के नामांकन के साथ आगे बढ़ना चाहा, तब सीनेट के दालान में प्रदर्शन करने वाले  प्रदर्शनकारियों ने नारे लगाए \"नवंबर आ रहा है!\", मिक ने रिपोर्ट किया।",
    ]), [("PROTEST", side(("USA", "CVL")), ANY)]),
    # Mexico's president-elect vows never to use military force against civilians, 50 years after "a
    # bloody reprisal against students": "Troops fired on a peaceful demonstration ..." (abcnews.306758).
    # The vows are no event; the 1968 shooting is the army's assault.
    ("\n".join([
        "विद्यार्थियों के विरुद्ध घातक प्रतिशोध के लिए देश के 50 साल पूरे करने पर मैक्सिकन राष्ट्रपति-उम्मीदवार आंद्रेस मैनुअल लोपेज ओब्रेडोर ने यह कसम खाई सैन्य बल का इस्तेमाल अब कभी असैनिक नागरिकों के लिए नहीं किया जाएगा।",
        "टेल्टेलको प्लाजा में शनिवार को लोपेज़ ओब्रेडोर ने यह वादा किया कि \"मैक्सिकन लोगों पर दबाव डालने के लिए कभी भी सैन्य बल का इस्तेमाल नहीं किया जाएगा।\"",
        "2 अक्टूबर, 1968 को प्लाजा में हो रहे शांतिपूर्ण आंदोलन पर सैनिकों ने गोली चलाई थी जिसमें 300 से ज़्यादा लोगों की मृत्यु हो गई, यह उस समय हुआ जब वामपंथी विद्यार्थियों के आंदोलन पूरे लैटिन अमेरिका में फैल रहे थे।",
    ]), [("ASSAULT", side(("MEX", "MIL")), side(("MEX", "EDU")))]),
    # Negative: "A farmer was attacked and killed by a pig in a market in southwest China"
    # (newsweek.51331) is no political event.
    ("स्थानीय मीडिया रिपोर्टों के अनुसार, दक्षिण-पश्चिमी चीन के एक मार्केट में सूअर ने एक किसान पर हमला कर दिया जिससे किसान की मौत हो गई।",
     None),
    # Negative: a vow never to use military force against civilians (abcnews.306758) is no assault.
    ("विद्यार्थियों के विरुद्ध घातक प्रतिशोध के लिए देश के 50 साल पूरे करने पर मैक्सिकन राष्ट्रपति-उम्मीदवार आंद्रेस मैनुअल लोपेज ओब्रेडोर ने यह कसम खाई सैन्य बल का इस्तेमाल अब कभी असैनिक नागरिकों के लिए नहीं किया जाएगा।",
     None),
]


@pytest.mark.parametrize("text,expected", DOMESTIC)
def test_domestic_events(text, expected):
    got = sides_of(text, LANG)
    if expected is None:
        assert not with_groups(got), got
        return
    for etype, actor, recipient in expected:
        assert reports(got, etype, actor, None if recipient is ANY else recipient), got


def trigger_types(text: str) -> set[str]:
    return {m.payload["type"] for m in load(LANG).triggers.find(fold(text))}


# प्रदर्शन is also a performance or a display: "the valour of a hero is being demonstrated"
# (bbc.381692), "made his debut" (scotsman.133758), "playing better than before" (reuters.218923).
NOT_PROTESTS = [
    "माइकल वॉन ने कहा कि वे \"परेड में भूमिका निभाने के लिए बहुत सम्मानित महसूस कर रहे हैं\" और उन्होंने कहा \"अनेक लोगों द्वारा दिए जा रहे समर्थन से एक वास्तविक नायक की वीरता का प्रदर्शन किया जा रहा है।\"",
    "डेन ने वलडेरामा में 1997 के मैच में अपना पहला प्रदर्शन किया, जहाँ सीव बैल्लेस्टिरोस की कप्तानी में एक पक्ष ने अमेरिकियों पर पाँच अंकों की बढ़त हासिल की थी, लेकिन 14½-13½ की जीत के साथ, सबसे कम मार्जिन लेकर, बस फिनिशिंग लाइन पर पहुँचे थे।",
    "फोरबॉल में वुड्स और पैट्रिक रीड को हारने के बाद, उन्होंने फिर से बेहतरीन खिलाड़ी वुड्स और अमेरिकी रुकी ब्रायसन डेशाम्बू को हारने के लिए पहले से ज़्यादा बढ़िया प्रदर्शन करते हुए 5 और 4 पॉइंट से हरा दिया।",
]


@pytest.mark.parametrize("text", NOT_PROTESTS)
def test_performance_is_not_a_protest(text):
    assert "PROTEST" not in trigger_types(text)
