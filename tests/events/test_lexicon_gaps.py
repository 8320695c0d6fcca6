"""Rows added to close recall gaps: variants beyond each row's own example must be coded,
and modal, negated, domestic and wrong-sense uses of the same words must not be."""

from __future__ import annotations

import pytest
from tests.events.conftest import assert_coded, assert_quiet, country

# (sentence, expected CAMEO prefix, source, target): phrasings the row examples do not show.
CODED = [
    # borders and entry rules (081 ease / 172 impose administrative sanctions)
    ("Mazedonien hat die Grenze zu Griechenland wieder geöffnet.", "081", "MKD", "GRC"),
    ("Am Donnerstag öffnete Ungarn seine Grenze zu Serbien wieder.", "081", "HUN", "SRB"),
    ("Österreich hat die Grenzkontrollen zu Slowenien aufgehoben.", "081", "AUT", "SVN"),
    ("Die Türkei hat die Einreisebestimmungen für Iraker verschärft.", "172", "TUR", "IRQ"),
    ("Russland verschärfte die Visabestimmungen für Georgier.", "172", "RUS", "GEO"),
    ("Mazedonien hat die Grenze zu Griechenland dichtgemacht.", "172", "MKD", "GRC"),
    # suspending aid or cooperation (16x)
    ("Washington legte die Militärhilfe für Ägypten auf Eis.", "1622", "USA", "EGY"),
    ("Die USA haben die Hilfe für Niger gestoppt.", "162", "USA", "NER"),
    ("Deutschland hat die Zahlungen an Niger eingefroren.", "162", "DEU", "NER"),
    # praise (051)
    ("Macron äußerte sich anerkennend über Deutschland.", "051", "FRA", "DEU"),
    # sending migrants back (174)
    ("Ungarn hat die Flüchtlinge nach Serbien zurückgeschickt.", "174", "HUN", "SRB"),
    ("Mazedonien wies Hunderte Migranten nach Griechenland zurück.", "174", "MKD", "GRC"),
    # extradition and legal assistance (0213 request / 121 refuse)
    ("Die Schweiz hat ein Auslieferungsersuchen an Russland gestellt.", "0213", "CHE", "RUS"),
    ("Deutschland hat Österreich ein Rechtshilfeersuchen übermittelt.", "0213", "DEU", "AUT"),
    ("Großbritannien hat die Auslieferung an die USA abgelehnt.", "121", "GBR", "USA"),
    # money and goods made available (07x)
    ("Japan stellte Indonesien eine Milliarde Dollar zur Verfügung.", "071", "JPN", "IDN"),
    ("Die USA haben der Ukraine weitere Raketen zur Verfügung gestellt.", "072", "USA", "UKR"),
    # statements, appeals, intent, visits
    ("Polen hat sich der Haltung Frankreichs angeschlossen.", "019", "POL", "FRA"),
    ("Der Libanon hat sich mit der Bitte um Hilfe an Frankreich gewandt.", "023", "LBN", "FRA"),
    ("Katar bot sich als Vermittler zwischen Israel und der Hamas an.", "039", "QAT", "ISR"),
    ("Scholz hält sich seit Montag zu einem Staatsbesuch in Indien auf.", "042", "DEU", "IND"),
    # endorsement, defence, agreement
    ("Frankreich hat Polen seine volle Solidarität zugesichert.", "051", "FRA", "POL"),
    ("Peking verteidigte Moskau gegen die Kritik des Westens.", "052", "CHN", "RUS"),
    (
        "Polen und Litauen haben sich auf einen gemeinsamen Fahrplan verständigt.",
        "057",
        "POL",
        "LTU",
    ),
    # disapproval, force posture, reduced relations, intervention
    ("Die Bundesregierung zeigte sich enttäuscht von Ungarn.", "110", "DEU", "HUN"),
    ("Russland hat Kriegsschiffe vor die Küste Norwegens verlegt.", "150", "RUS", "NOR"),
    ("Russland hat Europa den Gashahn zugedreht, zuerst Polen.", "163", "RUS", "POL"),
    ("Die Türkei hat militärisch in Syrien interveniert.", "190", "TUR", "SYR"),
    ("Ein Gericht im Iran verurteilte einen Deutschen zum Tode.", "173", "IRN", "DEU"),
    # regret, urging restraint, canvassing, invitations, confidence
    ("Frankreich bedauert den Rückzug Großbritanniens.", "110", "FRA", "GBR"),
    ("Washington hat Peking zur Mäßigung gemahnt.", "0256", "USA", "CHN"),
    ("Die Ukraine warb bei Ungarn um Zustimmung.", "022", "UKR", "HUN"),
    ("Xi hat Putin zu einem Staatsbesuch nach Peking eingeladen.", "036", "CHN", "RUS"),
    # threats, rebuffs, withdrawing from treaties, stabbing
    ("Berlin stellte Moskau weitere Strafmaßnahmen in Aussicht.", "1312", "DEU", "RUS"),
    ("Israel ließ die Türkei mit ihrer Forderung abblitzen.", "120", "ISR", "TUR"),
    (
        "Russland hat sich aus dem Getreideabkommen mit der Ukraine zurückgezogen.",
        "160",
        "RUS",
        "UKR",
    ),
    ("Ein Russe stach in Berlin auf einen ukrainischen Soldaten ein.", "182", "RUS", "UKR"),
    # weapons whose nouns the support rows lack
    ("Die Niederlande haben der Ukraine Flugabwehrsysteme geschickt.", "072", "NLD", "UKR"),
    # receiving from X: X is the source
    ("Russland hat aus dem Iran Drohnen erhalten.", "072", "IRN", "RUS"),
    ("Ägypten bekam von Saudi-Arabien Milliarden Dollar.", "071", "SAU", "EGY"),
    # refusing supplies, trade restrictions, ending cooperation, throwing diplomats out
    ("Berlin lehnte die Lieferung weiterer Panzer an Saudi-Arabien ab.", "12", "DEU", "SAU"),
    ("Indien kauft seit Monaten verbilligtes Öl aus Russland.", "061", "IND", "RUS"),
    ("Washington hat den Export moderner Chips nach China eingeschränkt.", "163", "USA", "CHN"),
    ("Peking hat die Einfuhr von Meeresfrüchten aus Japan gestoppt.", "163", "CHN", "JPN"),
    ("Burkina Faso kündigte die Zusammenarbeit mit Frankreich auf.", "160", "BFA", "FRA"),
    ("Niger warf den französischen Botschafter aus dem Land.", "161", "NER", "FRA"),
    ("Armenien und Aserbaidschan lieferten sich heftige Gefechte.", "190", "ARM", "AZE"),
    # endorsement, accession, humanitarian access, pressure, displeasure
    ("Deutschland bekennt sich zum Existenzrecht Israels.", "051", "DEU", "ISR"),
    ("Ungarn hat den Beitritt Schwedens gebilligt.", "057", "HUN", "SWE"),
    ("Ägypten ließ am Samstag erste Lastwagen in den Gazastreifen zu.", "0863", "EGY", "PSE"),
    ("Die USA haben den Druck auf Venezuela erhöht.", "170", "USA", "VEN"),
    ("Paris brachte seine Enttäuschung über Rom zum Ausdruck.", "110", "FRA", "ITA"),
    ("Peking reagierte empört auf Manila.", "110", "CHN", "PHL"),
    # assets, wanted lists, drones, incursions, abductions
    ("Belgien hat russische Vermögenswerte eingefroren.", "163", "BEL", "RUS"),
    (
        "Russland hat den estnischen Außenminister auf die Fahndungsliste gesetzt.",
        "173",
        "RUS",
        "EST",
    ),
    ("Der Iran feuerte Hunderte Drohnen auf Israel ab.", "195", "IRN", "ISR"),
    ("Russische Truppen drangen in ukrainisches Gebiet ein.", "190", "RUS", "UKR"),
    # talking, deliveries begun
    ("Indien und China reden seit Jahren miteinander über die Grenze.", "040", "IND", "CHN"),
    ("Die USA begannen mit der Lieferung von Kampfjets an Taiwan.", "062", "USA", "TWN"),
    ("Norwegen hat mit der Lieferung von Gas nach Polen begonnen.", "061", "NOR", "POL"),
    # solidarity, seeking aid, openness to talks, coming for a visit
    ("Frankreich erklärte sich mit Armenien solidarisch.", "051", "FRA", "ARM"),
    ("Moldau suchte Hilfe bei Rumänien.", "023", "MDA", "ROU"),
    ("Nordkorea zeigte sich gegenüber Japan gesprächsbereit.", "036", "PRK", "JPN"),
    ("Modi ist zu einem Staatsbesuch nach Washington gekommen.", "042", "IND", "USA"),
    # denouncing, expecting, prisoners, exclusion, rockets
    ("Russland sprach von einer Aggression der Ukraine.", "111", "RUS", "UKR"),
    ("Die Ukraine hat russische Soldaten gefangen genommen.", "173", "UKR", "RUS"),
    ("Die USA schlossen chinesische Anbieter vom Ausbau der Netze aus.", "163", "USA", "CHN"),
    ("Die Hisbollah feuerte Raketen auf Israel.", "195", "LBN", "ISR"),
    ("Aus dem Jemen wurden erneut Raketen auf Israel abgefeuert.", "195", "YEM", "ISR"),
    ("Russland hat Raketen aus Belarus auf die Ukraine abgefeuert.", "195", "RUS", "UKR"),
    # packages of sanctions and aid, phone calls
    (
        "Großbritannien hat ein neues Sanktionspaket gegen Russland beschlossen.",
        "163",
        "GBR",
        "RUS",
    ),
    ("Kanada hat seine Sanktionen gegen den Iran verlängert.", "163", "CAN", "IRN"),
    ("Japan hat ein Hilfspaket für die Ukraine verabschiedet.", "070", "JPN", "UKR"),
    ("Scholz hatte am Abend ein Telefonat mit Selenskyj.", "041", "DEU", "UKR"),
    ("Scholz versicherte Macron, Deutschland stehe zu dem Vertrag.", "030", "DEU", "FRA"),
    # ambassadors (also feminine), peace, increased aid
    ("Die Ukraine hat ihre Botschafterin aus Budapest zurückgerufen.", "161", "UKR", "HUN"),
    ("Peru verwies den mexikanischen Botschafter des Landes.", "161", "PER", "MEX"),
    ("Eritrea und Äthiopien schlossen nach Jahren des Krieges Frieden.", "057", "ERI", "ETH"),
    ("Schweden stockte die humanitäre Hilfe für den Sudan auf.", "073", "SWE", "SDN"),
    ("Die Niederlande haben ihre Militärhilfe für die Ukraine erhöht.", "072", "NLD", "UKR"),
    ("Japan hat Indonesien nach der Flut mit Geld und Zelten geholfen.", "070", "JPN", "IDN"),
    ("Die EU stellte Ungarn Bedingungen für die Auszahlung.", "100", "IGOEUREEC", "HUN"),
    # communicative acts reported as nouns with their owner
    ("Den Appell Frankreichs an Israel wies Netanjahu zurück.", "020", "FRA", "ISR"),
    ("Nach den Vorwürfen Chinas gegen Japan verschärfte sich der Ton.", "112", "CHN", "JPN"),
    ("Die Drohungen Nordkoreas gegen Südkorea beunruhigen Tokio.", "130", "PRK", "KOR"),
    # optimistic and pessimistic comments
    ("Die Ukraine äußerte sich zuversichtlich über die Gespräche mit Polen.", "013", "UKR", "POL"),
    ("Israel zeigte sich skeptisch gegenüber Ägypten.", "012", "ISR", "EGY"),
    # advice and proposals (PETRARCH: ADVISE, RECOMMEND, PROPOSE 020)
    ("Washington hat Kiew von dem Angriff abgeraten.", "020", "USA", "UKR"),
    ("China empfahl Russland, den Konflikt beizulegen.", "020", "CHN", "RUS"),
    ("Russland schlug der Ukraine einen Austausch der Gefangenen vor.", "020", "RUS", "UKR"),
    ("Die Türkei hat Gespräche mit Griechenland angeregt.", "036", "TUR", "GRC"),
    # punishing, repelling attacks, overflights
    ("Peking hat Vilnius für seine Taiwan-Politik bestraft.", "170", "CHN", "LTU"),
    ("Israel wehrte einen iranischen Raketenangriff ab.", "190", "ISR", "IRN"),
    ("Chinesische Kampfjets überflogen erneut Taiwan.", "150", "CHN", "TWN"),
    # acting on another state's request: judicial cooperation with that state
    ("Die Niederlande nahmen auf Ersuchen Frankreichs einen Franzosen fest.", "063", "NLD", "FRA"),
    # disputes settled, ambassadors exchanged, weapons deliveries approved
    (
        "Kroatien und Slowenien haben den Streit um die Bucht von Piran beigelegt.",
        "057",
        "HRV",
        "SVN",
    ),
    (
        "Saudi-Arabien und der Iran tauschten erstmals seit Jahren Botschafter aus.",
        "054",
        "SAU",
        "IRN",
    ),
    ("Die USA genehmigten die Lieferung von Kampfjets an die Türkei.", "072", "USA", "TUR"),
    # fire, air strikes, internment, gas throttled, consultations
    ("Die Türkei hat kurdische Stellungen in Syrien unter Feuer genommen.", "190", "TUR", "SYR"),
    ("Großbritannien flog Angriffe gegen Ziele im Irak.", "195", "GBR", "IRQ"),
    (
        "Russland hat die Gaslieferungen an Österreich gedrosselt.",
        "163",
        "RUS",
        "AUT",
    ),
    ("Indien und Japan hielten in Tokio Konsultationen ab.", "040", "IND", "JPN"),
    # promises to someone; 'nichts als' is no negation
    ("Frankreich hat Armenien zugesagt, Radargeräte zu liefern.", "030", "FRA", "ARM"),
    ("Erdogan stellte Finnland die Zustimmung in Aussicht.", "030", "TUR", "FIN"),
    ("Die USA unterstützten Israel militärisch.", "072", "USA", "ISR"),
    ("Saudi-Arabien hat seine Botschaft in Damaskus wieder eröffnet.", "054", "SAU", "SYR"),
    # refusing cooperation, cutting ties and contacts
    ("Ungarn verweigerte die Zusammenarbeit mit der Ukraine.", "121", "HUN", "UKR"),
    ("Die Ukraine hat die Verbindungen zu Russland gekappt.", "160", "UKR", "RUS"),
    ("Algerien brach die Kontakte zu Frankreich ab.", "161", "DZA", "FRA"),
    ("Russland hat die Gaslieferungen an Polen unterbrochen.", "163", "RUS", "POL"),
    ("Frankreich ging zunehmend auf Distanz zu Russland.", "110", "FRA", "RUS"),
    ("Deutschland erteilte Polen eine scharfe Rüge.", "111", "DEU", "POL"),
    # noun events that came from someone ('kam aus X', 'X's noun', 'noun aus X')
    ("Lob für Japan kam auch aus Washington.", "051", "USA", "JPN"),
    ("Das Lob Frankreichs für Marokko fiel überschwänglich aus.", "051", "FRA", "MAR"),
    ("Glückwünsche an Taiwan kamen aus Washington.", "051", "USA", "TWN"),
    ("Zustimmung zum Vorschlag Polens kam von Litauen.", "051", "LTU", "POL"),
    ("Schweden gab seine Zustimmung zum Beitritt der Ukraine.", "057", "SWE", "UKR"),
    ("Widerspruch gegen den Vorstoß Italiens kam aus Wien.", "120", "AUT", "ITA"),
    ("Tokio widersprach der Darstellung Pekings.", "120", "JPN", "CHN"),
    ("Warnungen an Nordkorea kamen aus Washington.", "130", "USA", "PRK"),
    ("Eine deutliche Warnung Japans an China folgte am Abend.", "130", "JPN", "CHN"),
    ("Drohungen aus Moskau gegen Polen häuften sich.", "130", "RUS", "POL"),
    ("Vorwürfe aus Moskau gegen Kiew häuften sich.", "112", "RUS", "UKR"),
    ("Scharfe Kritik aus Peking an Tokio wurde laut.", "111", "CHN", "JPN"),
    (
        "Der formelle Protest der Türkei gegen Griechenland blieb ohne Antwort.",
        "114",
        "TUR",
        "GRC",
    ),
    # agreements announced
    ("Israel verkündete die Einigung mit dem Libanon am Abend.", "057", "ISR", "LBN"),
    ("Armenien und Aserbaidschan haben eine Einigung erreicht.", "057", "ARM", "AZE"),
    ("Die Ukraine gab die Einigung mit Polen über die Transporte bekannt.", "057", "UKR", "POL"),
    # soldiers, advisers, trainers sent
    ("Die Niederlande schickten 200 Soldaten nach Litauen.", "062", "NLD", "LTU"),
    ("Russland entsandte Militärberater nach Mali.", "062", "RUS", "MLI"),
    ("Kanada hat Ausbilder nach Lettland geschickt.", "062", "CAN", "LVA"),
    # support offered, granted, pledged
    ("Die Türkei bot Aserbaidschan ihre volle Unterstützung an.", "030", "TUR", "AZE"),
    ("Der Iran bot Syrien militärische Unterstützung an.", "0332", "IRN", "SYR"),
    ("Die Niederlande gewährten Pakistan finanzielle Unterstützung.", "071", "NLD", "PAK"),
    ("Großbritannien gewährte Estland militärische Unterstützung.", "072", "GBR", "EST"),
    # migrants sent back 'in' a country
    ("Griechenland brachte Migranten zurück in die Türkei.", "174", "GRC", "TUR"),
    ("Polen schickte die Flüchtlinge zurück in die Ukraine.", "174", "POL", "UKR"),
    ("Deutschland hat drei Straftäter in den Irak abgeschoben.", "174", "DEU", "IRQ"),
    # support, solidarity, backing and thanks that came from someone
    ("Unterstützung für Armenien kam vor allem aus Paris.", "051", "FRA", "ARM"),
    ("Aus Berlin kam Solidarität mit Israel.", "051", "DEU", "ISR"),
    ("Rückendeckung für Kiew kam auch von Polen.", "051", "POL", "UKR"),
    ("Dank an die Türkei kam aus Schweden.", "051", "SWE", "TUR"),
    # consent to arms deliveries, troops reinforced at a border
    ("Die USA stimmten der Lieferung von Panzern an Taiwan zu.", "072", "USA", "TWN"),
    ("China hat die Truppen an der Grenze zu Indien verstärkt.", "154", "CHN", "IND"),
    # supplying someone with arms or energy; leaving treaties
    ("Frankreich hat die Ukraine mit Haubitzen beliefert.", "072", "FRA", "UKR"),
    ("Norwegen beliefert Polen seit Oktober mit Erdgas.", "061", "NOR", "POL"),
    ("Die Ukraine hat das Freihandelsabkommen mit Russland verlassen.", "160", "UKR", "RUS"),
    (
        "Nach dem Ausstieg Russlands aus dem Vertrag mit den USA stieg die Sorge.",
        "160",
        "RUS",
        "USA",
    ),
    # criticism and praise received from someone, courts, sympathy
    ("Die Türkei erntete scharfe Kritik von Griechenland.", "111", "GRC", "TUR"),
    ("Serbien geriet in die Kritik der EU.", "111", "IGOEUREEC", "SRB"),
    ("Polen bekam viel Lob aus Kiew.", "051", "UKR", "POL"),
    ("Ungarn erhielt Kritik aus Wien.", "111", "AUT", "HUN"),
    ("Armenien zog gegen Aserbaidschan vor den Internationalen Gerichtshof.", "115", "ARM", "AZE"),
    ("Deutschland drückte Marokko seine Anteilnahme aus.", "018", "DEU", "MAR"),
    # imports blocked, migrants deported, green light for arms deliveries
    ("Ungarn hat die Einfuhr von Weizen aus der Ukraine blockiert.", "163", "HUN", "UKR"),
    ("Die USA haben 300 Migranten nach Honduras deportiert.", "174", "USA", "HND"),
    ("Berlin gab grünes Licht für die Lieferung von Haubitzen an Kiew.", "072", "DEU", "UKR"),
    # for or against an accession, standing by someone
    ("Polen hat sich für die Aufnahme der Ukraine ausgesprochen.", "051", "POL", "UKR"),
    ("Die Niederlande sprachen sich gegen den Beitritt Bulgariens aus.", "120", "NLD", "BGR"),
    ("Japan stand Taiwan nach dem Beben zur Seite.", "051", "JPN", "TWN"),
]

