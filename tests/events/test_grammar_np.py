"""Actors found inside noun phrases: the partner of a joint event named in the object,
the origin named in a prepositional phrase, the owner of a noun event inside a phrase
that frames it as past, targets in a governed zu-infinitive, and places that never act.
Every sentence here was written for these tests."""

from __future__ import annotations

from dyad.model import Document, Mention, Sentence


def factual(candidates) -> list:
    return [c for c in candidates if c.modality is None]


# -- 1. the partner of a joint event named in the object ----------------------


def test_welcomed_agreement_targets_its_partner(code_text, dyads) -> None:
    assert dyads(code_text("Italien begrüßte die Einigung mit Österreich."), "05") == {
        ("ITA", "AUT")
    }
    found = code_text(
        "Der italienische Innenminister begrüßte die Einigung mit seinem "
        "österreichischen Amtskollegen."
    )
    assert dyads(found, "05") == {("ITA", "AUT")}


def test_partner_of_praised_cooperation_and_criticised_deal(code_text, dyads) -> None:
    assert dyads(code_text("Japan lobte die Zusammenarbeit mit Indien."), "05") == {("JPN", "IND")}
    assert dyads(code_text("Die USA kritisierten das Abkommen mit dem Iran."), "11") == {
        ("USA", "IRN")
    }


def test_partner_rule_notes_where_the_target_came_from(code_text) -> None:
    found = code_text("Italien begrüßte die Einigung mit Österreich.")
    assert found and all("partner of the 'Einigung'" in c.note for c in found)
    assert all(c.confidence < 0.8 for c in found)  # read from a noun phrase: less sure


def test_mit_phrase_on_another_noun_is_no_partner(code_text) -> None:
    # the 'mit' phrase hangs on 'Handel', which is no joint event of two states
    found = code_text("Frankreich begrüßte die Gespräche über den Handel mit China.")
    assert all(c.target is None for c in found)
    found = code_text("Japan lobte den Abschluss der Verhandlungen über den Handel mit China.")
    assert all(c.target is None or c.target.country != "CHN" for c in found)


def test_place_inside_the_topic_of_talks_is_no_target(code_text) -> None:
    for text in (
        "Frankreich begrüßte die Gespräche über die Lage in Syrien.",
        "Merkel begrüßte die Gespräche über den Krieg in Syrien.",
    ):
        assert all(c.target is None or c.target.country != "SYR" for c in code_text(text))


def test_partner_of_a_meeting_framing_the_clause_is_not_the_object(code_text) -> None:
    found = code_text("Italien begrüßte nach dem Treffen mit Österreich die Entscheidung.")
    welcomed = [c for c in found if c.cameo.startswith("05")]
    assert all(c.target is None for c in welcomed)


# -- 1b. the origin named inside a prepositional phrase -----------------------


def test_tariffs_on_goods_from_a_country_target_the_country(code_text, dyads) -> None:
    assert dyads(code_text("Die EU verhängte Strafzölle auf Stahl aus China."), "16") == {
        ("IGOEUREEC", "CHN")
    }
    found = code_text("Die EU verhängte Strafzölle auf Stahl aus Indien und China.")
    assert dyads(found, "16") == {("IGOEUREEC", "IND"), ("IGOEUREEC", "CHN")}


def test_tariffs_on_goods_made_in_a_country(code_text, dyads) -> None:
    found = code_text(
        "Das US-Handelsministerium entschied, Zölle auf in China hergestellte Solarmodule "
        "zu erheben."
    )
    assert dyads(found, "16") == {("USA", "CHN")}


def test_sanctions_against_firms_from_a_country(code_text, dyads) -> None:
    found = code_text("Die USA verhängten Sanktionen gegen Firmen aus Russland.")
    assert dyads(found, "16") == {("USA", "RUS")}


def test_origin_outside_the_phrase_is_no_target(code_text, dyads) -> None:
    # the diplomat from China speaks; the tariffs on steel target nobody named
    found = code_text("Frankreich erhob Zölle auf Stahl, sagte ein Diplomat aus China.")
    assert ("FRA", "CHN") not in dyads(found)


# -- 2. noun events inside a phrase that frames them as past ------------------


def test_adjective_owner_of_an_air_strike_in_a_bei_phrase(code_text, dyads) -> None:
    found = code_text(
        "Bei einem russischen Luftangriff auf die Ukraine wurden drei Menschen getötet."
    )
    assert dyads(found, "19") == {("RUS", "UKR")}
    assert all(c.confidence <= 0.6 and "'bei' phrase" in c.note for c in factual(found))


