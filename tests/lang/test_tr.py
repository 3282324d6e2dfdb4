"""Turkish language data: real sentences from ../shared/corpus (dev docs and NTREX tur)."""
from __future__ import annotations

import pytest

from parley.stages.events import DOMESTIC_TYPES
from tests.conftest import analyse, codes_of, keys_of, reports, side, sides_of, with_groups
from tests.conftest import key as k

LANG = "tr"


CODES = [
    ("Türkiye ve Almanya liderlerinin Berlin'de bir kahvaltıda buluştuğu cumartesi günü (29 Eylül) gülümseyen yüzler "
     "ve mavi bir gökyüzü vardı.", {"TUR", "DEU"}),
    # Case endings after an apostrophe.
    ("Üç Amerikan temsilci Washington'dan sert mesajlar ya da yaptırımlar getirmeden sakince El Salvador'a, "
     "Panama'ya ve Dominik Cumhuriyeti'ne döndü.", {"USA", "SLV", "PAN", "DOM"}),
    ("İnsan hakları, basın özgürlüğü ve Türkiye'nin AB'ye üyeliği gibi konularda iki ülke görüş ayrılıkları "
     "yaşamıştı.", {"TUR", "EUR"}),
    ("Diplomatlar Dominik Cumhuriyeti ve Panama'nın çoktan Pekin'i tanıdığını, Washington'dan da biraz tepki "
     "çektiğini belirtti.", {"DOM", "PAN", "CHN", "USA"}),
]


@pytest.mark.parametrize("text,expected", CODES)
def test_codes(text, expected):
    assert expected <= codes_of(text, LANG)


# False friends: "Mali yardım" is financial aid, not Mali; "Orta Amerika" is not the USA.
def test_false_friends():
    text = ("Mali yardım kesintilerini kapsayan ve vize kısıtlamalarını hedef alan yaptırımlar, Orta Amerika ülkesi "
            "ve yüksek işsizlik ve cinayet oranları için yıkıcı olurdu.")
    codes = codes_of(text, LANG)
    assert "MLI" not in codes and "USA" not in codes


EVENTS = [
    # CONSULT (met)
    ("Türkiye ve Almanya liderlerinin Berlin'de bir kahvaltıda buluştuğu cumartesi günü (29 Eylül) gülümseyen yüzler "
     "ve mavi bir gökyüzü vardı.", k("CONSULT", "TUR", "DEU")),
    ("ABD Enerji Bakanı Rick Perry ile Eylül ayında Moskova'daki toplantıda bir araya gelen Rus Enerji Bakanı "
     "Aleksandr Novak şunları kaydetti: \"Enerjinin baskı uygulama aracı olarak kullanılamayacağı ve tüketicilerin "
     "istedikleri tedarikçiyi seçmede özgür olması gerektiği konusunda hemfikir olduğumuza inanıyorum.\"",
     k("CONSULT", "USA", "RUS")),
    # SUPPORT (recognised)
    ("Diplomatlar Dominik Cumhuriyeti ve Panama'nın çoktan Pekin'i tanıdığını, Washington'dan da biraz tepki "
     "çektiğini belirtti.", k("SUPPORT", "DOM", "CHN")),
    # SANCTION (recall of envoys; no longer recognising Taiwan)
    ("Dışişleri Bakanlığı Sözcüsü Heather Nauert bu ayın başlarında bir ifadesinde, bakanlık yetkililerinin \"yeni "
     "alınan artık Tayvan'ı tanımama kararı\" nedeniyle diplomatik görevdeki Amerikalı yetkilileri El Salvador'dan, "
     "Dominik Cumhuriyeti'nden ve Panama'dan geri çağırmaya karar verdiğini söyledi.", k("SANCTION", "USA", "SLV")),
    ("Dışişleri Bakanlığı Sözcüsü Heather Nauert bu ayın başlarında bir ifadesinde, bakanlık yetkililerinin \"yeni "
     "alınan artık Tayvan'ı tanımama kararı\" nedeniyle diplomatik görevdeki Amerikalı yetkilileri El Salvador'dan, "
     "Dominik Cumhuriyeti'nden ve Panama'dan geri çağırmaya karar verdiğini söyledi.", k("SANCTION", "TWN", "PAN")),
    # AID
    ("Ama yaptırımların yalnızca narkotik kontrolü, gelişme ve ekonomik destek amacıyla 2017'de Amerika'dan 140 "
     "milyon dolar yardım alan El Salvador'a uygulanması düşünüldü.", k("AID", "USA", "SLV")),
    # ACCUSE (criticised; accused)
    ("Fakat cumartesi günü Kuzey Kore Dışişleri Bakanı Ri Yong-ho, ABD'yi o zamandan beri yaptırımlar konusunda "
     "yeterli ilerleme göstermemesi konusunda eleştirdi.", k("ACCUSE", "PRK", "USA")),
    ("Resmi Çin gazetesi, ABD'de basılan günlük bir gazetede ABD-Çin ticaretinin karşılıklı avantajlarını öven dört "
     "sayfalık bir reklam yayınladı. Bu reklamdan bir hafta sonra ABD'nin Çin büyükelçisi, Pekin'i Amerikan medyasını "
     "kullanarak propagandasını yaymakla suçladı.", k("ACCUSE", "USA", "CHN")),
    # AGREE (promised)
    ("Çin, ABD'ye aynı güçte karşılıklar vereceğine söz verdi ve dünyanın en büyük ikinci ekonomisinin yakın zamanda "
     "pes etmesi pek mümkün görünmüyor.", k("AGREE", "CHN", "USA")),
]


