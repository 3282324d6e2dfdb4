"""Persian (fa): countries, false friends, triggers, negation, future and "the two sides".

Every sentence is copied from ../shared/corpus (the dev seed_003 and fa_ntrex documents,
and the NTREX Persian/Dari stories); they are inline so the tests need no shared files.
"""
from __future__ import annotations

import pytest

from tests.conftest import analyse, codes_of, key, keys_of, needs_shared, ntrex_text, side, sides_of, with_groups

# (sentence, codes that must be recognised)
COUNTRY_ROWS = [
    # CLDR name plus demonym.
    ("در روز شنبه (۲۹ سپتامبر) رهبران ترکیه و آلمان در آسمان آبی برلین با لبخند با هم دیدار کردند.",
     {"TUR", "DEU"}),
    # Demonym آمریکایی; long form ایالات متحده آمریکا.
    ("سه مقام آمریکایی که دو نفر آنان دیپلمات هستند و با بحث در مورد مذاکرات داخلی به شرط ناشناس ماندن "
     "موافقت کردند", {"USA"}),
    # Capitals used for governments (پکن, واشنگتن) and a two-word name (جمهوری دومینیک).
    ("دیپلماتها اشاره کردند که جمهوری دومینیک و پاناما با اندکی فاصله گرفتن از واشنگتن، هم اکنون پکن را "
     "پذیرفته‌اند.", {"DOM", "PAN", "USA", "CHN"}),
    # Adjective ویتنامی and the office "وزیر نیروهای مسلح ... کوبا".
    ("ژنرال فان ون جیانگ و وزیر نیروهای مسلح انقلابی کوبا هر دو گفتند که همکاری دفاعی همواره ستون روابط "
     "بین دو کشور بوده است.", {"CUB"}),
    # CLDR name with the ezafe hamza (کرهٔ شمالی) written without it; capital سئول.
    ("سئول می گوید بعد از پایان جنگ دو کره در سال 1953 بیش از 30،000 نفر از کره شمالی به طور غیرقانونی "
     "از مرز عبور کرده اند.", {"KOR", "PRK"}),
    # Organisation: اتحادیه اروپا -> EUR, ناتو -> IGO.
    ("آتن مدتهاست اصرار می کند که نام همسایه شمالی این کشور نشان‌دهنده ادعا بر قلمرو اوست و به دفعات به "
     "پیشنهاد عضویت مقدونیه در اتحادیه اروپا و ناتو اعتراض کرده است.", {"GRC", "EUR", "IGO"}),
    # Dari spellings ال سلوادور, پانامه.
    ("ایالات متحده آمریکا با مجازات کردن ال سلوادور، برای حمایت این کشور از چین که بعدا از آن دست کشید، "
     "فشار آورد", {"USA", "SLV", "CHN"}),
    ("آقای ترامپ در جون سال 2017، نشست صمیمانه ای با رییس جمهور پانامه، جان کارلوس وریلا داشت", {"PAN"}),
    # Dari spelling کوریای شمالی.
    ("اما روز شنبه، ری یوننگ-هو، وزیر خارجه کوریای شمالی تحریم های ایالات متحده آمریکا را پس از آن، "
     "برای عدم پیشرفت متهم کرد.", {"PRK", "USA"}),
]


@pytest.mark.parametrize("text,expected", COUNTRY_ROWS)
def test_countries(text, expected):
    assert expected <= codes_of(text, "fa")


# False friends: مالی "financial" is not Mali; "آمریکای مرکزی/شمالی" is not the USA.
FALSE_FRIEND_ROWS = [
    ("مجازات پیشنهادی، که شامل کاهش کمکهای مالی و اعمال محدودیت های ویزا می شد، بر روی این کشور آمریکای "
     "مرکزی و نرخ بالای بیکاری و تعداد قتل های صورت گرفته در آن تأثیر دردناکی می گذاشت.", {"MLI", "USA"}),
    ("به گفته لی بنیاد ملی علوم طبیعی چین، به افراد در موسسات دانشگاهی کمک مالی می کند", {"MLI"}),
]


@pytest.mark.parametrize("text,absent", FALSE_FRIEND_ROWS)
def test_false_friends(text, absent):
    assert not (absent & codes_of(text, "fa"))


