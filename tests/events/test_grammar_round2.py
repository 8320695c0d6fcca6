"""Second round of the German event grammar: coalitions that act for the state leading
them, places after a time phrase, 'zu + noun' only after verbs of coming and staying,
targets of the source's own side, and noun events that 'came from' someone. Every
sentence here was written for these tests."""

from __future__ import annotations

# -- 1. a coalition acts for the state that leads it ---------------------------


def test_coalition_led_by_a_state_is_the_source(code_text, dyads) -> None:
    for sentence in (
        "Die von Saudi-Arabien geführte Koalition bombardierte den Jemen.",
        "Die von Saudi-Arabien angeführte Militärallianz bombardierte den Jemen.",
        "Eine von Riad geführte Militärallianz bombardierte am Sonntag Sanaa.",
        "Die Koalition unter Führung Saudi-Arabiens bombardierte den Jemen.",
        "Die Allianz unter saudischer Führung bombardierte den Jemen.",
    ):
        assert dyads(code_text(sentence), "19") == {("SAU", "YEM")}, sentence


def test_leader_named_inside_the_participle(code_text, dyads) -> None:
    found = code_text("Die US-geführte Koalition griff Stellungen in Syrien an.")
    assert dyads(found, "19") == {("USA", "SYR")}
    found = code_text("Die Nato-geführte Schutztruppe griff Libyen an.")
    assert dyads(found, "19") == {("IGOWSTNAT", "LBY")}


def test_coalition_note_and_confidence(code_text) -> None:
    found = code_text("Die von Saudi-Arabien geführte Koalition bombardierte den Jemen.")
    assert found and all("leading the 'Koalition'" in c.note for c in found)
    assert all(c.confidence < 0.8 for c in found)  # the coalition is not the state itself


def test_coalition_as_object_and_genitive_owner(code_text, dyads) -> None:
    found = code_text("Russland kritisierte die von den USA geführte Koalition scharf.")
    assert dyads(found, "11") == {("RUS", "USA")}
    found = code_text(
        "Der Iran verurteilte die Angriffe der von Saudi-Arabien geführten Koalition auf den Jemen."
    )
    assert ("IRN", "SAU") in dyads(found, "11")
    assert dyads(found, "19") == {("SAU", "YEM")}


def test_coalition_of_two_leaders(code_text, dyads) -> None:
    found = code_text("Die von den USA und Großbritannien geführte Koalition griff den Irak an.")
    assert dyads(found, "19") == {("USA", "IRQ"), ("GBR", "IRQ")}


def test_funded_or_led_things_that_are_no_coalition(code_text) -> None:
    assert code_text("Die von Deutschland finanzierte Schule kritisierte Russland.") == []
    assert code_text("Die von Deutschland geführte Debatte kritisierte Russland.") == []
    assert code_text("Die von Deutschland finanzierte Koalition kritisierte Russland.") == []
    # a passive agent stays a passive agent
    found = code_text("Die Koalition wurde von Frankreich kritisiert.")
    assert all(c.target is None for c in found)


# -- 2. a place after a time phrase is the object ------------------------------


def test_place_after_time_phrase_is_visited(code_text, dyads) -> None:
    assert dyads(code_text("Faymann besuchte am Montag Lesbos."), "04") == {("AUT", "GRC")}
    assert dyads(code_text("Faymann besuchte am Montag Paris."), "04") == {("AUT", "FRA")}
    assert dyads(code_text("Merkel besuchte am Montag China."), "04") == {("DEU", "CHN")}
    assert dyads(code_text("Tsipras besuchte im Januar Damaskus."), "04") == {("GRC", "SYR")}


def test_genitive_name_after_a_noun_still_owns_it(code_text, dyads) -> None:
    found = code_text("Die USA kritisierten die Regierung Chinas.")
    assert dyads(found, "11") == {("USA", "CHN")}


# -- 3. 'zu + noun' is the subject's own only after coming and staying ---------


def test_call_to_protest_or_talks_is_no_event_of_the_caller(code_text) -> None:
    for sentence in (
        "Die Türkei rief zu Protesten gegen Israel auf.",
        "Der Iran rief am Freitag zu Angriffen auf Israel auf.",
        "Russland rief zu Gesprächen mit der Ukraine auf.",
    ):
        found = code_text(sentence, keep_modal=True)
        assert not any(c.cameo.startswith(("04", "19")) for c in found), sentence
        assert all("subject owns the noun" not in c.note for c in found), sentence