def test_adjective_owner_after_nach_and_seit(code_text, dyads) -> None:
    found = code_text("Nach dem israelischen Luftangriff auf den Libanon stiegen die Spannungen.")
    assert dyads(found, "19") == {("ISR", "LBN")}
    # 'seit' dates the clause by an earlier event: the owner is still found, kept as history
    found = code_text(
        "Seit dem russischen Einmarsch in die Ukraine sind die Preise gestiegen.", keep_modal=True
    )
    assert {(c.source.code, c.target.code, c.modality) for c in found if c.cameo[:2] == "19"} == {
        ("RUS", "UKR", "historical")
    }


def test_genitive_owner_of_a_noun_event(code_text, dyads) -> None:
    assert dyads(code_text("Nach dem Angriff Israels auf Gaza protestierte die Türkei."), "19")
    found = code_text("Die Luftangriffe Saudi-Arabiens auf den Jemen dauern an.")
    assert dyads(found, "19") == {("SAU", "YEM")}


def test_feared_or_wanted_attack_in_a_phrase_is_no_event(code_text, dyads) -> None:
    for text in (
        "Polen warnte vor einem russischen Angriff auf Litauen.",
        "Die Nato bereitet sich auf einen russischen Angriff auf Litauen vor.",
        "Die Regierung plädierte für einen amerikanischen Angriff auf den Iran.",
        "Bei einem möglichen russischen Angriff auf Litauen würde die Nato eingreifen.",
        "Im Falle eines russischen Angriffs auf Litauen würde die Nato eingreifen.",
    ):
        assert not dyads(code_text(text), "19"), text


def test_attack_that_a_threat_or_fear_names_is_hypothetical(code_text, dyads) -> None:
    text = "Die Drohung eines russischen Angriffs auf Litauen wächst."
    assert not dyads(code_text(text), "19")
    kept = [c for c in code_text(text, keep_modal=True) if c.cameo.startswith("19")]
    assert kept and {c.modality for c in kept} == {"hypothetical"}
    assert "'Drohung'" in kept[0].note
    assert not dyads(code_text("Die Angst vor einem russischen Angriff auf Litauen wächst."), "19")


# -- 3. zu-infinitives under refusals and threats -----------------------------


def test_refused_talks_are_a_rejection_of_the_partner(code_text, dyads) -> None:
    for text in (
        "Frankreich lehnte es ab, mit Russland zu verhandeln.",
        "Frankreich lehnte ab, mit Russland Gespräche zu führen.",
        "Frankreich lehnte es ab, Russland zu treffen.",
    ):
        found = code_text(text)
        assert dyads(found, "12") == {("FRA", "RUS")}, text
        assert not dyads(found, "04"), text  # the talks did not happen


def test_refused_talks_that_were_not_refused(code_text, dyads) -> None:
    assert not dyads(code_text("Frankreich lehnte es nicht ab, mit Russland zu verhandeln."), "12")


def test_refusal_without_the_required_word_takes_no_target_from_the_infinitive(
    code_text,
    dyads,
) -> None:
    found = code_text("Frankreich lehnte es ab, die Sanktionen gegen Russland zu lockern.")
    assert ("FRA", "RUS") not in dyads(found, "12")


def test_threatened_attack_targets_the_threatened(code_text, dyads) -> None:
    for text in (
        "Russland drohte, die Ukraine anzugreifen.",
        "Russland drohte damit, die Ukraine anzugreifen.",
    ):
        found = code_text(text)
        assert dyads(found, "13") == {("RUS", "UKR")}, text
        assert not dyads(found, "19"), text
    assert not dyads(code_text("Russland drohte nicht, die Ukraine anzugreifen."), "13")


def test_announced_troops_are_an_intent(code_text, dyads) -> None:
    found = code_text("Russland kündigte an, Truppen nach Syrien zu schicken.")
    assert {c.cameo[:2] for c in factual(found)} == {"03"}
    assert dyads(found) == {("RUS", "SYR")}


# -- 4. a place never acts ----------------------------------------------------