SEED_PASSAGE = (
    "سپهبد ارشد آلوارو لوپز میرا از ژنرال فان وان جیانگ و هیئت عالی رتبه وزارت دفاع ملی ویتنام که دبیرکل "
    "و رئیس جمهور تو لام را در سفر رسمی به کوبا همراهی میکردند، به گرمی استقبال کرد؛ خاطرات سفر رسمی به "
    "ویتنام در ژوئن 2023 را یادآوری کرد و نسبت به کشور و مردم ویتنام ابراز علاقه نمود.\n"
)

# (text, key that must be produced)
TRIGGER_ROWS = [
    # CONSULT: "met".
    ("در روز شنبه (۲۹ سپتامبر) رهبران ترکیه و آلمان در آسمان آبی برلین با لبخند با هم دیدار کردند.",
     key("CONSULT", "TUR", "DEU")),
    # CONSULT with the noun ملاقات and a light verb (داشتند).
    ("آقای ترامپ با رئیس جمهور خوان کارلوس وارلا رئیس جمهور پاناما در ژوئن 2017 ملاقات صمیمانه‌ای داشتند "
     "و در پاناما هتل داشتند. سه مقام آمریکایی گفتند.", key("CONSULT", "USA", "PAN")),
    # SUPPORT: thanked.
    ("سپهبد ارشد آلوارو لوپز میرا، با بیان مشکلات و چالشهایی که کوبا با آن مواجه است، از ویتنام به خاطر "
     "همراهی و حمایت همیشگی از کوبا تشکر کرد", key("SUPPORT", "CUB", "VNM")),
    # SUPPORT: support for China.
    ("ایالات متحده آمریکا میزان مجازات السالوادور برای حمایت از چین، در آن موقع متوقف شد",
     key("SUPPORT", "SLV", "CHN")),
    # ACCUSE: accused.
    ("سفیر ایالات متحده چین را متهم کرد که با «تبلیغات پروپاگاندا» در حال «زورگویی» است",
     key("ACCUSE", "USA", "CHN")),
    # SANCTION (withdraw): recall of envoys.
    ("هِدر نوِرت، سخنگوی وزارت امور خارجه در اوایل این ماه در بیانیه‌ای اعلام کرد که مقامات وزارت امور "
     "خارجه تصمیم گرفتند مقامات ارشد آمریکایی را از ماموریت دیپلماتیک السالوادور، جمهوری دومینیک و "
     "پاناما به دلیل «تصمیم گیری اخیر برای عدم حمایت از تایوان» فرا بخوانند.", key("SANCTION", "USA", "PAN")),
    # AID: financial aid received.
    ("اما مجازات فقط برای السالوادور اعمال شد، که برای کنترل مواد مخدر، توسعه و حمایتهای مالی از "
     "آمریکاییها حدود 140 میلیون دلار کمک مالی دریافت می کردند.", key("AID", "SLV", "USA")),
    # REJECT: China rejected it.
    ("رئیس جمهور ایالات متحده دونالد ترامپ چهارشنبه گذشته پس از متهم‌کردن چین به تلاش برای دخالت در "
     "انتخابات کنگره ایالات متحده در 6 نوامبر که البته چین آن را رد کرد، به ضمیمه پولی China Daily در "
     "روزنامه Des Moines Register -پرفروش‌ترین روزنامه ایالت Lowa - اشاره کرد.", key("REJECT", "USA", "CHN")),
    # THREATEN: warning.
    ("اوایل امسال دونالد ترامپ، رییس جمهور آمریکا، با بستن مالیات بر روی اجناس صادراتی چین مانند "
     "پنل‌های خورشیدی، فولاد و آلمینیوم اولین هشدار را داد.", key("THREATEN", "USA", "CHN")),
    # CONSULT (visit) via "warmly welcomed" the visiting delegation.
    (SEED_PASSAGE, key("CONSULT", "CUB", "VNM")),
    # ACCUSE in Dari: "accused US sanctions of the lack of progress" (عدم here does not negate the verb).
    ("اما روز شنبه، ری یوننگ-هو، وزیر خارجه کوریای شمالی تحریم های ایالات متحده آمریکا را پس از آن، برای "
     "عدم پیشرفت متهم کرد.", key("ACCUSE", "PRK", "USA")),
    # CONSULT via "جلسه ... بین" (a meeting between).
    ("Dieter Kempf رئیس فدراسیون صنایع آلمان (BDI) پس از جلسه اخیری که بین صدر اعظم آلمان Angela Merkel و "
     "رئیس جمهور روسیه Vladimir Putin برگزار شد گفت: «برای من قابل هضم نیست که یک دولت سوم در تأمین انرژی "
     "ما دخالت کند.»", key("CONSULT", "DEU", "RUS")),
    # SANCTION (discontinue): sanctions.
    ("اما روز شنبه ری یانگ ـ هو، وزیر خارجه کره شمالی، تحریم‌های آمریکا را عامل عدم پیشرفت در مذاکرات "
     "هسته‌ای از آن زمان دانست.", key("SANCTION", "PRK", "USA")),
]