# (sentence, CAMEO root that must not be coded)
NOT_CODED = [
    ("Mazedonien könnte seine Grenze zu Griechenland bald wieder öffnen.", "08"),
    ("Mazedonien will die Grenze zu Griechenland nicht öffnen.", "08"),
    ("Deutschland wird die Grenzkontrollen zu Polen wohl nicht aufheben.", "08"),
    ("Die Türkei hat die Visa-Bestimmungen für Iraker nicht verschärft.", "17"),
    ("Die Regierung verschärfte die Regeln für Banken.", "17"),
    ("Die Polizei riegelte die Grenze zum Festivalgelände ab.", "17"),
    ("Die Regierung legte die Rentenreform auf Eis.", "16"),
    ("Die USA wollen die Hilfe für Niger auf Eis legen.", "16"),
    ("Die USA stoppten die Hilfe für Niger nicht.", "16"),
    ("Die Bundesregierung stellte die Ausbildung von Lehrern ein.", "16"),
    ("Frankreich schickte seinen Botschafter nach Moskau zurück.", "17"),
    ("Österreich könnte die Flüchtlinge nach Slowenien zurückschicken.", "17"),
    ("Die Regierung stellte ein Ersuchen an das Parlament.", "02"),
    ("Österreich lehnte die Auslieferung an die USA nicht ab.", "12"),
    ("Die USA gaben drei Millionen Dollar für Werbung in Kanada aus.", "07"),
    ("Der Konzern stellte der Stadt drei Millionen Euro zur Verfügung.", "07"),
    ("Macron schloss sich der Delegation Deutschlands an.", "01"),
    ("Die Firma wandte sich mit einer Bitte an die Stadtverwaltung.", "02"),
    ("Scholz hielt sich am Wochenende in seinem Ferienhaus auf.", "04"),
    ("Der Minister verteidigte die Kritik an China.", "05"),
    ("Deutschland und Frankreich verständigten sich auf Englisch.", "05"),
    ("Deutschland und Frankreich konnten sich nicht auf ein Vorgehen verständigen.", "05"),
    ("Die Spieler gingen mit dem Schiedsrichter hart ins Gericht.", "11"),
    ("Der Verlag verlegte das Buch des russischen Autors.", "15"),
    ("Der Abgeordnete trat aus der Partei aus.", "16"),
    ("Großbritannien will nicht aus der Nato austreten.", "16"),
    ("Russland könnte Deutschland den Gashahn zudrehen.", "16"),
    ("Die USA erwägen, militärisch im Jemen zu intervenieren.", "19"),
    ("Der Iran verurteilte die Hinrichtung scharf.", "17"),
    ("Der Trainer bedauerte die Niederlage.", "11"),
    ("Die Stadt lud die Bürger zu einem Fest ein.", "03"),
    ("Macron will Scholz nach Paris einladen.", "03"),
    ("Die USA haben Russland keine Sanktionen in Aussicht gestellt.", "13"),
    ("Der Spieler ließ den Verteidiger abblitzen.", "12"),
    ("Die russische Armee zog sich aus der Stadt zurück.", "16"),
    ("Deutschland schickte Experten in die Ukraine.", "072"),
    ("Die Firma lieferte Hubschrauber an die Polizei.", "07"),
    ("Deutschland könnte der Ukraine Flugabwehrsysteme schicken.", "07"),
    ("Deutschland hat der Ukraine keine Flugabwehrsysteme geschickt.", "07"),
    ("Der Täter stach auf sein Opfer ein.", "18"),
    ("Ungarn warb bei Investoren um Vertrauen.", "02"),
    ("Die Firma erhielt von der Bank einen Kredit über zwei Millionen Euro.", "07"),
    ("Die Ukraine hat von Deutschland keine Panzer erhalten.", "07"),
    ("Deutschland könnte künftig mehr Gas aus Katar beziehen.", "06"),
    ("Der Kunde kaufte Öl von einem Händler.", "06"),
    ("Die Firma schränkte den Export von Autos nach China ein.", "16"),
    ("Die Bergsteiger brachen zu einer Reise nach Nepal auf.", "04"),
    ("China hat die Einfuhr von Fisch aus Japan nicht gestoppt.", "16"),
    ("Die Rebellen lieferten sich Gefechte mit Banden.", "19"),
    ("Gegen den Konzern wurden Sanktionen verhängt.", "16"),
    ("Die Gruppe bekannte sich zu dem Anschlag.", "05"),
    ("Die Regierung verschleppte die Reform um Jahre.", "18"),
    ("Die Ukraine verschleppte die Verhandlungen mit Russland.", "18"),
    ("Der Trainer reagierte verärgert auf die Kritik.", "11"),
    ("Die Hacker drangen in das Netzwerk des Bundestags ein.", "19"),
    ("Der Verein setzte den Spieler auf die Transferliste.", "17"),
    ("Israel hat keine Hilfslieferungen in den Gazastreifen zugelassen.", "08"),
    ("Die Polizei erhöhte den Druck auf die Drogenszene.", "17"),
    ("Die Behörden ordneten die Schließung der Schulen an.", "16"),
    ("Russland will mit der Lieferung von Raketen an den Iran beginnen.", "06"),
    ("Die Nachbarn reden nicht mehr miteinander.", "04"),
    ("Der Verein erklärte sich solidarisch mit den Streikenden.", "05"),
    ("Der Minister suchte Hilfe bei seinem Anwalt.", "02"),
    ("Der Trainer zeigte sich offen für Gespräche mit dem Verein.", "03"),
    ("Der Präsident kam nach langen Beratungen zu einem Ergebnis.", "04"),
    ("Die Polizei nahm die Täter gefangen.", "17"),
    ("Der Verband schloss die Firma aus.", "16"),
    ("Die Kinder feuerten Raketen in den Himmel.", "19"),
    ("Deutschland erwartet von der Konjunktur keine Wunder.", "10"),
    ("Die EU konnte sich nicht auf ein Sanktionspaket gegen Russland einigen.", "16"),
    ("Die EU will bald ein neues Sanktionspaket gegen Russland beschließen.", "16"),
    ("Japan hat kein Hilfspaket für die Ukraine verabschiedet.", "07"),
    ("Die Firma versicherte ihre Lager gegen Brand.", "03"),
    ("Der Verlag verwies auf die Rechte des Autors.", "16"),
    ("Die Stadt hat die Hilfe für Obdachlose nicht aufgestockt.", "07"),
    ("Polen lud die Lastwagen in Danzig ein.", "03"),
    ("Das half China, seine Position zu stärken.", "07"),
    ("Der Appell an die Vernunft verhallte.", "02"),
    ("Eine Drohung Russlands gegen die Nato wäre gefährlich.", "13"),
    ("Der Vorwurf der Korruption gegen den Minister wiegt schwer.", "11"),
    ("Der Trainer zeigte sich zuversichtlich über das Spiel gegen Polen.", "01"),
    ("China zeigte sich nicht optimistisch über die Gespräche mit den USA.", "01"),
    ("Experten raten Deutschland zu mehr Investitionen.", "02"),
    ("Die USA könnten Israel von einer Offensive abraten.", "02"),
    ("Die Eltern bestraften das Kind.", "17"),
    ("Israel und die Türkei haben ihren Streit nicht beigelegt.", "05"),
    ("Die Polizei nahm die Demonstranten unter Feuer.", "19"),
    ("Frankreich verurteilte den Tod des Journalisten in iranischer Haft.", "17"),
    ("Niemand hat Russland angegriffen.", "19"),
    ("Italien will seine Botschaft in Damaskus wieder öffnen.", "05"),
    ("Marokko hat die Kontakte zu Deutschland nicht abgebrochen.", "16"),
    ("Die Firma kappte die Verbindungen zu ihrem Lieferanten.", "16"),
    ("Der Verband erteilte dem Verein eine Rüge.", "11"),
    ("Die Piloten flogen Angriffe in der Simulation.", "19"),
    ("Auf Ersuchen Frankreichs wollen die Niederlande den Mann festnehmen.", "06"),
    ("Der Torwart wehrte den Angriff ab.", "19"),
    ("Russische Touristen überflogen Japan auf dem Weg nach Seoul.", "15"),
    ("In der Türkei gab es zwei Millionen Flüchtlinge.", "07"),
    ("Russland erwartet von dem Gipfel keine Ergebnisse.", "10"),
    # round 2: the nouns and verbs above in modal, negated, domestic and wrong senses
    ("Der Trainer verteilte viel Lob an seine Spieler.", "05"),
    ("Ein Lob Chinas für Russland wäre überraschend.", "05"),
    ("Ungarn verweigerte die Zustimmung zum Beitritt Schwedens.", "05"),
    ("Die Türkei will die Zustimmung zum Beitritt Finnlands erst im Herbst geben.", "05"),
    ("Der Plan steht im Widerspruch zur Haltung Frankreichs.", "12"),
    ("Die Pläne Ungarns widersprechen dem Geist der EU.", "12"),
    ("Der Minister widersprach dem Kanzler entschieden.", "12"),
    ("Der Wetterdienst gab eine Warnung für Bayern heraus.", "13"),
    ("Eine Warnung der USA an Nordkorea wäre riskant.", "13"),
    ("Die Proteste der Iraner gegen die USA gingen weiter.", "11"),
    ("Scharfe Proteste gegen die Regierung Serbiens hielten an.", "11"),
    ("Polen konnte keine Einigung mit der Ukraine verkünden.", "05"),
    ("Die Koalition verkündete die Einigung über den Haushalt.", "05"),
    ("Deutschland will weitere Soldaten nach Litauen schicken.", "06"),
    ("Die Fahrschule schickte Ausbilder nach Polen.", "06"),
    ("Polen bot der Ukraine keine Unterstützung an.", "03"),
    ("Die Stadt bot den Vereinen Unterstützung an.", "03"),
    ("Die USA könnten Israel militärische Unterstützung gewähren.", "07"),
    ("Griechenland brachte die Migranten nicht zurück in die Türkei.", "17"),
    ("Frankreich schickte den Botschafter zurück in den Iran.", "17"),
    ("Die Lehrerin schickte die Schüler zurück in die Klassen.", "17"),
    ("Dank der Hilfe aus Deutschland kam die Ukraine voran.", "05"),
    ("Unterstützung für die Ukraine kam nicht aus Ungarn.", "05"),
    ("Deutschland stimmte der Lieferung von Gas an die Türkei zu.", "07"),
    ("Polen will seine Truppen an der Grenze zu Belarus verstärken.", "15"),
    ("Die Firma verstärkte ihre Truppe an Verkäufern.", "15"),
    ("Der Konzern beliefert die Bundeswehr mit Munition.", "07"),
    ("Deutschland will Israel nicht mehr mit Waffen beliefern.", "07"),
    ("Der Ausstieg Deutschlands aus der Atomkraft kam schnell.", "16"),
    ("Die USA erwägen den Ausstieg aus dem Abkommen mit dem Iran.", "16"),
    ("Der Minister verließ den Saal nach dem Streit mit Polen.", "16"),
    ("Die Regierung erntete Kritik von der Opposition.", "11"),
    ("Israel erntete keine Kritik aus Deutschland.", "11"),
    ("Die Armee zog gegen die Rebellen in den Norden.", "11"),
    ("Die Regierung blockierte die Einfuhr von Drogen.", "16"),
    ("Polen will die Einfuhr von Getreide aus der Ukraine blockieren.", "16"),
    ("Deutschland gab grünes Licht für den Export von Autos nach China.", "07"),
    ("Norwegen gab grünes Licht für die Lieferung von Gas an Polen.", "07"),
    ("Die USA wollen Migranten nach Mexiko deportieren.", "17"),
    ("Deutschland sprach sich für Sanktionen gegen Russland aus.", "05"),
    ("Deutschland sprach sich nicht für den Beitritt der Ukraine aus.", "05"),
    ("Frankreich stand auf der Seite der Sieger.", "05"),
]


