"""French language data: countries and demonyms, false friends, event triggers, markers,
groups inside one country (police, protesters, suspects) and their events.

Every input is a real sentence (or a short run of consecutive sentences) from
../shared/corpus (the NTREX French stories and the dev documents), copied verbatim.
"""
from __future__ import annotations

import pytest

from tests.conftest import analyse, codes_of, key, keys_of, reports, side, sides_of, with_groups

LANG = "fr"


CODES = [
    # Demonyms in agreement with their noun, lowercase ("turc", "allemand").
    ("Samedi 29 septembre, les dirigeants turc et allemand se sont rencontrés autour d’un "
     "petit-déjeuner à Berlin dans une ambiance détendue.", {"TUR", "DEU"}),
    # CLDR names plus a capital used for the government ("Pékin", "Washington").
    ("Les diplomates ont constaté que la République dominicaine et le Panama avaient déjà reconnu "
     "Pékin, ce à quoi Washington s’est peu opposé.", {"DOM", "PAN", "CHN", "USA"}),
    # Compound demonyms ("nord-coréens", "sud-coréen").
    ("Le nombre de déserteurs nord-coréens vers la Corée du Sud a diminué depuis l’ascension au "
     "pouvoir de Kim Jong-un, il y a sept ans, a déclaré un législateur sud-coréen.", {"PRK", "KOR"}),
    # Seats of power: the Kremlin.
    ("Le Kremlin affirme que l’opposition fervente de Washington au projet est simplement motivée "
     "par des raisons économiques et constitue un exemple de compétition déloyale.", {"RUS", "USA"}),
    # Elided article before an organisation ("l’OTAN"); the office takes the country beside it.
    ("Depuis fort longtemps, Athènes insiste sur le fait que le nom de Macédoine constitue une "
     "revendication sur son territoire et a à maintes reprises imposé son veto à l’adhésion de son "
     "pays voisin à l’Union européenne et à l’OTAN.", {"GRC", "MKD", "EUR", "IGO"}),
    # False friend: Maurice is a first name here, not Mauritius.
    ("Mme\xa0Maurice a été payée pour une journée de travail, puis renvoyée chez elle par un Uber.", set()),
]


@pytest.mark.parametrize("text,expected", CODES)
def test_codes(text, expected):
    assert codes_of(text, LANG) == expected


EVENTS = [
    # CONSULT: reflexive past participle.
    ("Samedi 29 septembre, les dirigeants turc et allemand se sont rencontrés autour d’un "
     "petit-déjeuner à Berlin dans une ambiance détendue.", {key("CONSULT", "TUR", "DEU")}),
    # CONSULT: nominal "réunion entre".
    ("«\xa0J’ai un énorme problème lorsqu’un pays tiers interfère dans notre approvisionnement "
     "énergétique\xa0», a affirmé Dieter Kempf, le directeur de la Fédération des industries allemandes "
     "(BDI) à la suite d’une récente réunion entre la chancelière allemande Angela Merkel et le "
     "président russe Vladimir Poutine.", {key("CONSULT", "DEU", "RUS")}),
    # SUPPORT: recognising another government.
    ("Les diplomates ont constaté que la République dominicaine et le Panama avaient déjà reconnu "
     "Pékin, ce à quoi Washington s’est peu opposé.", {key("SUPPORT", "DOM", "CHN"), key("SUPPORT", "PAN", "CHN")}),
    # ACCUSE: present tense in a headline.
    ("L’ambassadeur des États-Unis accuse la Chine «\xa0d’intimidation\xa0» au moyen de «\xa0publicités "
     "de propagande\xa0»", {key("ACCUSE", "USA", "CHN")}),
    # ACCUSE: "imputer à" (to blame).
    ("Toutefois, samedi, le ministre nord-coréen des Affaires étrangères, Ri Yong-ho, a imputé aux "
     "sanctions américaines l’absence de progrès depuis lors.", {key("ACCUSE", "PRK", "USA")}),
    # REJECT: veto.
    ("Depuis fort longtemps, Athènes insiste sur le fait que le nom de Macédoine constitue une "
     "revendication sur son territoire et a à maintes reprises imposé son veto à l’adhésion de son "
     "pays voisin à l’Union européenne et à l’OTAN.", {key("REJECT", "GRC", "EUR")}),
    # AGREE: "s'engager à".
    ("La Chine s’est engagée à égaler les États-Unis, et il est peu probable que la deuxième plus "
     "grande économie mondiale vacille de sitôt.", {key("AGREE", "CHN", "USA")}),
    # SANCTION: no longer recognising Taiwan.
    ("Les représentants du département d’État ont décidé de convoquer les chefs des missions "
     "diplomatiques américaines au Salvador, en République dominicaine et au Panama pour protester "
     "contre «\xa0leurs récentes décisions de ne plus reconnaître Taïwan\xa0», a fait savoir Heather "
     "Nauert, porte-parole du département, au début du mois dans un communiqué.",
     {key("SANCTION", "SLV", "TWN"), key("SANCTION", "DOM", "TWN"), key("SANCTION", "PAN", "TWN")}),
    # AID: "une aide américaine".
    ("Mais des sanctions n’ont été prévues qu’à l’encontre du Salvador, qui a bénéficié d’une aide "
     "américaine estimée à 140\xa0millions de dollars en\xa02017, notamment pour contrôler les stupéfiants "
     "et lui fournir un soutien en matière de développement et sur le plan économique.",
     {key("AID", "USA", "SLV")}),
]


