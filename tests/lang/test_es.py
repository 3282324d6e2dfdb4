"""Spanish language data: countries and demonyms, false friends, event triggers, markers,
groups inside one country (police, protesters, suspects) and their events.

Every input is a real sentence (or a short run of consecutive sentences) from
../shared/corpus (the NTREX Spanish stories and the dev documents), copied verbatim.
"""
from __future__ import annotations

import pytest

from tests.conftest import analyse, codes_of, key, keys_of, reports, side, sides_of, with_groups

LANG = "es"


CODES = [
    # CLDR names; the government's seat used for the government ("Beijing", "Washington").
    ("Los diplomáticos observaron que la República Dominicana y Panamá ya habían reconocido a Beijing, "
     "con un ligero rechazo por parte de Washington.", {"DOM", "PAN", "CHN", "USA"}),
    # Demonym without hyphen ("surcoreano").
    ("El número de desertores de Corea del Norte a Corea del Sur ha disminuido desde que Kim Jong-un "
     "llegó al poder hace siete años, ha dicho un legislador surcoreano.", {"PRK", "KOR"}),
    # "EE. UU." stays one sentence and one country.
    ('El embajador de EE. UU. acusa a China de hacer "bullying" con "anuncios propagandísticos"', {"USA", "CHN"}),
    # Plural feminine demonym ("estadounidenses") and a US body ("Departamento de Estado").
    ("Los funcionarios del Departamento de Estado decidieron hacer regresar a los jefes de las misiones "
     "diplomáticas estadounidenses en El Salvador, la República Dominicana y Panamá debido a las "
     "“decisiones recientes de dejar de reconocer a Taiwán”, dijo Heather Nauert, la portavoz del "
     "departamento, en un comunicado este mes.", {"USA", "SLV", "DOM", "PAN", "TWN"}),
    # Seat of power: the Kremlin.
    ("El Kremlin defiende que la ferviente oposición de Washington al proyecto responde únicamente a "
     "motivos económicos y es una muestra más de competencia desleal.", {"RUS", "USA"}),
    # False friend: "reunión" (meeting) is not La Réunion.
    ("La reunión de Trump con Rosenstein podría posponerse de nuevo, según la Casa Blanca", {"USA"}),
]


@pytest.mark.parametrize("text,expected", CODES)
def test_codes(text, expected):
    assert codes_of(text, LANG) == expected


EVENTS = [
    # CONSULT: nominal "reunión ... entre".
    ('"Supone un gran problema cuando un tercer estado interfiere en nuestro suministro energético", '
     "dijo Dieter Kempf, director de la Federación de Industrias Alemanas (BDI) tras una reunión que se "
     "celebró recientemente entre la Canciller alemana, Angela Merkel, y el Presidente ruso, Vladimir Putin.",
     {key("CONSULT", "DEU", "RUS")}),
    # SUPPORT: recognising another government.
    ("Los diplomáticos observaron que la República Dominicana y Panamá ya habían reconocido a Beijing, "
     "con un ligero rechazo por parte de Washington.", {key("SUPPORT", "DOM", "CHN"), key("SUPPORT", "PAN", "CHN")}),
    # SUPPORT: "su apoyo a".
    ("Estados Unidos consideró penalizar a El Salvador por su apoyo a China, aunque después de echó atrás",
     {key("SUPPORT", "SLV", "CHN")}),
    # ACCUSE: present tense in a headline.
    ('El embajador de EE. UU. acusa a China de hacer "bullying" con "anuncios propagandísticos"',
     {key("ACCUSE", "USA", "CHN")}),
    # ACCUSE: "echar la culpa" (to blame).
    ("Pero el sábado, el ministro de Asuntos Exteriores de Corea del Norte, Ri Yong-ho, echó la culpa a "
     "las sanciones estadounidenses por la falta de progreso.", {key("ACCUSE", "PRK", "USA")}),
    # REJECT: nominal "rechazo de".
    ("La postura estadounidense se ha encontrado, sin embargo, con el rechazo de Alemania, quien ha "
     "reafirmado su compromiso con el proyecto.", {key("REJECT", "USA", "DEU")}),
    # AGREE: "comprometerse a".
    ("China se ha comprometido a igualar los ataques de los EE. UU., y es poco probable que la segunda "
     "economía más potente del mundo vaya a aflojar pronto.", {key("AGREE", "CHN", "USA")}),
    # SANCTION: recalling envoys, and no longer recognising Taiwan.
    ("Los funcionarios del Departamento de Estado decidieron hacer regresar a los jefes de las misiones "
     "diplomáticas estadounidenses en El Salvador, la República Dominicana y Panamá debido a las "
     "“decisiones recientes de dejar de reconocer a Taiwán”, dijo Heather Nauert, la portavoz del "
     "departamento, en un comunicado este mes.",
     {key("SANCTION", "USA", "SLV"), key("SANCTION", "USA", "DOM"), key("SANCTION", "USA", "PAN"),
      key("SANCTION", "SLV", "TWN"), key("SANCTION", "DOM", "TWN"), key("SANCTION", "PAN", "TWN")}),
    # AID: "una ayuda ... estadounidenses".
    ("Pero solo se decidió sancionar a El Salvador, que ya había recibido una ayuda de alrededor de 140 "
     "millones de dolares estadounidenses 2017 para, entre otros asuntos, el control del narcotráfico, "
     "el desarrollo y el apoyo económico.", {key("AID", "USA", "SLV")}),
    # PROTEST: demonstrations by Turks in Germany.
    ("Estas manifestaciones reflejan lo divisivo que es este visitante, recibido como un héroe por "
     "algunos turcos alemanes y considerado un autócrata por otros.", {key("PROTEST", "TUR", "DEU")}),
]