@pytest.mark.parametrize("text,expected", TRIGGER_ROWS)
def test_triggers(text, expected):
    assert expected in keys_of(text, "fa")


def test_visit_mode():
    d = analyse(SEED_PASSAGE, "fa")
    modes = {e.mode for e in d.events if e.type == "CONSULT"}
    assert "visit" in modes


def test_negation_drops_event():
    # "without any word of a serious warning": the warning (THREATEN) is negated by بدون.
    text = ("و سه سفیر آمریکایی سریعاً به السالوادور، پاناما و جمهوری دومینیک بدون هیچ خبری از هشدار جدی و "
            "مجازات از سوی واشنگتن بازگشتند.")
    assert not any(t == "THREATEN" for t, _ in keys_of(text, "fa"))


def test_future_is_agree():
    # "Bolivia and Chile will continue to discuss ...": talks announced, not held -> AGREE.
    text = ("بولیوی و شیلی روی برخی نقاط همچنان به بحث ادامه خواهند داد، اما پس از این، ادامه بحث و گفتگو "
            "خیلی سخت خواهد شد.")
    keys = keys_of(text, "fa")
    assert key("AGREE", "BOL", "CHL") in keys
    assert key("CONSULT", "BOL", "CHL") not in keys


def test_two_sides_resolved():
    # "The two sides also agreed ...": no country in the sentence; resolved to Vietnam and Cuba.
    text = SEED_PASSAGE + (
        "دو طرف همچنین توافق کردند که همکاری در زمینههایی که ترویج شده و در حال ترویج هستند و نیاز به "
        "اجرای مؤثر دارند، مانند تبادل اطلاعات، پزشکی نظامی، امنیت سایبری، همکاری "
        "اقتصادی-تجاری-سرمایهگذاری بین شرکتهای نظامی دو کشور و خواهرخواندگی بین واحدهای دو ارتش را ارتقا "
        "دهند...")
    assert key("AGREE", "VNM", "CUB") in keys_of(text, "fa")


def test_invitation_is_agree():
    text = SEED_PASSAGE + (
        "به همین مناسبت، وزیر فان ون جیانگ بار دیگر از وزیر آلوارو لوپز میرا دعوت و ابراز امیدواری کرد که "
        "زمانی را برای شرکت در دومین نمایشگاه بینالمللی دفاعی ویتنام در دسامبر 2024 ترتیب دهد.")
    assert key("AGREE", "VNM", "CUB") in keys_of(text, "fa")


def test_date_day_month():
    d = analyse("در روز شنبه (۲۹ سپتامبر) رهبران ترکیه و آلمان در آسمان آبی برلین با لبخند با هم دیدار کردند.",
                "fa")
    assert any(m.kind == "date" and m.value == "2018-09-29" for m in d.mentions)


# Domestic events: the Barcelona protests (NTREX reuters.218888), the New York attack
# (abcnews.306774) and the Mexican president-elect's pledge (abcnews.306758). Passages of two
# sentences are consecutive lines of one story.
BARCELONA = ("در روز شنبه در جریان درگیری معترضان طرفدار استقلال با پلیس ضد شورش در بارسلونا و هنگامی که هزاران "
             "نفر به تظاهرات گروه رقیب پیوستند تا اولین سالگرد برگزاری انتخابات را در خصوص جدایی کاتالونیا برگزار "
             "کنند شش نفر دستگیر شدند.")