@pytest.mark.parametrize("text,expected", EVENTS)
def test_event_types(text, expected):
    assert expected <= keys_of(text, LANG)


def test_negation_drops_event():
    # "sans ... punitions": the punishment did not happen.
    text = ("Et les trois émissaires américains sont tranquillement retournés au Salvador, au Panama et en "
            "République dominicaine, sans nouveaux messages ou punitions sévères de la part de Washington.")
    assert {"USA", "SLV", "PAN", "DOM"} <= codes_of(text, LANG)
    assert not {k for k in keys_of(text, LANG) if k[0] == "SANCTION"}


def test_future_becomes_agree():
    # "il sera ... d'organiser des pourparlers": talks still to come are AGREE, not CONSULT.
    text = ("La Bolivie et le Chili continueront à échanger, mais après cela, il sera très compliqué "
            "d’organiser des pourparlers.")
    keys = keys_of(text, LANG)
    assert key("AGREE", "BOL", "CHL") in keys
    assert key("CONSULT", "BOL", "CHL") not in keys


def test_hypothetical_drops_event():
    # "ont envisagé de pénaliser": considered, not done; the support for China is still coded.
    text = ("Les États-Unis ont envisagé de pénaliser le Salvador pour son soutien en faveur de la Chine, "
            "puis ont reculé")
    keys = keys_of(text, LANG)
    assert key("SUPPORT", "SLV", "CHN") in keys
    assert not {k for k in keys if k[0] == "SANCTION"}


def test_two_sides():
    # "les dirigeants des deux pays" resolves to the two Koreas named before.
    text = ("Le nombre de déserteurs nord-coréens vers la Corée du Sud a diminué depuis l’ascension au "
            "pouvoir de Kim Jong-un, il y a sept ans, a déclaré un législateur sud-coréen.\n"
            "Plus tôt ce mois-ci, les dirigeants des deux pays se sont réunis à Pyongyang dans le cadre "
            "d’entretiens centrés sur les négociations de dénucléarisation qui restaient jusque-là en suspens.")
    assert key("CONSULT", "PRK", "KOR") in keys_of(text, LANG)


@pytest.mark.parametrize("text,value", [
    ("Samedi 29 septembre, les dirigeants turc et allemand se sont rencontrés autour d’un "
     "petit-déjeuner à Berlin dans une ambiance détendue.", "2018-09-29"),
    ("Mais à la mi-septembre, les hauts responsables de l’administration ont indiqué clairement "
     "qu’ils voulaient que la conférence se poursuive, mettant ainsi fin à toute considération en "
     "matière de sanctions contre le Salvador.", "--09"),
])
def test_dates(text, value):
    assert value in {m.value for m in analyse(text, LANG).mentions if m.kind == "date"}