@pytest.mark.parametrize("text,expected", EVENTS)
def test_event_types(text, expected):
    assert expected <= keys_of(text, LANG)


def test_negation_drops_event():
    # "sin nuevas amenazas ni castigos": no threat, no punishment.
    text = ("Los tres enviados estadounidenses regresaron tranquilamente a El Salvador, Panamá y la "
            "República Dominicana sin nuevas amenazas ni castigos por parte de Washington.")
    assert {"USA", "SLV", "PAN", "DOM"} <= codes_of(text, LANG)
    assert not {k for k in keys_of(text, LANG) if k[0] in ("THREATEN", "SANCTION")}


def test_future_becomes_agree():
    # "será ... mantener conversaciones": talks still to come are AGREE, not CONSULT.
    text = ("Bolivia y Chile continuarán hablando en algún momento, pero será extremadamente difícil "
            "mantener conversaciones después de esto.")
    keys = keys_of(text, LANG)
    assert key("AGREE", "BOL", "CHL") in keys
    assert key("CONSULT", "BOL", "CHL") not in keys


def test_hypothetical_drops_event():
    # "consideró penalizar": considered, not done.
    text = "Estados Unidos consideró penalizar a El Salvador por su apoyo a China, aunque después de echó atrás"
    assert not {k for k in keys_of(text, LANG) if k[0] == "SANCTION"}


def test_two_sides():
    # "los líderes de los dos países" resolves to the two Koreas named before.
    text = ("El número de desertores de Corea del Norte a Corea del Sur ha disminuido desde que Kim Jong-un "
            "llegó al poder hace siete años, ha dicho un legislador surcoreano.\n"
            "A principios de mes, los líderes de los dos países se reunieron en Pyongyang para tener "
            "conversaciones que se centraron en las negociaciones de desnuclearización.")
    assert key("CONSULT", "PRK", "KOR") in keys_of(text, LANG)


@pytest.mark.parametrize("text,value", [
    ("El sábado 29\xa0de septiembre había sonrisas y un cielo azul durante el desayuno de los líderes de "
     "Turquía y Alemania en Berlín.", "2018-09-29"),
    ("Pero a mediados de septiembre, los altos funcionarios de la administración dejaron claro que su "
     "intención era que la conferencia siguiera adelante, lo que ponía fin a cualquier consideración de "
     "sanciones para El Salvador.", "--09"),
    ("Trump tuvo una afable reunión con el Presidente Juan Carlos Varela de Panamá en junio de 2017 y "
     "ocupó un hotel en Panamá hasta que los socios desalojaron al equipo de administración de la "
     "Organización Trump.", "2017-06"),
])
def test_dates(text, value):
    assert value in {m.value for m in analyse(text, LANG).mentions if m.kind == "date"}



