"""Round 3 of the lexicon: how German news writes about USA-China, Russia-China, the Koreas,
Japan, Taiwan, Ukraine and the Middle East. Each row added for it has its own example (tested
by test_lexicon_examples.py); here are further variants that must be coded, and modal,
negated, domestic and wrong-sense uses of the same words that must not be."""

from __future__ import annotations

import pytest
from tests.events.conftest import assert_coded, assert_quiet, country

# (sentence, expected CAMEO prefix, source, target)
CODED = [
    # envoys, reopened channels, consultations of two named sides (04)
    ("Washington schickte einen Sondergesandten nach Seoul.", "042", "USA", "KOR"),
    ("Japan entsandte einen Sondergesandten zu Gesprächen nach Peking.", "042", "JPN", "CHN"),
    (
        "Peking und Washington haben die Kommunikation zwischen ihren Streitkräften wieder "
        "aufgenommen.",
        "040",
        "CHN",
        "USA",
    ),
    ("Putin und Xi berieten über die Ukraine.", "040", "RUS", "CHN"),
    ("Die USA und Japan berieten über Nordkorea.", "040", "USA", "JPN"),
    # joint declarations, joint exercises named by any -übung (05, 06)
    (
        "Russland und China unterzeichneten in Moskau eine gemeinsame Erklärung.",
        "057",
        "RUS",
        "CHN",
    ),
    (
        "Indien und Japan führten eine gemeinsame Seeübung im Indischen Ozean durch.",
        "062",
        "IND",
        "JPN",
    ),
    # energy exported or supplied (061)
    ("Katar exportiert Flüssiggas nach Deutschland.", "061", "QAT", "DEU"),
    ("Katar versorgt Pakistan mit Flüssiggas.", "061", "QAT", "PAK"),
    # arms supplied, sold, made available, handed over, received (072)
    ("Nordkorea versorgt Russland mit Artilleriegranaten.", "072", "PRK", "RUS"),
    ("Die USA versorgten Israel mit Munition.", "072", "USA", "ISR"),
    ("Washington billigte den Waffenverkauf an Saudi-Arabien.", "072", "USA", "SAU"),
    ("Berlin stimmte dem Verkauf von Panzern an Katar zu.", "072", "DEU", "QAT"),
    ("Die USA stellten Israel weitere Raketen bereit.", "072", "USA", "ISR"),
    ("Norwegen übergab der Ukraine Flugabwehrsysteme.", "072", "NOR", "UKR"),
    ("Die Ukraine erhielt aus den USA Patriot-Systeme.", "072", "USA", "UKR"),
    ("Die Ukraine erhielt aus Deutschland weitere Leopard-Panzer.", "072", "DEU", "UKR"),
    # concern, insults, enemies, interference forbidden (111)
    ("Japan äußerte Besorgnis über die Raketentests Nordkoreas.", "111", "JPN", "PRK"),
    ("Südkorea zeigte sich beunruhigt über die Raketenstarts Nordkoreas.", "111", "KOR", "PRK"),
    ("Pjöngjang beschimpfte Washington als Aggressor.", "111", "PRK", "USA"),
    ("Russland erklärte die Ukraine zum Feindstaat.", "111", "RUS", "UKR"),
    ("Peking verbittet sich die Kritik Japans.", "111", "CHN", "JPN"),
    # intercepting aircraft, encircling in a drill (150)
    (
        "Ein russischer Kampfjet fing ein britisches Aufklärungsflugzeug über dem Schwarzen "
        "Meer ab.",
        "150",
        "RUS",
        "GBR",
    ),
    ("Japanische Kampfjets fingen chinesische Bomber ab.", "150", "JPN", "CHN"),
    ("Bei dem Manöver umzingelten chinesische Kriegsschiffe Taiwan.", "150", "CHN", "TWN"),
    # tariffs, bans on sales and exports, transit, trade privileges, treaties (16)
    ("China verhängte Vergeltungszölle auf Waren aus der EU.", "163", "CHN", "IGOEUREEC"),
    ("Kanada erhob Gegenzölle auf amerikanische Produkte.", "163", "CAN", "USA"),
    ("Die EU reagierte mit Gegenzöllen auf die Zölle der USA.", "163", "IGOEUREEC", "USA"),
    ("Die USA belegten chinesische Elektroautos mit Zöllen.", "163", "USA", "CHN"),
    ("Japan verbot den Verkauf von Halbleitern an Russland.", "163", "JPN", "RUS"),
    ("Deutschland untersagte den Export von Waffen nach Saudi-Arabien.", "163", "DEU", "SAU"),
    ("Die EU verhängte Exportkontrollen gegen Russland.", "163", "IGOEUREEC", "RUS"),
    ("Litauen stoppte den Transit von Waren nach Russland.", "163", "LTU", "RUS"),
    ("Die USA entzogen China Handelsvorteile.", "163", "USA", "CHN"),
    ("Die USA haben Indien Zollvergünstigungen entzogen.", "163", "USA", "IND"),
    ("Russland setzte das Abkommen mit der Ukraine außer Kraft.", "160", "RUS", "UKR"),
    # hacking into another state's networks (170)
    ("Russische Hacker drangen in das Netzwerk des Bundestags ein.", "170", "RUS", "DEU"),
    (
        "Nordkoreanische Hacker sind in Computer der südkoreanischen Regierung eingedrungen.",
        "170",
        "PRK",
        "KOR",
    ),
    (
        "Chinesische Hacker hackten das Computersystem des japanischen Außenministeriums.",
        "170",
        "CHN",
        "JPN",
    ),
    # weapons used against, aircraft and balloons brought down, occupation (19)
    ("Israel setzte Phosphorbomben gegen die Hisbollah ein.", "190", "ISR", "LBN"),
    ("Russland setzt Gleitbomben gegen ukrainische Städte ein.", "190", "RUS", "UKR"),
    ("Die Ukraine brachte einen russischen Kampfjet zum Absturz.", "190", "UKR", "RUS"),
    ("Die USA schossen einen chinesischen Ballon ab.", "190", "USA", "CHN"),
    ("Russland besetzte die Krim im Jahr 2014.", "192", "RUS", "UKR"),
    # round 3b/3c: relations restored, arms packages, cooperation criticised, warning shots,
    # visas revoked, shooting down as a noun, talks called off or frozen, airspace closed
    (
        "Riad und Teheran hatten ihre Beziehungen im März 2023 wiederhergestellt.",
        "054",
        "SAU",
        "IRN",
    ),
    (
        "Die USA genehmigten ein Rüstungspaket für Taiwan im Wert von elf Milliarden Dollar.",
        "072",
        "USA",
        "TWN",
    ),
    ("Der US-Senat billigte Militärhilfe für die Ukraine.", "072", "USA", "UKR"),
    (
        "Das Außenministerium in Seoul verurteilte die Zusammenarbeit zwischen Nordkorea und "
        "Russland als Kriegsverbrechen.",
        "111",
        "KOR",
        "RUS",
    ),
    (
        "Japan kritisierte die militärische Zusammenarbeit zwischen China und Russland.",
        "111",
        "JPN",
        "CHN",
    ),
    (
        "Die USA äußerten große Besorgnis über die Zusammenarbeit zwischen Russland und Nordkorea.",
        "111",
        "USA",
        "PRK",
    ),
    (
        "Das südkoreanische Militär gab Warnschüsse auf nordkoreanische Soldaten ab.",
        "150",
        "KOR",
        "PRK",
    ),
    ("Die USA entzogen dem kolumbianischen Präsidenten das Visum.", "172", "USA", "COL"),
    ("Nach dem Abschuss einer russischen Drohne durch Polen tagte die Nato.", "190", "POL", "RUS"),
    (
        "Die für Sonntag geplante Gesprächsrunde zwischen den USA und dem Iran sagte Teheran ab.",
        "164",
        "IRN",
        "USA",
    ),
    ("Die USA haben die Gespräche mit dem Iran eingefroren.", "164", "USA", "IRN"),
    (
        "Zugleich sperrte Algier seinen Luftraum für alle Flüge aus und nach Mali.",
        "172",
        "DZA",
        "MLI",
    ),
    (
        "Trump und Xi haben sich auf eine Entspannung im Handelskonflikt verständigt.",
        "057",
        "USA",
        "CHN",
    ),
    # plain support, labels, alliances and pacts, damage by strikes
    ("Deutschland unterstützt die Ukraine politisch.", "051", "DEU", "UKR"),
    ("Die USA unterstützen Israel diplomatisch.", "051", "USA", "ISR"),
    ("Polen wird von Litauen politisch unterstützt.", "051", "LTU", "POL"),
    ("Die USA stuften Nordkorea als Bedrohung ein.", "111", "USA", "PRK"),
    ("Südkorea und Japan bekräftigten ihre Partnerschaft.", "050", "KOR", "JPN"),
    ("Biden bekräftigte das Bündnis mit Japan.", "050", "USA", "JPN"),
    ("Die Philippinen erneuerten ihr Bündnis mit den USA.", "057", "PHL", "USA"),
    ("Russland und Nordkorea haben einen Beistandspakt geschlossen.", "057", "RUS", "PRK"),
    ("Russische Raketen beschädigten Wohnhäuser in Kiew.", "190", "RUS", "UKR"),
    ("Der Angriff Russlands beschädigte ein Krankenhaus in Charkiw.", "190", "RUS", "UKR"),
    # round 3d: missions, aid resumed, tariffs and export controls eased, people returned,
    # clashes, troops at a border, intelligence sharing suspended
    ("Die USA wollen die Militärhilfe für die Ukraine wieder aufnehmen.", "0332", "USA", "UKR"),
    ("Washington setzte die Zölle gegen Kanada aus.", "085", "USA", "CAN"),
    ("Die Ukraine gab 50 russische Kriegsgefangene an Russland zurück.", "0841", "UKR", "RUS"),
    ("Pakistan entsandte zusätzliche Soldaten an die Grenze zu Afghanistan.", "154", "PAK", "AFG"),
    ("Die USA setzten den Austausch von Informationen mit Israel aus.", "160", "USA", "ISR"),
    # round 3e: threats, rehearsed blockades, attacks carried out, reconquest
    ("Nordkorea bedrohte Japan mit Raketen.", "130", "PRK", "JPN"),
    ("Die Armee Chinas probte die Blockade Taiwans.", "150", "CHN", "TWN"),
    ("Russland führte einen Angriff auf Kiew aus.", "190", "RUS", "UKR"),
    ("Die USA führten einen Drohnenangriff im Jemen durch.", "195", "USA", "YEM"),
    ("Der Iran führte einen Vergeltungsschlag gegen Israel aus.", "190", "IRN", "ISR"),
    ("Russland eroberte das Dorf von der Ukraine zurück.", "190", "RUS", "UKR"),
    # round 3f: reliable partners, understanding, denials, reproaches
    ("Die USA nannten Japan ihren treuesten Verbündeten.", "051", "USA", "JPN"),
    ("Lawrow bezeichnete China als verlässlichen Partner.", "051", "RUS", "CHN"),
    ("Macron bezeichnete Deutschland als engsten Verbündeten.", "051", "FRA", "DEU"),
    ("Die Türkei äußerte Verständnis für die Sorgen Schwedens.", "051", "TUR", "SWE"),
    ("Russland verwahrte sich gegen die Anschuldigungen der Ukraine.", "120", "RUS", "UKR"),
    ("Seoul hielt Tokio vor, die Geschichte zu leugnen.", "112", "KOR", "JPN"),
    # round 3g: ceasefires in force, concerns registered, courts, warnings issued,
    # recognition withdrawn, answering with strikes
    ("Zwischen Russland und der Ukraine trat eine Waffenruhe in Kraft.", "0871", "RUS", "UKR"),
    ("Südkorea meldete Bedenken gegenüber Japan an.", "111", "KOR", "JPN"),
    ("Südafrika rief den Internationalen Gerichtshof gegen Israel an.", "115", "ZAF", "ISR"),
    (
        "Japan gab eine Warnung heraus, Nordkorea solle keine Raketen mehr testen.",
        "130",
        "JPN",
        "PRK",
    ),
    ("Der Iran antwortete mit Raketen auf den Angriff Israels.", "190", "IRN", "ISR"),
    ("Russland reagierte mit Gegenangriffen auf die Ukraine.", "190", "RUS", "UKR"),
    # round 3h: weapons sold, dialogue resumed, export licences and rules, troops moving in,
    # imports of another state's goods (genitive), blacklists, farm purchases
    ("Die USA verkaufen Polen Kampfhubschrauber.", "072", "USA", "POL"),
    ("Washington und Peking haben den Dialog wieder aufgenommen.", "040", "USA", "CHN"),
    ("Japan verweigerte Exportgenehmigungen für Russland.", "163", "JPN", "RUS"),
    ("China stoppte die Einfuhr japanischer Meeresfrüchte.", "163", "CHN", "JPN"),
    (
        "China setzte amerikanische Firmen auf die Liste unzuverlässiger Unternehmen.",
        "163",
        "CHN",
        "USA",
    ),
    ("China kaufte wieder Sojabohnen aus den USA.", "061", "CHN", "USA"),
    ("Die israelische Armee rückte in Rafah ein.", "192", "ISR", "PSE"),
    # round 3i: aid let through or blocked, trade broken off, revenues withheld, water cannon,
    # bombs hitting, power knocked out, offensives repelled
    (
        "Israel ließ erstmals Lastwagen mit Hilfsgütern in den Gazastreifen passieren.",
        "0863",
        "ISR",
        "PSE",
    ),
    ("Russland brach den Handel mit Litauen ab.", "163", "RUS", "LTU"),
    ("Israel hielt Zolleinnahmen der Palästinenser zurück.", "163", "ISR", "PSE"),
    ("Eine russische Bombe traf ein Wohnhaus in Charkiw.", "195", "RUS", "UKR"),
    ("Russland legte das ukrainische Stromnetz mit Raketenangriffen lahm.", "190", "RUS", "UKR"),
    ("Ukrainische Truppen schlugen die russische Offensive zurück.", "190", "UKR", "RUS"),
    # round 3j: unity and strength shown, terror lists, retreats
    ("China und Russland demonstrierten Geschlossenheit gegen den Westen.", "050", "CHN", "RUS"),
    ("China demonstrierte seine Macht gegenüber Taiwan.", "150", "CHN", "TWN"),
    ("Die USA nahmen Kuba von der Terrorliste.", "085", "USA", "CUB"),
    ("Die USA nahmen Kuba 2021 wieder auf die Terrorliste.", "163", "USA", "CUB"),
    ("Israel zog sich aus Teilen des Gazastreifens zurück.", "0874", "ISR", "PSE"),
    ("Tausende Iraner demonstrierten gegen die USA.", "141", "IRN", "USA"),
    # round 3k: data shared, taking part in drills, tariffs of any kind, parts for weapons
    ("Die Ukraine und Polen teilen Daten über russische Drohnen.", "064", "UKR", "POL"),
    ("Die USA teilten Geheimdienstinformationen mit der Ukraine.", "064", "USA", "UKR"),
    ("Deutschland beteiligte sich an einer Übung mit Japan.", "062", "DEU", "JPN"),
    ("Die EU verhängte Zusatzzölle auf chinesische E-Autos.", "163", "IGOEUREEC", "CHN"),
    ("China lieferte Russland Drohnenteile.", "072", "CHN", "RUS"),
    ("Russland unterstützt Nordkorea beim Satellitenprogramm.", "051", "RUS", "PRK"),
    # round 3l: railing, broadsides, snubs, confrontation, action taken against
    ("Peking feuerte eine verbale Breitseite gegen Washington ab.", "111", "CHN", "USA"),
    ("Die Türkei brüskierte Schweden.", "110", "TUR", "SWE"),
    ("Trump stieß Kanada mit seinen Zöllen vor den Kopf.", "110", "USA", "CAN"),
    # round 3m: phone and video talks, talks held, working dinners, train journeys
    ("Putin und Xi sprachen per Videoschalte miteinander.", "041", "RUS", "CHN"),
    ("Macron fuhr mit dem Nachtzug nach Kiew.", "042", "FRA", "UKR"),
    # round 3n: coordinating, coordination stepped up, financing
    ("China und Russland stimmten sich in der Ukraine-Frage eng ab.", "040", "CHN", "RUS"),
    ("Südkorea und Japan vertieften ihre Koordinierung.", "050", "KOR", "JPN"),
    ("Der Iran finanziert die Armee Syriens.", "071", "IRN", "SYR"),
]