# (text, type, actor side, recipient side); a recipient of None is not checked, for events
# whose target the text does not name as a group.
DOMESTIC = [
    # COERCE: "six arrestations" after clashes with "la police anti-émeute"; the place gives the country.
    ("Samedi, six arrestations ont eu lieu à Barcelone après des affrontements entre des manifestants "
     "indépendantistes et la police anti-émeute, alors que des milliers d’opposants se sont unis à des "
     "protestations pour marquer le premier anniversaire du référendum qui a divisé la Catalogne.",
     "COERCE", side(("ESP", "COP")), side(("ESP", "CVL"))),
    # PROTEST: the same sentence reports the demonstrators' protest.
    ("Samedi, six arrestations ont eu lieu à Barcelone après des affrontements entre des manifestants "
     "indépendantistes et la police anti-émeute, alors que des milliers d’opposants se sont unis à des "
     "protestations pour marquer le premier anniversaire du référendum qui a divisé la Catalogne.",
     "PROTEST", side(("ESP", "CVL")), None),
    # COERCE: pluperfect passive "avait été arrêté"; "un suspect" is a criminal suspect.
    ("Samedi, la police de Baton Rouge, en Louisiane, a annoncé qu’un suspect avait été arrêté en lien avec "
     "la mort par balle du basketteur Wayde Sims, un joueur de basket-ball du LSU, vendredi.",
     "COERCE", side(("USA", "COP")), side(("USA", "CRM"))),
    # PROTEST: demonstrators in the Senate; the country comes from the sentence before.
    ("Selon Karine Jean-Pierre, conseillère principale et porte-parole nationale du groupe progressiste "
     "MoveOn, «\xa0les femmes n’oublieront pas ce qui s’est passé hier\xa0; elles ne l’oublieront pas demain, et "
     "pas en novembre\xa0», a-t-elle déclaré le 28\xa0septembre dernier selon le journal de Washington.\n"
     "Vendredi matin, rapporte Mic, les manifestants ont chanté «\xa0Le mois de novembre arrive\xa0!\xa0» dans le "
     "couloir du Sénat alors que les républicains régissant le Comité judiciaire ont choisi d’avancer la "
     "nomination de Kavanaugh malgré le témoignage du docteur Christine Blasey Ford.",
     "PROTEST", side(("USA", "CVL")), None),
    # ASSAULT: troops "ont ouvert le feu" (1968); the promise never "réprimer" the people is negated.
    ("Lopez Obrador a promis samedi sur la place de Tlatelolco de ne «\xa0jamais employer la force militaire "
     "pour réprimer le peuple mexicain.\xa0»\n"
     "Le 2 octobre 1968, les troupes ont ouvert le feu lors d’une manifestation pacifiste, tuant 300 "
     "personnes au moment où les mouvements étudiants prenaient racine dans toute l’Amérique latine.",
     "ASSAULT", side(("MEX", "MIL")), None),
]


@pytest.mark.parametrize("text,etype,actor,recipient", DOMESTIC)
def test_domestic(text, etype, actor, recipient):
    found = sides_of(text, LANG)
    assert reports(found, etype, actor, recipient)


# Sentences that report no domestic event: police only reporting, a negated repression, the
# accusation against a Supreme Court candidate (not against the court).
NOT_DOMESTIC = [
    "Lors de son interrogatoire, Simpson a avoué à la police être responsable de la mort de Wayde.",
    "Lopez Obrador a promis samedi sur la place de Tlatelolco de ne «\xa0jamais employer la force militaire "
    "pour réprimer le peuple mexicain.\xa0»",
    "Poursuivant sa défense du candidat à la Cour suprême, accusé d’agression sexuelle par trois femmes, le "
    "président a laissé entendre que les démocrates utilisaient ces allégations pour leurs propres fins.",
]


@pytest.mark.parametrize("text", NOT_DOMESTIC)
def test_not_domestic(text):
    assert not with_groups(sides_of(text, LANG))


# Words that name a group elsewhere but not here: "l’opposition de X au projet" is an objection,
# "l’attaquant" a football forward, "de suspect" an adjective, "juge que" a verb.
NOT_GROUPS = [
    ("Le Kremlin affirme que l’opposition fervente de Washington au projet est simplement motivée par des "
     "raisons économiques et constitue un exemple de compétition déloyale.", "OPP"),
    ("L’attaquant du Portugal et de la Juventus a été accusé d’avoir violé une Américaine du nom de Kathryn "
     "Mayorga dans une chambre d’hôtel de Las Vegas en\xa02009.", "UAF"),
    ("Le capitaine de la police, Brian O’Hagan fit les déclarations suivantes\xa0: «\xa0L’enquête vient à peine de "
     "commencer, mais je voudrais demander à toute personne qui se trouvait aux alentours de John Street à "
     "Birkenhead et qui aurait vu ou entendu quoique ce soit de suspect de nous contacter.", "CRM"),
    ("Joan Puig, mécanicien de 42\xa0ans, qui filme la manifestation de soutien à la police sur son téléphone, "
     "juge que les politiciens sont responsables du blocage de la situation, d’un côté comme de l’autre.",
     "JUD"),
]


@pytest.mark.parametrize("text,sector", NOT_GROUPS)
def test_not_groups(text, sector):
    assert sector not in {m.sector for m in analyse(text, LANG).mentions if m.kind == "institution"}