@pytest.mark.parametrize("text,key", EVENTS)
def test_events(text, key):
    assert key in keys_of(text, LANG)


def test_future_is_agree():
    text = ("Bolivya ve Şili, belirli bir noktada tekrar masaya oturacaktır ancak bundan sonra görüşmeleri "
            "gerçekleştirmek oldukça zor olacak.")
    keys = keys_of(text, LANG)
    assert k("AGREE", "BOL", "CHL") in keys
    assert k("CONSULT", "BOL", "CHL") not in keys


def test_negation_drops_event():
    text = ("Hollanda'da bulunan BM kurumu Şili'ye ait toprakları Bolivya'ya verme yetkisine sahip değil ve olası "
            "görüşmelerin sonucunu kurumun belirlemeyeceğini de belirtti.")
    assert keys_of(text, LANG) == set()


def test_two_sides():
    text = ("Güney Koreli bir kanun yapıcının açıklamalarına göre, Kim Jong-un'un yedi yıl önce iktidarı ele "
            "almasından sonra Kuzey Kore'den Güney Kore'ye kaçanların sayısı azaldı.\n"
            "Bu ayın başlarında iki ülkenin liderleri, beklemeye alınmış nükleer silahsızlanma konusunda konuşmak "
            "üzere Pyongyang'da bir araya geldi.")
    assert k("CONSULT", "PRK", "KOR") in keys_of(text, LANG)


def test_ambassador_acts_for_the_sending_state():
    # "ABD'nin Çin büyükelçisi": the US ambassador to China.
    text = ("Bu reklamdan bir hafta sonra ABD'nin Çin büyükelçisi, Pekin'i Amerikan medyasını kullanarak "
            "propagandasını yaymakla suçladı.")
    d = analyse(text, LANG)
    assert [m.code for m in d.mentions if m.kind == "office"] == ["USA"]