def test_zu_besuch_still_belongs_to_the_visitor(code_text, dyads) -> None:
    assert dyads(code_text("Scholz ist zu Besuch in China."), "04") == {("DEU", "CHN")}
    found = code_text("Zu Besuch in Peking stellte Scholz klar, dass er Reformen erwartet.")
    assert ("DEU", "CHN") in dyads(found, "04")


# -- 4. the source's own side is no target --------------------------------------


def test_own_embassy_or_troops_give_the_place_visited(code_text, dyads) -> None:
    found = code_text("Merkel besuchte die deutsche Botschaft in Kabul.")
    assert dyads(found, "04") == {("DEU", "AFG")}
    found = code_text("Steinmeier besuchte deutsche Soldaten in Mali.")
    assert dyads(found, "04") == {("DEU", "MLI")}
    found = code_text("Obama besuchte die US-Botschaft in Kairo.")
    assert dyads(found, "04") == {("USA", "EGY")}


def test_own_side_without_a_place_slot_gives_no_target(code_text, dyads) -> None:
    found = code_text("Merkel kritisierte die deutsche Botschaft in Kabul.")
    assert dyads(found, "11") == {("DEU", "-")}
    assert any("own side" in c.note for c in found)
    # the topic of a complaint is no addressee when the addressee is one's own government
    found = code_text(
        "Die US-Botschaft hatte sich bei der US-Regierung über chinesische Zölle beschwert."
    )
    assert all(c.target is None or c.target.country != "CHN" for c in found)
    assert not any(c.target is not None and c.target.country == c.source.country for c in found)


def test_joint_subjects_still_pair_up(code_text, dyads) -> None:
    found = code_text("Deutschland und Frankreich verständigten sich auf ein gemeinsames Vorgehen.")
    assert dyads(found, "05") == {("DEU", "FRA"), ("FRA", "DEU")}


# -- 5. noun events that came from someone --------------------------------------


def test_noun_event_comes_from_the_von_or_aus_phrase(code_text, dyads) -> None:
    assert dyads(code_text("Vorwürfe kamen auch aus Peking."), "11") == {("CHN", "-")}
    assert dyads(code_text("Drohungen kamen am Montag aus Moskau."), "13") == {("RUS", "-")}
    assert dyads(code_text("Ein Appell kam von der EU."), "02") == {("IGOEUREEC", "-")}
    found = code_text("Drohungen gegen die Ukraine kamen aus Moskau.")
    assert dyads(found, "13") == {("RUS", "UKR")}


def test_von_phrase_inside_another_noun_is_no_sender(code_text) -> None:
    # 'kommen' with a particle is another verb; an 'aus' phrase on a noun is its origin
    assert code_text("Drohungen kamen gegenüber Flüchtlingen aus Syrien auf.") == []
    found = code_text("Vorwürfe kamen nach dem Besuch von Diplomaten aus Japan.")
    assert all(c.source.country != "JPN" for c in found if c.cameo.startswith("11"))


def test_criticism_from_abroad_takes_the_discourse_target(code_text, dyads) -> None:
    from dyad.actors import ActorResolver
    from dyad.events import EventCoder
    from dyad.events.discourse import reaction_targets
    from dyad.model import Document, Sentence

    resolver, coder = ActorResolver.load(), EventCoder.load()
    texts = ["China verhängte Zölle auf Autos aus Japan.", "Vorwürfe kamen umgehend aus Tokio."]
    doc = Document(id="t", text=" ".join(texts))
    offset = 0
    for index, text in enumerate(texts):
        mentions = resolver.find(text, "2024-02-26", "de")
        sentence = Sentence(index, offset, offset + len(text), text, mentions=mentions)
        offset += len(text) + 1
        doc.sentences.append(sentence)
        coder.code(sentence, doc)
        reaction_targets(sentence, doc)
    assert dyads(doc.sentences[-1].candidates, "11") == {("JPN", "CHN")}