def _with_place(actor_resolver, coder, *texts: str, place: str, country: str):
    """Code the last of some sentences; the place name is a hand-built mention of kind
    'place' wherever it occurs (as the actor resolver gives foreign cities and regions)."""
    doc = Document(id="place-test", text=" ".join(texts))
    offset = 0
    found = []
    for index, text in enumerate(texts):
        mentions = actor_resolver.find(text, "2024-02-26", "de")
        if place in text:
            start = text.index(place)
            mention = Mention(start, start + len(place), place, country, country, None)
            mention.kind = "place"
            mentions = sorted([*mentions, mention], key=lambda m: m.start)
        sentence = Sentence(index, offset, offset + len(text), text, mentions=mentions)
        offset += len(text) + 1
        doc.sentences.append(sentence)
        found = coder.code(sentence, doc)
    return found


def test_a_place_is_never_the_source(actor_resolver, coder, dyads) -> None:
    for text in ("Charkiw kritisierte Russland scharf.", "Charkiw griff Russland an."):
        found = _with_place(actor_resolver, coder, text, place="Charkiw", country="UKR")
        assert all(c.source.kind != "place" for c in found), text
        assert ("UKR", "RUS") not in dyads(found), text


def test_a_place_may_be_the_target(actor_resolver, coder, dyads) -> None:
    found = _with_place(
        actor_resolver, coder, "Russland bombardierte Charkiw.", place="Charkiw", country="UKR"
    )
    assert dyads(found, "19") == {("RUS", "UKR")}
    assert all(c.target is not None and c.target.kind == "place" for c in found)


def test_partner_of_someone_elses_joint_event_is_no_target(code_text) -> None:
    # whose meeting it was is named (or hidden in 'sein'): the partner is not the target
    for text in (
        "Frankreich kritisierte das Treffen des Kanzlers mit Putin.",
        "Frankreich kritisierte sein Treffen mit Putin.",
    ):
        criticised = [c for c in code_text(text) if c.cameo.startswith("11")]
        assert all(c.target is None for c in criticised), text


def test_time_phrase_before_the_object_does_not_hide_the_partner(code_text, dyads) -> None:
    found = code_text("Die Bundesregierung lobte am Montag das Abkommen mit der Türkei.")
    assert dyads(found, "05") == {("DEU", "TUR")}


def test_a_place_is_not_one_of_both_sides(actor_resolver, coder) -> None:
    found = _with_place(
        actor_resolver,
        coder,
        "Die Türkei bombardierte Stellungen der PKK im Nordirak.",
        "Seit 2013 hatten beide Seiten eine Waffenruhe eingehalten.",
        place="Nordirak",
        country="IRQ",
    )
    assert not [c for c in found if "IRQ" in (c.source.country, c.target and c.target.country)]


def test_a_place_is_no_antecedent_of_a_pronoun(actor_resolver, coder, dyads) -> None:
    found = _with_place(
        actor_resolver,
        coder,
        "In Aleppo ist die türkische Regierung mit Beobachtern vertreten.",
        "Sie kritisierte Russland scharf.",
        place="Aleppo",
        country="SYR",
    )
    assert dyads(found, "11") == {("TUR", "RUS")}


# -- 5. the agent of the noun that a criticised or warned-of clause is about ---


def test_warning_about_a_delivery_targets_who_delivers(code_text, dyads) -> None:
    for text in (
        "Peking warnte, dass die Lieferung von amerikanischen Raketen an Taiwan eine rote "
        "Linie wäre.",
        "China warnte, die Lieferung von Waffen durch die USA an Taiwan sei eine Provokation.",
        "China kritisierte, dass die Lieferung von Waffen durch die USA an Taiwan weitergehe.",
    ):
        found = code_text(text)
        assert dyads(found) == {("CHN", "USA")}, text
        assert all("agent of a noun in the governed clause" in c.note for c in found)


def test_warning_about_a_state_of_affairs_has_no_target(code_text) -> None:
    for text in (
        "China warnte, dass die Zahl der Flüchtlinge aus Syrien steige.",
        "Frankreich kritisierte, dass die Lage in Syrien schlechter werde.",
    ):
        assert all(c.target is None for c in code_text(text)), text


def test_actor_before_the_article_does_not_own_the_noun(code_text, dyads) -> None:
    # 'Scholz' is the subject in front of 'die Angriffe', not the one who attacked
    found = code_text("Am Montag kritisierte Scholz die Angriffe scharf.", keep_modal=True)
    assert not [c for c in found if c.cameo.startswith("19")]
    found = code_text("Chinas Angriffe auf Taiwan dauern an.")
    assert dyads(found, "19") == {("CHN", "TWN")}


# -- 6. the agent of the action a verb condemns --------------------------------


