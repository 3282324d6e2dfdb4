"""Arabic data: countries, false friends, triggers, markers, dates.

Sentences are copied from ../shared/corpus (dev seed_001, ar_ntrex_3, ar_ntrex_5 and
ntrex/arb.jsonl); passages of two sentences are cut from one document, a line each.
"""
from __future__ import annotations

import pytest

from tests.conftest import codes_of, events_of, keys_of, needs_shared, ntrex_text, side, sides_of, with_groups
from tests.conftest import key as k

L = "ar"


# seed_001: the opening sentence (dialogue in Tokyo) and two later sentences.
SEED_OPEN = ("في الرابع من ديسمبر، عُقد في طوكيو، اليابان، الحوار الأول بين نواب وزيري الخارجية "
             "والدفاع الفيتناميين واليابانيين (2+2).")
SEED_ASEAN = ("وأكد الجانبان على أهمية الدور المحوري لرابطة دول جنوب شرق آسيا (آسيان) وتعزيز التعاون "
              "في المنتديات التي تقودها الرابطة.")
SEED_SIGN = ("وعلى وجه الخصوص، ستوقع وزارتا دفاع البلدين، بعد الحوار، مذكرة تفاهم بشأن البحث والإنقاذ، "
             "مما يُرسي أساسًا هامًا لتعزيز التعاون بين الجانبين في الفترة المقبلة.")


@pytest.mark.parametrize("text, expected", [
    # nisba adjective after an office
    ("ترأس الوفد الياباني نائب وزير الخارجية نامازو هيرويوكي ونائب وزير الدفاع كانو كوجي.", {"JPN"}),
    # clitic ل + country, and a person from the actor dictionary ("NATO allies" is not a party)
    ("إنه اليوم الأخير من الزيارة المثيرة للجدل للرئيس أردوغان لألمانيا والتي تهدف إلى إصلاح العلاقات "
     "بين حلفاء حلف شمال الأطلسي.", {"DEU", "TUR"}),
    # لل + article-less stem ("للصين")
    ("أثقلت معاقبة السلفادور على دعمها للصين، ثم تراجعت", {"SLV", "CHN"}),
    # capitals used for governments, with clitic ب
    ("لاحظ الدبلوماسيون أن جمهورية الدومينيكان وبنما قد تعترفا بالفعل ببكين، عند قليل من الضغط من واشنطن.",
     {"DOM", "PAN", "CHN", "USA"}),
    # plural nisba and an alternative country name
    ("وعاد المبعوثون الأمريكيون الثلاثة بهدوء إلى السلفادور وبنما والجمهورية الدومينيكية دون إصدار رسائل "
     "أو عقوبات صارمة جديدة من جانب واشنطن.", {"USA", "SLV", "PAN", "DOM"}),
    # two-word nisba (North Korean) and a feminine nisba
    ("وفي يوم السبت الماضي،قام وزير الخارجية الكوري الشمالي راي يونج بإدانة العقوبات الأمريكية لعدم "
     "إحرازها أي تقدم بخصوص هذا الشأن.", {"PRK", "USA"}),
    # nisba plural in the oblique case
    (SEED_OPEN, {"VNM", "JPN"}),
])
def test_countries(text, expected):
    assert expected <= codes_of(text, L)