def test_rebels_and_opposition_are_not_the_governments_side(code_text) -> None:
    found = code_text("Die Houthi-Rebellen griffen Sanaa an.")
    assert any(c.target is not None and c.target.code == "YEMGOV" for c in found)
    found = code_text("Die syrische Opposition kritisierte Assad.")
    assert any(c.target is not None and c.target.code == "SYRGOV" for c in found)
    found = code_text("Die syrische Regierung kritisierte Assad.")
    assert all(c.target is None for c in found)


# -- members picked out of a group: ', darunter X' ------------------------------


def test_darunter_shares_the_role_of_the_group(code_text, dyads) -> None:
    found = code_text("Kritik an Saudi-Arabien kam von mehreren EU-Staaten, darunter Österreich.")
    assert ("AUT", "SAU") in dyads(found, "11")
    found = code_text("Die USA verhängten Sanktionen gegen mehrere Staaten, darunter den Iran.")
    assert dyads(found, "16") == {("USA", "IRN")}
    found = code_text("China lieferte Waffen an mehrere Länder, etwa Pakistan und Myanmar.")
    assert dyads(found, "07") == {("CHN", "PAK"), ("CHN", "MMR")}


def test_darunter_after_the_subject_group_and_without_a_group(code_text, dyads) -> None:
    found = code_text("Mehrere Staaten, darunter Frankreich, kritisierten Russland.")
    assert dyads(found, "11") == {("FRA", "RUS")}
    # 'etwa' without a comma before it is an adverb ('about'), no member of a group
    found = code_text("Russland schickte etwa 300 Soldaten nach Syrien.")
    assert all(c.source.country == "RUS" for c in found)


# -- a framing phrase: whose event, and is it a fact ----------------------------


def test_framing_attack_or_criticism_is_not_the_subjects_own(code_text, dyads) -> None:
    found = code_text("Nach den Angriffen auf Charkiw kritisierte Selenskyj Russland.")
    assert dyads(found, "19") == set()
    assert dyads(found, "11") == {("UKR", "RUS")}
    assert code_text("Nach dem Angriff auf Israel sagte Netanjahu, man werde reagieren.") == []
    assert code_text("Nach der Kritik kam der Außenminister aus Moskau.") == []


def test_framing_meeting_or_possessive_stays_the_subjects_own(code_text, dyads) -> None:
    found = code_text("Nach dem Treffen mit Xi sagte Biden, die Gespräche seien gut gewesen.")
    assert ("USA", "CHN") in dyads(found, "04")
    found = code_text("Nach seiner Kritik an China reiste Scholz nach Indien.")
    assert ("DEU", "CHN") in dyads(found, "11")


def test_framed_event_is_a_fact_under_any_verb(code_text, dyads) -> None:
    found = code_text("Bei seinem Besuch in Kiew sagte Scholz weitere Hilfe zu.")
    assert ("DEU", "UKR") in dyads(found, "042")
    found = code_text("Beim Treffen mit Xi kündigte Biden neue Zölle an.")
    assert ("USA", "CHN") in dyads(found, "040")
    # an object of the verb is still governed by it
    found = code_text("Biden kündigte ein Treffen mit Xi an.")
    assert dyads(found, "040") == set()


def test_own_region_visited_in_a_framing_phrase_is_no_target(code_text) -> None:
    found = code_text("Bei seinem Besuch in Bayern lobte Scholz die Polizei.")
    assert all(c.target is None for c in found)


def test_coalition_under_command_and_in_prepositional_phrases(code_text, dyads) -> None:
    found = code_text("Die Truppen unter dem Kommando Russlands griffen Aleppo an.")
    assert dyads(found, "19") == {("RUS", "SYR")}
    found = code_text("Die Allianz unter Leitung der USA bombardierte Stellungen in Syrien.")
    assert dyads(found, "19") == {("USA", "SYR")}
    found = code_text("Der Iran protestierte gegen die von Saudi-Arabien geführte Koalition.")
    assert dyads(found, "11") == {("IRN", "SAU")}
    found = code_text("Die Huthis griffen Stellungen der von Saudi-Arabien angeführten Allianz an.")
    assert ("YEM", "SAU") in dyads(found, "19")
    # 'unter' + leadership after a noun that is no group of forces names no actor
    assert code_text("Die Gespräche unter Leitung der USA wurden vertagt.") == []


