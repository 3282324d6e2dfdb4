"""Hindi language data: real sentences from ../shared/corpus (dev docs and NTREX hin)."""
from __future__ import annotations

import pytest

from tests.conftest import analyse, codes_of, keys_of
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