# (text, type, actor side, recipient side); a recipient of None is not checked, for events
# whose target the text does not name as a group.
DOMESTIC = [
    # COERCE: "fueron arrestadas" after a clash with "los antidisturbios" (riot police) in Barcelona.
    ("Seis personas fueron arrestadas el sábado en Barcelona después de que manifestantes independentistas se "
     "enfrentaran a los antidisturbios mientras miles de personas participaban en manifestaciones opositoras "
     "coincidiendo con el primer aniversario del polarizado referéndum de Cataluña sobre la secesión.",
     "COERCE", side(("ESP", "COP")), side(("ESP", "CVL"))),
    # PROTEST: the same sentence reports the demonstrators' protest.
    ("Seis personas fueron arrestadas el sábado en Barcelona después de que manifestantes independentistas se "
     "enfrentaran a los antidisturbios mientras miles de personas participaban en manifestaciones opositoras "
     "coincidiendo con el primer aniversario del polarizado referéndum de Cataluña sobre la secesión.",
     "PROTEST", side(("ESP", "CVL")), None),
    # COERCE: impersonal "se ha arrestado a un sospechoso" (a criminal suspect).
    ("La policía de Baton Rouge (Luisiana) anunció este sábado que se ha arrestado a un sospechoso por la "
     "muerte a tiros de Wayde Sims, el jugador de baloncesto del LSU, el pasado viernes.",
     "COERCE", side(("USA", "COP")), side(("USA", "CRM"))),
    # ASSAULT: the suspect is arrested for the shooting ("la muerte a tiros"); the victim is a person.
    ("La policía de Baton Rouge (Luisiana) anunció este sábado que se ha arrestado a un sospechoso por la "
     "muerte a tiros de Wayde Sims, el jugador de baloncesto del LSU, el pasado viernes.",
     "ASSAULT", side(("USA", "CRM")), None),
    # PROTEST: demonstrators at the Senate; the country comes from the sentence before.
    ('"Las mujeres no van a olvidar lo que sucedió ayer; no lo van a olvidar mañana ni en noviembre", afirmó '
     "el viernes Karine Jean-Pierre, una asesora sénior y portavoz nacional del grupo progresista MoveOn, "
     "según el periódico de Washington, D.C.\n"
     'El viernes por la mañana, los manifestantes que se congregaron a las puertas del Senado entonaban '
     '"November is coming!" (¡noviembre llegará pronto!) en el momento en el que los republicanos que '
     "controlaban el Comité Judicial decidieron seguir adelante con la candidatura de Kavanaugh, a pesar del "
     "testimonio de la Dra. Christine Blasey Ford, según informó el Mic.",
     "PROTEST", side(("USA", "CVL")), None),
]


@pytest.mark.parametrize("text,etype,actor,recipient", DOMESTIC)
def test_domestic(text, etype, actor, recipient):
    found = sides_of(text, LANG)
    assert reports(found, etype, actor, recipient)


# Sentences that report no domestic event: police describing a shooting, a negated repression.
NOT_DOMESTIC = [
    "Los oficiales de policía describieron el tiroteo, que ocurrió alrededor de las 02:30 (hora británica), "
    "como un “acto aleatorio”.",
    "El sábado, López Obrador prometió en Plaza Tlatelolco que “nunca utilizaría al ejército para reprimir al "
    "pueblo de México”.",
]


@pytest.mark.parametrize("text", NOT_DOMESTIC)
def test_not_domestic(text):
    assert not with_groups(sides_of(text, LANG))


# Words that name a group elsewhere but not here: "la oposición de X al proyecto" is an
# objection, "sus opositores" anyone's opponents, "civiles" and "sospechoso" adjectives, a
# candidate "al Tribunal Supremo" not the court itself.
NOT_GROUPS = [
    ("Como son muchos los republicanos de renombre que están cerrando filas a favor del candidato al Tribunal "
     "Supremo Brett Kavanaugh frente a las diversas acusaciones de agresión sexual, los analistas han advertido "
     "que puede producirse un retroceso, especialmente por parte de las mujeres, en las próximas votaciones que "
     "se celebran a mitad de legislatura.", "JUD"),
    ("El Kremlin defiende que la ferviente oposición de Washington al proyecto responde únicamente a motivos "
     "económicos y es una muestra más de competencia desleal.", "OPP"),
    ("La Primera Ministra está luchando para mantener en pie el plan del compromiso que se firmó en Chequers "
     "en medio de los ataques de los favorables al Brexit, sus opositores y la UE.", "OPP"),
    ("La iconoclasia de las guerras civiles inglesas no fue ordenada ni llevada a cabo por Cromwell.", "CVL"),
    ("El inspector Brian O'Hagan comentó: “La investigación se encuentra en las fases iniciales, pero animaría "
     "a cualquiera que estuviese estado cerca de Jonh Street, en Birkenhead, y que haya visto u oído algo "
     "sospechoso a que contactase con nosotros.", "CRM"),
]


@pytest.mark.parametrize("text,sector", NOT_GROUPS)
def test_not_groups(text, sector):
    assert sector not in {m.sector for m in analyse(text, LANG).mentions if m.kind == "institution"}