# Domestic uses: the row may record the actor's own act, but never against another actor.
NO_TARGET = [
    ("Der Bundestag beschloss ein Hilfspaket für Landwirte.", "07"),
    ("Die Bundesregierung bedauerte den Rücktritt des Ministers.", "11"),
    ("Die Regierung in Paris hat die Zahlungen an die Kommunen gestoppt.", "16"),
    ("Der Minister versicherte, die Renten seien sicher.", "03"),
    ("Ungarn öffnete die Grenze nur für Flüchtlinge aus Syrien.", "08"),
    ("Die Bundesregierung schickte Soldaten nach Bayern.", "06"),
    ("Kritik an den Importen aus China wurde laut.", "11"),
    ("Der Trainer erhielt Lob von Spielern aus Brasilien.", "05"),
    ("Auf der anderen Seite der Grenze zur Ukraine standen russische Truppen.", "05"),
]


@pytest.mark.parametrize(("text", "cameo", "source", "target"), CODED)
def test_gap_variant_is_coded(code_text, coder, text, cameo, source, target) -> None:
    assert_coded(coder, code_text, text, cameo, source, target)


@pytest.mark.parametrize(("text", "root"), NOT_CODED)
def test_gap_row_stays_quiet(code_text, text, root) -> None:
    assert_quiet(code_text, text, root)


@pytest.mark.parametrize(("text", "root"), NO_TARGET)
def test_domestic_use_has_no_target(code_text, text, root) -> None:
    found = [
        (c.cameo, c.rule, country(c.target))
        for c in code_text(text)
        if c.cameo.startswith(root) and c.target is not None
    ]
    assert not found, found