# (sentence, CAMEO root that must not be coded)
NOT_CODED = [
    # modal and negated
    ("Die USA wollen einen Sondergesandten nach Peking schicken.", "04"),
    ("Russland und Nordkorea könnten eine gemeinsame Erklärung unterzeichnen.", "05"),
    ("Russland und Belarus wollen eine gemeinsame Übung abhalten.", "06"),
    ("Russland hat kein Öl nach Indien exportiert.", "06"),
    ("China will Russland nicht mit Waffen versorgen.", "07"),
    ("Die USA haben keine Waffenverkäufe an Taiwan genehmigt.", "07"),
    ("Nordkorea will eine Interkontinentalrakete testen.", "15"),
    ("China will Gegenzölle auf Waren aus den USA verhängen.", "16"),
    ("Mexiko könnte Gegenzölle auf US-Waren erheben.", "16"),
    ("Nordkorea will das Abkommen mit Südkorea außer Kraft setzen.", "16"),
    ("Russland könnte Atomwaffen gegen die Ukraine einsetzen.", "20"),
    # other senses of the same words, and trade that is no weapon or energy
    ("Der Verein schickte einen Gesandten nach München.", "04"),
    ("Die Polizei nahm die Kommunikation mit den Entführern auf.", "04"),
    ("Die Experten berieten den Minister.", "04"),
    ("Die USA berieten die Ukraine in Fragen der Verteidigung.", "04"),
    ("Der Präsident unterzeichnete die Erklärung.", "05"),
    ("Die Feuerwehr und die Polizei führten eine gemeinsame Übung durch.", "06"),
    ("Die Firma exportiert Autos nach China.", "06"),
    ("Die Stadt versorgt die Bürger mit Strom.", "06"),
    ("Der Konzern versorgt das Militär mit Munition.", "07"),
    ("Deutschland stimmte dem Verkauf von Autos an China zu.", "07"),
    ("Der Bundestag stimmte dem Verkauf des Hauses zu.", "07"),
    ("Die Stadt stellte den Schülern Drohnen bereit.", "07"),
    ("Die Polizei übergab der Staatsanwaltschaft die Munition.", "07"),
    ("Der Minister äußerte Besorgnis über die Inflation.", "11"),
    ("Der Trainer zeigte sich besorgt über die Verletzung.", "11"),
    ("Der Fan beschimpfte den Schiedsrichter.", "11"),
    ("Die Regierung erklärte den Notstand.", "11"),
    ("Der Trainer verbat sich die Kritik der Fans.", "11"),
    ("Der Konzern testete eine neue Rakete für Satelliten.", "15"),
    ("Die israelische Luftabwehr fing iranische Raketen ab.", "15"),
    ("Der Torwart fing den Ball ab.", "15"),
    ("Die Polizei umzingelte das Haus.", "15"),
    ("China reagierte mit Protest auf die Waffenlieferungen der USA.", "16"),
    ("Die Stadt verbot den Verkauf von Alkohol an Jugendliche.", "16"),
    ("Die Behörde untersagte den Verkauf des Medikaments.", "16"),
    ("Die Firma stoppte den Transit der Waren.", "16"),
    ("Die Regierung entzog dem Verein die Lizenz.", "16"),
    ("Der Präsident setzte das Gesetz außer Kraft.", "16"),
    ("Die Einbrecher drangen in das Haus ein.", "17"),
    ("Russische Truppen drangen in das Dorf ein.", "17"),
    ("Der Koch hackte die Zwiebeln.", "17"),
    ("Die Polizei setzte Drohnen gegen die Schmuggler ein.", "19"),
    ("Die USA setzten sich gegen Russland ein.", "19"),
    ("Der Sturm brachte das Flugzeug zum Absturz.", "19"),
    ("Der Minister besetzte die Stelle neu.", "19"),
    # round 3b/3c
    ("Die beiden Nachbarn haben ihre Beziehungen nicht wiederhergestellt.", "05"),
    ("Der Verein hat die Beziehungen zu seinen Fans wiederhergestellt.", "05"),
    ("Washington will ein Rüstungspaket für Taiwan genehmigen.", "07"),
    ("Der Minister kritisierte die Zusammenarbeit zwischen Bund und Ländern.", "11"),
    ("Seoul verurteilte die Zusammenarbeit zwischen Nordkorea und Russland nicht.", "11"),
    ("Der Polizist gab Warnschüsse ab.", "15"),
    ("Die Behörde entzog dem Studenten das Visum.", "17"),
    ("Die USA wollen dem Minister das Visum entziehen.", "17"),
    ("Nach dem Abschuss einer Rakete durch Nordkorea tagte der Sicherheitsrat.", "19"),
    ("Der Abschuss der Drohne durch den Jäger war ein Unfall.", "19"),
    ("China unterstützt Russland nicht.", "05"),
    ("Japan will die Ukraine politisch unterstützen.", "05"),
    ("Die USA unterstützen die Ukraine weiterhin mit Waffen.", "05"),
    ("Der Verein unterstützt die Stadt politisch.", "05"),
    ("Der von Moskau politisch unterstützte Präsident Serbiens traf Orban.", "05"),
    ("Die Behörde unterstützt die Polizei bei der Suche.", "05"),
    ("Der Verfassungsschutz stufte die Partei als extremistisch ein.", "11"),
    ("Die Versicherung stufte den Fahrer als Risiko ein.", "11"),
    ("Der Verein bekräftigte die Partnerschaft mit dem Sponsor.", "05"),
    ("Russland will einen Verteidigungspakt mit dem Iran schließen.", "05"),
    ("Die Tarifparteien froren die Gespräche ein.", "16"),
    ("Der Sturm beschädigte Häuser in Bayern.", "19"),
    ("Der Kanzler drückte sein Bedauern gegenüber der Opposition aus.", "05"),
    # round 3d
    ("Die Firma eröffnete eine Vertretung in München.", "05"),
    ("Die Stadt nahm die Hilfe für Obdachlose wieder auf.", "07"),
    ("Die USA setzten die Zölle auf chinesische Waren nicht aus.", "08"),
    ("Die Regierung setzte die Zölle auf Kaffee aus.", "08"),
    ("Der Händler gab die Ware an den Kunden zurück.", "08"),
    ("Die Nato will Truppen an die Grenze zu Russland entsenden.", "15"),
    ("Die Universität setzte den Austausch mit Russland aus.", "16"),
    # round 3e
    ("Die Inflation bedroht die Ukraine.", "13"),
    ("Chinas Wirtschaftsschwäche bedroht Deutschlands Exporte.", "13"),
    ("Der Hurrikan bedrohte Kuba.", "13"),
    ("Russland hat die Ukraine nicht bedroht.", "13"),
    ("Die Schauspieler probten das Stück.", "15"),
    ("Israel will einen Gegenschlag gegen den Iran ausführen.", "19"),
    ("Der Stürmer führte einen Angriff auf das Tor aus.", "19"),
    ("Der Verein eroberte die Tabellenspitze zurück.", "19"),
    # round 3f
    ("Trump nannte die EU einen unzuverlässigen Partner.", "05"),
    ("Biden bezeichnete China als strategischen Rivalen.", "05"),
    ("Der Trainer nannte den Spieler einen verlässlichen Partner.", "05"),
    (
        "Obama hat Versäumnisse der europäischen Verbündeten als eine der Ursachen für die Krise "
        "in Libyen bezeichnet.",
        "05",
    ),
    ("Der Minister äußerte Verständnis für die Bauern.", "05"),
    ("Der Lehrer hielt dem Schüler seine Fehler vor.", "11"),
    ("Die Regierung hielt an ihrem Kurs fest.", "11"),
    # round 3g
    ("Eine Waffenruhe zwischen Israel und dem Libanon soll am Montag in Kraft treten.", "08"),
    ("Das neue Gesetz trat in Kraft.", "08"),
    ("Der Betriebsrat meldete Bedenken an.", "11"),
    ("Der Kläger rief das Gericht gegen die Firma an.", "11"),
    ("Der Wetterdienst gab eine Warnung heraus.", "13"),
    ("Die Behörde entzog dem Verein die Anerkennung.", "16"),
    ("Der Minister antwortete mit einem Angriff auf die Opposition.", "19"),
    ("Die Ukraine antwortete nicht mit Raketen auf Russland.", "19"),
    ("Die Türkei reagierte empört auf den Raketenangriff auf Ankara.", "19"),
    # round 3h
    ("Die Firma verkaufte Autos an China.", "07"),
    ("Der Händler verkaufte dem Kunden eine Drohne.", "07"),
    ("Die Tarifparteien nahmen den Dialog auf.", "04"),
    ("Die Regierung verweigerte der Firma eine Exportlizenz für China.", "16"),
    ("Die Regierung verschärfte die Regeln für Banken.", "16"),
    ("Die Rekruten rückten in die Kaserne ein.", "19"),
    ("Die Forscher drangen in neue Bereiche vor.", "19"),
    ("Die Regierung stoppte die Einfuhr von Drogen.", "16"),
    # round 3i
    ("Der Türsteher ließ die Gäste passieren.", "08"),
    ("Israel hat keine humanitäre Hilfe für den Gazastreifen blockiert.", "16"),
    ("Der Stadtrat hat die Hilfe für die Vereine blockiert.", "16"),
    ("Die Firma brach den Handel mit Aktien ab.", "16"),
    ("Der Arbeitgeber hielt den Lohn zurück.", "16"),
    ("Die Küstenwache griff das Boot der Schmuggler mit Wasserwerfern an.", "17"),
    ("Die Polizei griff die Demonstranten mit Wasserwerfern an.", "17"),
    ("Die Bombe traf das Haus im Zweiten Weltkrieg.", "19"),
    ("Der Sturm legte das Stromnetz lahm.", "19"),
    ("Die Opposition stoppte die Offensive der Regierung.", "19"),
    # round 3j
    ("Nordkorea demonstrierte seine Stärke mit einer Militärparade.", "14"),
    ("China und Russland demonstrierten Einigkeit gegen den Westen.", "14"),
    ("Die USA nahmen Kuba nicht von der Terrorliste.", "08"),
    ("Der Sänger zog sich aus dem Geschäft zurück.", "08"),
    # round 3k
    ("Die USA wollen Zusatzzölle auf chinesische Waren verhängen.", "16"),
    ("Die Firma teilte ihre Daten mit der Bank.", "06"),
    ("Der Verein beteiligte sich an der Übung der Feuerwehr.", "06"),
    # round 3l
    ("Peking feuerte eine verbale Breitseite gegen Washington ab.", "19"),
    ("Der Chef stieß seine Mitarbeiter vor den Kopf.", "11"),
    ("Das Auto stieß gegen die Mauer.", "11"),
    # round 3m
    ("Russische Panzer fuhren nach Kiew.", "04"),
    ("Der Zug fuhr nach Polen.", "04"),
    ("Die Kinder hatten ein Gespräch mit dem Lehrer.", "04"),
    ("Der Minister sprach am Telefon mit seiner Frau.", "04"),
    # round 3n
    ("Das Parlament stimmte über das Gesetz ab.", "04"),
    ("Die Abgeordneten stimmten sich vor der Sitzung ab.", "04"),
    ("Die Schüler vertieften ihre Abstimmung.", "05"),
    ("Die Stadt finanziert den Wiederaufbau der Brücke.", "07"),
]