@pytest.mark.parametrize("text", [
    # "المالية" is "financial", not Mali; "أمريكا الوسطى" is a region, not the USA
    "وشملت العقوبات المقترحة تخفيض المساعدات المالية وقيود التأشيرات المستهدفة، وكانت مؤلمة بالنسبة لدولة "
    "أمريكا الوسطى وارتفاع معدلات البطالة والقتل.",
    # "الرياضة" (sport) is not Riyadh
    "أنا حريصة على العمل بصفتي صوتًا للرياضيين وآمل أن أتمكن حقًا من المساهمة والمساعدة في توجيه الرياضة في أسكتلندا.",
    # a region ("Latin America") is not the United States
    "أطلقت القوات النار على مظاهرة سلمية في الساحة في 2 أكتوبر 1968، مما أدى إلى مقتل ما يصل إلى 300 شخص "
    "في وقت كانت فيه المظاهرات الطلابية اليسارية ترسّخ جذورها في جميع أنحاء أمريكا اللاتينية.",
    # "أردنا" is "we wanted", not a form of Jordan
    "ومن خلال رسم موازٍ بين التعبير عن النساء وأبقار الألبان، أردنا أن نضع مضخة الثدي وجميع التحديات التي "
    "تواجهها في دائرة الضوء، بينما نظهر بطريقة مسلية ومرنة إحساس الحرية المذهل الذي ستجلبه المضخة الجديدة.",
])
def test_false_friends(text):
    assert codes_of(text, L) == set()


def test_taliban_is_not_a_demand():
    # "طالبان" (Taliban) is not "طالب" (demanded) with a dual ending; "إنجلترا" is GBR.
    text = ("وسيكون إبعاده بمثابة عدالة شعرية للدمار الذي يشبه ما حققته طالبان لذا فإن العديد من المصنوعات "
            "الفنية الدينية والثقافية في إنجلترا يتم تنفيذها من جانب الأتباع البروتستانتيين المتعصبين.")
    assert codes_of(text, L) == {"GBR"}
    assert not any(r["event"] == "REQUEST" for r in events_of(text, L))


def test_football_club_is_not_spain():
    text = ("وكان رونالدو على وشك الانضمام إلى ريال مدريد قادمًا من مانشستر يونايتد في وقت الهجوم المزعوم، "
            "وانتقل هذا الصيف إلى العملاق الإيطالي يوفنتوس في صفقة بقيمة 100 مليون يورو.")
    assert codes_of(text, L) == {"ITA"}


def test_ministry_is_not_a_visit():
    # "وزارة" (ministry) must not be read as "زار" (visited) with clitics.
    text = ("وفي وقت سابق من هذا العام قامت وزارة الدفاع الأمريكية بتأسيس \"مركز مشترك للذكاء الاصطناعي\"، "
            "والذي يهدف إلى إشراك شركاء من المجال والوسط الأكاديمي، وأعلن البيت الأبيض عن تشكيل لجنة محددة "
            "للذكاء الاصطناعي.")
    assert not any(r["event"] == "CONSULT" for r in events_of(text, L))


@pytest.mark.parametrize("text, expected", [
    # CONSULT: "met"
    ("كانت هناك أجواء من الفرح والصفاء يوم السبت (29 سبتمبر) حيث التقى رئيسا تركيا وألمانيا لتناول "
     "الإفطار في برلين.", k("CONSULT", "TUR", "DEU")),
    # SUPPORT: "highly appreciates"
    ("ثانيًا، تُقدّر فيتنام عاليًا تعاون ودعم الحكومة اليابانية ووزارة الدفاع للمساهمة في تحسين قدرات "
     "جيش الشعب الفيتنامي، الذي يُعدّ التعليم والتدريب فيه من أهمّ مجالاته.", k("SUPPORT", "VNM", "JPN")),
    # SANCTION withdraw: "استدعاء ... من" recalls one's own envoys
    ("وصرحت هيذر نويرت، المتحدثة باسم الوزارة، في بيان صدر في وقت مبكر من هذا الشهر، إن مسؤولي وزارة "
     "الخارجية قرروا استدعاء رؤساء البعثات الدبلوماسية الأمريكية من السلفادور وجمهورية الدومينيكان وبنما "
     "بشأن \"القرارات الأخيرة بعدم الاعتراف بتايوان\".", k("SANCTION", "USA", "SLV")),
    # SANCTION discontinue: "عدم الاعتراف" (no longer recognise)
    ("وصرحت هيذر نويرت، المتحدثة باسم الوزارة، في بيان صدر في وقت مبكر من هذا الشهر، إن مسؤولي وزارة "
     "الخارجية قرروا استدعاء رؤساء البعثات الدبلوماسية الأمريكية من السلفادور وجمهورية الدومينيكان وبنما "
     "بشأن \"القرارات الأخيرة بعدم الاعتراف بتايوان\".", k("SANCTION", "PAN", "TWN")),
    # AID
    ("ولكن جرى النظر في العقوبات فقط ضد السلفادور، والتي تلقت ما يقدر بنحو 140 مليون دولار من المساعدات "
     "الأمريكية عام 2017، بما في ذلك ضوابط المخدرات والتنمية والدعم الاقتصادي.", k("AID", "USA", "SLV")),
    # ACCUSE: "إدانة" (condemnation)
    ("وفي يوم السبت الماضي،قام وزير الخارجية الكوري الشمالي راي يونج بإدانة العقوبات الأمريكية لعدم "
     "إحرازها أي تقدم بخصوص هذا الشأن.", k("ACCUSE", "PRK", "USA")),
    # THREATEN: "تحذيره" (his warning)
    ("أصدر الرئيس الأمريكي دونالد ترامب تحذيره الأول في وقت سابق من هذا العام بفرض ضريبة على الصادرات "
     "الصينية الرئيسية بما في ذلك الألواح الشمسية وخامات الصلب والألمنيوم.", k("THREATEN", "USA", "CHN")),
])
def test_trigger_types(text, expected):
    assert expected in keys_of(text, L)