BATONS = ("وقتی پلیس با استفاده از باتوم معترضان را محاصره کرد دوباره نزاع بالا گرفت.\n"
          "بیش از چند ساعت گروههای طرفدار استقلال با شعار \"فراموشی ممنوع، بخشش ممنوع\" در برابر اتحادگرایان که "
          "فریاد می‌زدند \"زنده باد اسپانیا\" صف آرایی کرده بودند.")
BOYCOTT = ("تنشها در منطقه خواهان استقلال هنوز هم یک سال پس از رفراندوم ۱ اکتبر که مادرید آن را غیرقانونی می‌داند "
           "بالاست اما این سالگرد توسط کاتالانهای جدایی طلب جشن گرفته می‌شود.\n"
           "رأی‌دهندگان به طور کامل تصمیم به جدایی گرفتند، اگرچه تعداد شرکت‌ کنندگان در انتخابات کم بود و مخالفان "
           "جدایی، شرکت در رأی‌گیری را تحریم کرده بودند.")
ESP_COP, ESP_CVL = ("ESP", "COP"), ("ESP", "CVL")

# (text, expected): an event as (type, actor side, recipient side); a clash as (type, who took
# part, None), since both sides fight and neither is only the target; None: no event among
# non-state groups.
DOMESTIC = [
    # six arrested in Barcelona (the place gives the country) after protesters clashed with riot police
    (BARCELONA, ("COERCE", side(ESP_COP), side(ESP_CVL))),
    (BARCELONA, ("ASSAULT", side(ESP_CVL, ESP_COP), None)),
    # police cordoned off the protesters ("محاصره کرد"); the next line names Spain
    (BATONS, ("COERCE", side(ESP_COP), side(ESP_CVL))),
    # opponents of secession boycotted the vote ("رأی‌گیری را تحریم کرده بودند"), not a sanction
    (BOYCOTT, ("PROTEST", side(("ESP", "OPP")), side())),
    # prosecutors seek the death penalty for an attack: they did not attack anyone
    ("دادستان های فدرال به دنبال مجازات مرگ نادر برای مظنون حمله تروریستی نیویورک", None),
    # a pledge never to use force against civilians, on the anniversary of a massacre of students
    ("آندرس مانوئل لوپز اوبرادور، رئیس جمهور منتخب مکزیک، همزمان با نزدیک شدن به پنجاهمین سالگرد قتل عام خونین "
     "دانشجویان قول داده که هرگز از نیروی نظامی علیه غیرنظامیان استفاده نکند.", None),
]


@pytest.mark.parametrize("text,expected", DOMESTIC)
def test_domestic(text, expected):
    sides = sides_of(text, "fa")
    if expected is None:
        assert not with_groups(sides)
    elif expected[2] is None:
        etype, took_part, _ = expected
        assert any(t == etype and took_part <= a | r for t, a, r in sides)
    else:
        assert expected in sides


@needs_shared
def test_clash_headline_in_its_document():
    # "پلیس ... با جدایی‌طلبان کاتالان درگیر شد": the headline names no country; the story does.
    sides = sides_of(ntrex_text("fas.jsonl", "reuters.218888"), "fa")
    assert any(t == "ASSAULT" and side(ESP_COP, ("ESP", "REB")) <= a | r for t, a, r in sides)


# Place names that are common words: "در آستانه" (on the eve of) is not Astana, "دوشنبه"
# (Monday) is not Dushanbe.
@pytest.mark.parametrize("text,absent", [
    ("پلیس در آستانه برگزاری مراسم سالگرد رای‌گیری برای استقلال، با جدایی‌طلبان کاتالان درگیر شد", "KAZ"),
    ("بر اساس گفته‌های Dan Bennett، سخنگوی اداره پلیس Wasilla، او روز دوشنبه در Wasilla آلاسکا دستگیر شد و "
     "با توجه به وجود گزارش خشونت خانگی و داشتن اسلحه در حالت مستی، اتهام خشونت خانگی علیه یک زن به او وارد شد.",
     "TJK"),
])
def test_common_words_are_not_places(text, absent):
    assert not any(m.kind == "place" and m.code == absent for m in analyse(text, "fa").mentions)
    assert not any(code == absent for _, a, r in sides_of(text, "fa") for code, _ in a | r)