# The act is coded, but the sentence names no other state as its target.
NO_TARGET = [
    ("China kündigte Vergeltungsmaßnahmen an.", "13"),
    ("China hob die Exportbeschränkungen für Gallium auf.", "08"),
    ("Nordkorea hat eine neue Interkontinentalrakete getestet.", "15"),
    ("Der Iran testete eine ballistische Rakete.", "15"),
    ("Nordkorea hat einen Atomtest durchgeführt.", "15"),
    ("Japan zeigte sich besorgt über die Lage in Myanmar.", "11"),
]


@pytest.mark.parametrize(("text", "cameo", "source", "target"), CODED)
def test_round3_variant_is_coded(code_text, coder, text, cameo, source, target) -> None:
    assert_coded(coder, code_text, text, cameo, source, target)


@pytest.mark.parametrize(("text", "root"), NOT_CODED)
def test_round3_row_stays_quiet(code_text, text, root) -> None:
    assert_quiet(code_text, text, root)


@pytest.mark.parametrize(("text", "root"), NO_TARGET)
def test_round3_act_without_target(code_text, text, root) -> None:
    coded = [c for c in code_text(text) if c.cameo.startswith(root)]
    assert coded, f"nothing of root {root} coded in {text!r}"
    assert all(c.target is None for c in coded), [(c.rule, country(c.target)) for c in coded]