def test_protest_in_document_context():
    # Two sentences of ar_ntrex_3: the protest's second party comes from the document.
    text = ("كانت هناك أجواء من الفرح والصفاء يوم السبت (29 سبتمبر) حيث التقى رئيسا تركيا وألمانيا لتناول "
            "الإفطار في برلين. كما قام مئات من المتظاهرين ضد أردوغان ومعظمهم من الأكراد في التعبير عن آرائهم "
            "منددين بسياسات أردوغان وقرار الحكومة الألمانية بالترحيب به في ألمانيا.")
    assert k("PROTEST", "TUR", "DEU") in keys_of(text, L)


def test_considered_sanctions_are_not_sanctions():
    # "جرى النظر في العقوبات" (sanctions were considered) is not a sanction.
    text = ("ولكن جرى النظر في العقوبات فقط ضد السلفادور، والتي تلقت ما يقدر بنحو 140 مليون دولار من "
            "المساعدات الأمريكية عام 2017، بما في ذلك ضوابط المخدرات والتنمية والدعم الاقتصادي.")
    assert not any(t == "SANCTION" for t, _ in keys_of(text, L))


def test_negation_drops_event():
    # "دون إصدار ... عقوبات" (without issuing sanctions)
    text = ("وعاد المبعوثون الأمريكيون الثلاثة بهدوء إلى السلفادور وبنما والجمهورية الدومينيكية دون إصدار "
            "رسائل أو عقوبات صارمة جديدة من جانب واشنطن.")
    assert not any(t == "SANCTION" for t, _ in keys_of(text, L))


def test_hope_is_not_an_event():
    # "يأمل" (hopes) that the ministries sign: a wish, not coded.
    text = ("ويأمل الفريق أول أن تُوقّع وزارتا الدفاع، بعد الحوار، خطاب نوايا بشأن التعاون التدريبي، "
            "مما سيُعزّز هذا المجال.")
    assert keys_of(text, L) == set()


def test_future_signing_is_agree_and_two_sides_resolve():
    keys = keys_of(SEED_OPEN + " " + SEED_SIGN, L)
    assert k("AGREE", "VNM", "JPN") in keys
    assert k("SUPPORT", "VNM", "JPN") not in keys


def test_two_sides_endorse_asean():
    keys = keys_of(SEED_OPEN + " " + SEED_ASEAN, L)
    assert k("SUPPORT", "VNM", "IGO") in keys
    assert k("SUPPORT", "JPN", "IGO") in keys