# (text, events that must be among the coded ones: (type, actor side, recipient side), None for
# a recipient the sentence leaves open); an empty set marks a text that reports no domestic event.
DOMESTIC = [
    # Police arrest a suspect ("bir şüphelinin tutuklandığını") in Baton Rouge.
    ("Baton Rouge, Louisiana polisi, cumartesi günü LSU basketbolcusu Wayde Sims'in vurulmasıyla ilgili olarak "
     "bir şüphelinin tutuklandığını açıkladı.",
     {("COERCE", side(("USA", "COP")), side(("USA", "CRM")))}),
    # Protesters ("eylemciler") chanting in the Senate; the country comes from the sentence before.
    ("Washington, D.C.'de çıkan bir gazetenin haberine göre, ilerici grup MoveOn'un üst düzey danışmanlığını ve "
     "ulusal sözcülüğünü yürüten Karine Jean-Pierre cuma günü, \"Kadınlar, dün olanları unutmayacak. Yaşananları "
     "gelecekte de Kasım ayında da hatırlayacaklar,\" dedi.\n"
     "Mic'in aktardığı bilgilere göre, Yargı Komitesi'nin çoğunluğunu oluşturan Cumhuriyetçi Parti üyeleri, "
     "Dr. Christine Blasey Ford'un ifadesine rağmen Kavanaugh ile ilgili adaylık sürecine devam etmeyi tercih "
     "ettiği için eylemciler, Senato'nun koridorlarında \"Kasım yaklaşıyor!\" sloganları attı.",
     {("PROTEST", side(("USA", "CVL")), None)}),
    # Negative: a farmer killed by a pig.
    ("Yerel medya raporuna göre, Çin'in güneybatısında bir çarşıda çiftçinin biri domuzun saldırısına uğrayıp "
     "öldü.", set()),
    # Negative: a shark attack.
    ("Yetkililerden alınan bilgiye göre, cumartesi günü bir köpek balığı ıstakoz sezonunun açıldığı gün ıstakoz "
     "yakalamak için Kaliforniya'da dalış yapan 13 yaşındaki bir çocuğa saldırarak yaraladı.", set()),
    # Negative: a vow never to use the army against civilians ("sivillere") is no attack.
    ("Meksika'nın yeni seçilen Cumhurbaşkanı Andres Manuel Lopez Obrador, ülkenin öğrencilere karşı kanlı "
     "misilleme eyleminin 50. yıl dönümüne yaklaştığı dönemde sivillere karşı asla askeri güç "
     "kullanmayacağına yemin etti.", set()),
]


@pytest.mark.parametrize("text,expected", DOMESTIC)
def test_domestic_events(text, expected):
    found = sides_of(text, LANG)
    if expected:
        for etype, actor, recipient in expected:
            assert reports(found, etype, actor, recipient), found
    else:
        assert not with_groups(found, DOMESTIC_TYPES), found


# (text, sector): a group word named in the sentence, with its case ending.
GROUP_ROWS = [
    ("Tutuklamalar, bağımsızlık yanlısı protestocuların çevik kuvvetle çatışmasının ardından gerçekleşti.",
     "COP"),
    ("Bazı haberciler bu açıklamaya şöyle karşı çıkıyor: Sanders 10 Eylül'den bu yana Beyaz Saray'da basın "
     "brifingi düzenlemedi.", "JRN"),
    ("ABD Adalet Bakanı Jeff Sessions, Haziran ayında göçmenlik davalarına bakan yargıçlardan aile içi istismar "
     "ve çete şiddetinden kaçan mağdurlara sığınma hakkı vermemelerini talep etti.", "JUD"),
]


@pytest.mark.parametrize("text,sector", GROUP_ROWS)
def test_groups(text, sector):
    assert sector in {m.sector for m in analyse(text, LANG).mentions if m.kind == "institution"}


# (text, sector): words that name a group elsewhere but not here: "İşçi Partisi" (Labour), a court
# nominee ("Yüksek Mahkeme adayı"), a title before a name ("Yargıç Kavanaugh"), the adjective
# "saldırgan" (aggressive).
NOT_GROUP_ROWS = [
    ("Ne de olsa İşçi Partisi parlamenterleri arasında fikirlerimizi söylediğimiz için iyi karşılanmadığımız "
     "söylenen son kişiyim.", "LAB"),
    ("Beyaz Saray pazar günü, Yüksek Mahkeme adayı Brett Kavanaugh hakkındaki tartışmalar sürdüğü için Donald "
     "Trump'ın Adalet Bakanı Yardımcısı Rod Rosenstein'le yapacağı büyük buluşmanın \"bir hafta daha "
     "ertelenebileceğini\" söyledi.", "JUD"),
    ("Trump, Wheeling, Batı Virginia'daki bir mitingde \"Yargıç Kavanaugh'a verilecek bir oy, Demokrat "
     "Parti'nin acımasız ve ölçüsüz taktiklerini reddetmeye yönelik bir oydur,\" dedi.", "JUD"),
    ("Zárate'ye göre Morales'in saldırgan söylemleri, Şilililerin konuyla ilgili son iyi niyet duygularını da "
     "tüketti.", "UAF"),
]


@pytest.mark.parametrize("text,sector", NOT_GROUP_ROWS)
def test_not_groups(text, sector):
    assert sector not in {m.sector for m in analyse(text, LANG).mentions if m.kind == "institution"}