def test_condemned_action_targets_its_agent_not_its_patient(code_text, dyads) -> None:
    found = code_text("Polen verurteilte den Beschuss ukrainischer Städte durch Russland.")
    assert dyads(found, "11") == {("POL", "RUS")}
    found = code_text("Die USA verurteilten die Bombardierung von Krankenhäusern durch Russland.")
    assert dyads(found, "11") == {("USA", "RUS")}
    found = code_text(
        "Das Auswärtige Amt verurteilte die Ausweisung deutscher Diplomaten durch Russland."
    )
    assert dyads(found, "11") == {("DEU", "RUS")}


def test_protest_against_an_action_targets_its_agent_through_genitives(code_text, dyads) -> None:
    found = code_text(
        "Japan protestierte gegen die Verletzung seines Luftraums durch ein chinesisches Flugzeug."
    )
    assert dyads(found, "11") == {("JPN", "CHN")}


def test_without_an_agent_the_genitive_is_the_target(code_text, dyads) -> None:
    found = code_text("Polen verurteilte die Politik Russlands.")
    assert dyads(found, "11") == {("POL", "RUS")}


def test_a_route_through_a_country_is_no_agent_of_a_welcome(code_text, dyads) -> None:
    found = code_text("Die EU begrüßte die Entscheidung über Gaslieferungen durch die Ukraine.")
    assert ("IGOEUREEC", "UKR") not in dyads(found)


def test_threatened_or_feared_noun_event_in_a_framing_phrase_is_hypothetical(
    code_text, dyads
) -> None:
    for text in (
        "Angesichts eines drohenden russischen Angriffs auf Litauen verstärkte die Nato "
        "ihre Truppen.",
        "Wegen der befürchteten russischen Angriffe auf Litauen verstärkte die Nato ihre Truppen.",
        "Nach dem angekündigten russischen Einmarsch in Litauen stiegen die Ölpreise.",
    ):
        assert not dyads(code_text(text), "19"), text
        kept = [c for c in code_text(text, keep_modal=True) if c.cameo.startswith("19")]
        assert {c.modality for c in kept} <= {"hypothetical", "future"}, text
    # an ongoing attack is one that happens
    found = code_text(
        "Trotz der anhaltenden russischen Angriffe auf die Ukraine setzt Ungarn auf Gespräche."
    )
    assert dyads(found, "19") == {("RUS", "UKR")}


def test_a_route_right_behind_the_action_is_no_agent(code_text, dyads) -> None:
    found = code_text("Die Ukraine kritisierte den Gastransit durch Polen.")
    assert ("UKR", "POL") not in dyads(found)


def test_warning_against_an_act_of_others_takes_no_target_from_it(code_text, dyads) -> None:
    found = code_text("Peking warnte davor, Taiwan zu unterstützen.")
    assert ("CHN", "TWN") not in dyads(found, "13")


def test_genitive_owner_of_a_noun_event_in_a_wanting_phrase_is_no_event(code_text, dyads) -> None:
    for text in (
        "Die USA plädierten für einen Angriff Israels auf den Iran.",
        "Die Nato schützt Litauen gegen einen Angriff Russlands.",
        "Über einen Angriff Israels auf den Iran wird spekuliert.",
    ):
        assert not dyads(code_text(text), "19"), text
    found = code_text("Nach dem Angriff Israels auf Gaza protestierte die Türkei.")
    assert dyads(found, "19") == {("ISR", "PSE")}
    assert all(c.confidence <= 0.6 for c in found if c.cameo.startswith("19"))
    found = code_text("Die Folgen des Angriffs Israels auf Gaza sind verheerend.")
    assert dyads(found, "19") == {("ISR", "PSE")}


def test_support_verb_frames_its_own_noun_in_a_phrase(code_text, dyads) -> None:
    found = code_text("Finnland ging auf die türkischen Forderungen ein.")
    assert dyads(found, "08") == {("FIN", "TUR")}


def test_reported_noun_event_in_an_ueber_phrase(code_text, dyads) -> None:
    found = code_text("Die Medien berichteten über einen israelischen Angriff auf den Iran.")
    assert dyads(found, "19") == {("ISR", "IRN")}
    found = code_text("Die Experten diskutierten über einen israelischen Angriff auf den Iran.")
    assert not dyads(found, "19")