def test_meeting_sentence_is_consult_with_ordinal_date():
    recs = events_of(SEED_OPEN, L)
    consult = [r for r in recs if r["event"] == "CONSULT"]
    assert consult and consult[0]["date"] == "--12-04"


# Domestic events: the Barcelona protests (ntrex reuters.218888), the New York attack
# (abcnews.306774) and the Mexican president-elect's pledge (abcnews.306758).
BARCELONA = ("ألقي القبض يوم السبت على ستة أشخاص في برشلونة بعد اشتباك محتجين مؤيدين للاستقلال مع شرطة "
             "مكافحة الشغب، بينما انضم الآلاف إلى المظاهرات المنافسة للاحتفال بالذكرى السنوية الأولى للتصويت "
             "بشأن الانفصال.")
BOYCOTT = ("ولا تزال حدة التوترات عالية في المنطقة التي تؤيد الاستقلال بعد عام من استفتاء 1 أكتوبر الذي اعتبرته "
           "مدريد بأنه غير قانوني ولكن سكان كتالونيا قد احتفلوا به.\n"
           "اختار المصوتون بأغلبية الاستقلال وعلى الرغم من انخفاض المشاركة من جانب المعارضين للاستقلال الذين "
           "قاطعوا التصويت على نطاق كبير.")
ESP_COP, ESP_CVL = ("ESP", "COP"), ("ESP", "CVL")

# (text, expected): an event as (type, actor side, recipient side); a clash as (type, who took
# part, None), since both sides fight and neither is only the target; None: no event among
# non-state groups.
DOMESTIC = [
    # riot police arrest protesters after a clash, in Barcelona (the place gives the country)
    (BARCELONA, ("COERCE", side(ESP_COP), side(ESP_CVL))),
    (BARCELONA, ("ASSAULT", side(ESP_CVL, ESP_COP), None)),
    # opponents of independence boycotted the vote ("قاطعوا"); Madrid in the line before
    (BOYCOTT, ("PROTEST", side(("ESP", "OPP")), side())),
    # prosecutors seek the death penalty for an attack: they did not attack anyone
    ("المدعون الاتحاديون يسعون إلى عقوبة الإعدام النادرة للمشتبه به في الهجوم الإرهابي في مدينة نيويورك", None),
    # a pledge never to use force against civilians is no assault on them
    ("تعهد الرئيس المكسيكي المنتخب أندريس مانويل لوبيز أوبرادور بعدم استخدام القوة العسكرية ضد المدنيين "
     "مطلقًا حيث أن الدولة على وشك إحياء الذكرى الخمسين للحدث الانتقامي الدموي ضد الطلاب.", None),
]


@pytest.mark.parametrize("text, expected", DOMESTIC)
def test_domestic(text, expected):
    sides = sides_of(text, L)
    if expected is None:
        assert not with_groups(sides)
    elif expected[2] is None:
        etype, took_part, _ = expected
        assert any(t == etype and took_part <= a | r for t, a, r in sides)
    else:
        assert expected in sides


def test_fugitives_are_not_harbin():
    # "الهاربين" (the fugitives) is not Harbin, China: no Chinese police arrest anyone here.
    text = ("وأشادت الإدارة بفرقة ملاحقة الهاربين التابعة لشرطة ولاية لويزيانا والمعمل الجنائي التابع لشرطة "
            "الولاية وشرطة جامعة ساوثرن وسكان المنطقة في المساعدة في عملية التحقيق التي أدت إلى إلقاء القبض عليه.")
    assert not any(code == "CHN" for _, a, r in sides_of(text, L) for code, _ in a | r)


@needs_shared
def test_clash_headline_in_its_document():
    # "اشتباكات الشرطة مع الانفصاليين بمنطقة كتالونيا": the headline names no country; the
    # story (Madrid, Spain) does.
    sides = sides_of(ntrex_text("arb.jsonl", "reuters.218888"), L)
    assert any(t == "ASSAULT" and side(ESP_COP, ("ESP", "REB")) <= a | r for t, a, r in sides)