def test_leadership_after_a_short_phrase_on_the_coalition(code_text, dyads) -> None:
    found = code_text(
        "Die internationale Koalition gegen den IS unter Führung der USA bombardierte Rakka."
    )
    assert dyads(found, "19") == {("USA", "SYR")}
    found = code_text("Kampfjets der von Saudi-Arabien geführten Koalition bombardierten Sanaa.")
    assert dyads(found, "19") == {("SAU", "YEM")}
    found = code_text("Der Iran kritisierte Angriffe auf Zivilisten unter Führung der USA.")
    assert all(c.target is None for c in found)


def test_noun_event_from_a_fronted_phrase_or_after_es_gab(code_text, dyads) -> None:
    found = code_text("Aus China kamen Vorwürfe gegen Japan.")
    assert dyads(found, "11") == {("CHN", "JPN")}
    found = code_text("Von Moskau kamen erneut Drohungen gegen die Ukraine.")
    assert dyads(found, "13") == {("RUS", "UKR")}
    found = code_text("Vorwürfe gegen Japan gab es auch aus Peking.")
    assert dyads(found, "11") == {("CHN", "JPN")}
    # 'es gab' with the 'aus' phrase on another noun: the origin of the refugees
    assert code_text("Es gab Vorwürfe gegen Flüchtlinge aus Syrien.") == []


# -- verb-final relative clauses and participles sharing one auxiliary -----------


def test_relative_clause_read_from_verb_final_order(code_text, dyads) -> None:
    found = code_text(
        "Peking protestierte gegen die Reise der Politikerin Nancy Pelosi, die Anfang der "
        "Woche nach Taipeh gereist war."
    )
    assert ("USA", "TWN") in dyads(found, "04")
    # verb second after the comma: a main clause of its own, with its own subject
    found = code_text(
        "China protestierte gegen Japan, die Regierung in Tokio hatte Taiwan Waffen geliefert."
    )
    assert dyads(found, "07") == {("JPN", "TWN")}


def test_participles_under_one_auxiliary_share_the_object(code_text, dyads) -> None:
    found = code_text(
        "Die Regierung in Washington hatte Ankara aufgefordert, auf den Kauf zu verzichten, "
        "und mit Sanktionen gedroht."
    )
    assert dyads(found, "13") == {("USA", "TUR")}
    found = code_text(
        "Die EU hatte Russland aufgefordert, die Truppen abzuziehen, und mit Indien gesprochen."
    )
    assert ("IGOEUREEC", "RUS") not in dyads(found, "04")
    # a conjunct with its own finite verb shares the subject only
    found = code_text("Russland griff die Ukraine an und drohte mit Atomwaffen.")
    assert dyads(found, "13") == {("RUS", "-")}


def test_time_phrase_in_front_leaves_the_subject_behind_the_verb(code_text, dyads) -> None:
    found = code_text(
        "Anfang April waren von der Bundesregierung 40 Angehörige der russischen Botschaft "
        "zu unerwünschten Personen erklärt worden."
    )
    assert dyads(found, "16") == {("DEU", "RUS")}
    found = code_text("Im März hatte die Regierung Japans China kritisiert.")
    assert dyads(found, "11") == {("JPN", "CHN")}
    # a noun phrase in front that is no time is the subject, and names no actor here
    found = code_text(
        "Die Mitarbeiter waren von Russland zu unerwünschten Personen erklärt worden."
    )
    assert all(c.target is None for c in found)


def test_lost_full_stop_before_a_capitalised_preposition(code_text, dyads) -> None:
    found = code_text(
        "Flüchtlinge müssen sich dort registrieren lassen Laut Medienberichten hatten "
        "Merkel und Orbán zuvor über die Lage gesprochen."
    )
    assert dyads(found, "04") == {("DEU", "HUN"), ("HUN", "DEU")}
    # an article after a verb opens a title, no new sentence: the modal still counts
    found = code_text("Wie berichtete Der Spiegel, könnte Merkel Putin treffen.")
    assert dyads(found, "04") == set()


def test_formal_sie_after_a_verb_is_no_new_sentence() -> None:
    from dyad.events.clauses import split_clauses
    from dyad.events.tokens import tag

    assert len(split_clauses(tag("Jetzt fordern Sie China auf zu verhandeln.", []))) == 1
    assert len(split_clauses(tag("Sie wollen verhandeln Laut Berichten trafen sie sich.", []))) == 2