def test_definite_article_presupposes_the_noun_event(code_text, dyads) -> None:
    for text in (
        "Die Türkei protestierte gegen den israelischen Angriff auf Gaza.",
        "Die Türkei reagierte auf den israelischen Luftangriff auf Gaza.",
    ):
        assert dyads(code_text(text), "19") == {("ISR", "PSE")}, text
    found = code_text("Zum Treffen der deutschen Kanzlerin mit Putin kam es am Montag.")
    assert dyads(found, "04") == {("DEU", "RUS"), ("RUS", "DEU")}
    for text in (
        "Mit einem Angriff Russlands auf Litauen rechnet niemand.",
        "Für ein Treffen der deutschen Kanzlerin mit Putin gibt es noch keinen Termin.",
    ):
        assert not dyads(code_text(text)), text


# -- 7. object pronouns --------------------------------------------------------


def test_object_pronoun_is_a_person_of_another_state_named_before(code_text, dyads) -> None:
    found = code_text(
        "Der russische Präsident Putin kam nach Berlin.", "Merkel kritisierte ihn scharf."
    )
    assert dyads(found, "11") == {("DEU", "RUS")}
    assert all("'ihn' = " in c.note and c.confidence <= 0.6 for c in found)
    found = code_text("Der französische Präsident besuchte China.", "Xi Jinping empfing ihn.")
    assert dyads(found, "04") == {("CHN", "FRA")}
    found = code_text("Merkel traf Hollande in Paris.", "Merkel lobte ihn für seine Politik.")
    assert dyads(found, "05") == {("DEU", "FRA")}
    found = code_text("Als Putin nach Berlin kam, kritisierte Merkel ihn scharf.")
    assert dyads(found, "11") == {("DEU", "RUS")}


def test_object_pronoun_without_a_foreign_official_before_names_nobody(code_text) -> None:
    for before in (
        "Der Außenminister Gabriel reiste nach Moskau.",  # the subject's own side
        "Ein Vertrag wurde in Paris unterzeichnet.",  # no person
        "Der Indonesier legte sein Mandat nieder.",  # a national, not an official
    ):
        found = code_text(before, "Die Bundesregierung kritisierte ihn.")
        assert all(c.target is None for c in found), before


def test_a_one_letter_part_after_a_hyphen_is_no_compound_modifier(code_text, dyads) -> None:
    found = code_text("Die chinesische Regierung verkaufte Stahl zu Dumping-Preisen nach Europa.")
    assert not [c for c in found if c.rule.startswith("de.04.reise")]
    found = code_text("Die China-Reise des französischen Präsidenten endete am Montag.")
    assert dyads(found, "04") == {("FRA", "CHN")}


# -- a place is the target of a visit, aid or an attack; not of talk or criticism -----


def test_a_place_is_the_target_of_a_visit_aid_or_attack(code_text, dyads) -> None:
    assert ("RUS", "UKR") in dyads(code_text("Russland griff am Montag Charkiw an."), "19")
    assert ("USA", "SYR") in dyads(code_text("Die USA schickten Hilfsgüter nach Aleppo."), "07")
    assert ("AUT", "GRC") in dyads(code_text("Faymann besuchte Lesbos."), "04")


def test_a_place_is_no_target_of_talk_or_criticism(code_text) -> None:
    for text in ("Polen kritisierte Charkiw scharf.", "Der Kanzler Österreichs lobte Lesbos."):
        found = factual(code_text(text))
        assert found, text  # the act is still coded, without a target
        assert all(c.target is None for c in found), text
        assert any("is a place" in c.note for c in found), text


def test_a_time_phrase_with_nach_is_no_destination(code_text, dyads) -> None:
    found = code_text("Nach dem russischen Angriff auf Kiew reiste Scholz nach Warschau.")
    assert dyads(found, "04") == {("DEU", "POL")}
    found = code_text("Nach der chinesischen Militärübung reiste Bundeskanzler Scholz ab.")
    assert all(target != "CHN" for _, target in dyads(found, "04"))
    assert dyads(code_text("Scholz reiste am Montag nach Russland."), "04") == {("DEU", "RUS")}


def test_danger_risk_warning_or_accusation_of_an_attack_is_no_attack(code_text, dyads) -> None:
    for text in (
        "Die Gefahr eines russischen Angriffs auf Polen wächst.",
        "Das Risiko einer chinesischen Invasion Taiwans steigt.",
        "Die Warnung vor einem iranischen Angriff auf Israel wurde ernst genommen.",
        "Die Nato rechnet mit einem russischen Angriff auf Litauen.",
    ):
        assert not dyads(code_text(text), "19"), text
    assert dyads(code_text("Die USA verurteilten den russischen Angriff auf Polen."), "19") == {
        ("RUS", "POL")
    }
