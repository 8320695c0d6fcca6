"""The grammar on sentences written for these tests: modality, coordination, passive,
reported speech, mutual events, pronouns, noun events, datelines."""

from __future__ import annotations


def dyads(candidates, root: str = "") -> set[tuple[str, str]]:
    return {
        (
            c.source.country or c.source.code,
            (c.target.country or c.target.code) if c.target else "-",
        )
        for c in candidates
        if c.cameo.startswith(root)
    }


def roots(candidates) -> set[str]:
    return {c.cameo[:2] for c in candidates}


# -- modality ----------------------------------------------------------------


def test_open_question_is_no_event(code_text) -> None:
    text = "Ob Blinken am Montag Xi Jinping treffen wird, war unklar."
    assert code_text(text) == []
    kept = code_text(text, keep_modal=True)
    assert kept and {c.modality for c in kept} == {"hypothetical"}


def test_direct_question_is_no_event(code_text) -> None:
    assert code_text("Trifft Blinken am Montag Xi Jinping?") == []


def test_condition_makes_main_clause_hypothetical(code_text) -> None:
    text = "Wenn China Taiwan blockiert, werden die USA China scharf kritisieren."
    assert code_text(text) == []
    assert {c.modality for c in code_text(text, keep_modal=True)} == {"hypothetical"}


def test_modal_of_possibility_is_hypothetical(code_text) -> None:
    assert code_text("Frankreich könnte China kritisieren.") == []
    kept = code_text("Frankreich könnte China kritisieren.", keep_modal=True)
    assert dyads(kept, "11") == {("FRA", "CHN")}


def test_negation_is_kept_only_as_negated(code_text) -> None:
    assert code_text("Blinken traf Xi Jinping nicht.") == []
    kept = code_text("Blinken traf Xi Jinping nicht.", keep_modal=True)
    assert kept and {c.modality for c in kept} == {"negated"}


def test_negated_adjective_does_not_negate_the_verb(code_text) -> None:
    text = "Merkel hat die österreichische Regierung als nicht hilfreich kritisiert."
    assert dyads(code_text(text, date="2016-02-26"), "11") == {("DEU", "AUT")}


def test_denied_report_is_negated(code_text) -> None:
    text = "Der Kreml wies Berichte zurück, dass Putin Xi Jinping getroffen habe."
    assert not [c for c in code_text(text) if c.cameo.startswith("04")]
    kept = [c for c in code_text(text, keep_modal=True) if c.cameo.startswith("04")]
    assert kept and {c.modality for c in kept} == {"negated"}


def test_announced_intent_is_coded_as_intent_of_the_subject_only(code_text) -> None:
    found = code_text("Blinken will am Montag Xi Jinping treffen.")
    assert {(c.cameo, *next(iter(dyads([c])))) for c in found} == {("036", "USA", "CHN")}


def test_plain_future_is_not_an_event_but_announced_intent_is(code_text) -> None:
    assert code_text("Blinken wird nächste Woche China besuchen.") == []
    kept = code_text("Blinken wird nächste Woche China besuchen.", keep_modal=True)
    assert {(c.cameo, c.modality) for c in kept} == {("042", "future")}
    announced = code_text("Blinken kündigte an, nächste Woche China zu besuchen.")
    assert {(c.cameo, c.modality) for c in announced} == {("036", None)}


def test_purpose_clause_is_not_a_meeting(code_text) -> None:
    found = code_text("Blinken reiste nach Peking, um Xi Jinping zu treffen.")
    assert {c.cameo for c in found} == {"042"}


def test_hoped_for_complement_is_not_a_fact(code_text) -> None:
    assert code_text("Die USA hoffen, dass China Russland kritisiert.") == []


def test_demanded_action_is_coded_as_the_demand(code_text) -> None:
    found = code_text("Die US-Regierung forderte China auf, die Gefangenen freizulassen.")
    assert {(c.cameo, *next(iter(dyads([c])))) for c in found} == {("1053", "USA", "CHN")}


# -- who did it to whom -------------------------------------------------------


def test_coordinated_subjects_each_act(code_text) -> None:
    found = code_text("Die USA und Südkorea haben an China appelliert.")
    assert dyads(found, "02") == {("USA", "CHN"), ("KOR", "CHN")}


def test_coordinated_objects_are_each_targeted(code_text) -> None:
    found = code_text("Die USA kritisierten China und Russland.")
    assert dyads(found, "11") == {("USA", "CHN"), ("USA", "RUS")}


def test_object_in_front_of_the_verb_is_not_the_subject(code_text) -> None:
    found = code_text("Den russischen Botschafter bestellte Polen ein.")
    assert dyads(found, "11") == {("POL", "RUS")}


def test_passive_agent_is_the_source(code_text) -> None:
    found = code_text("Der russische Botschafter wurde von Polen einbestellt.")
    assert dyads(found, "11") == {("POL", "RUS")}
    hosted = code_text("US-Außenminister Blinken wurde von Xi Jinping empfangen.")
    assert dyads(hosted, "04") == {("CHN", "USA")}


def test_genitive_owner_of_the_subject_acts(code_text) -> None:
    assert dyads(code_text("Die Regierung Chinas kritisierte die USA."), "11") == {("CHN", "USA")}


def test_diplomats_from_three_states_meet_pairwise(code_text) -> None:
    found = code_text(
        "Spitzendiplomaten aus Japan, den USA und Südkorea hielten ein trilaterales Treffen ab."
    )
    pairs = {frozenset(d) for d in dyads(found, "04")}
    assert pairs == {
        frozenset({"USA", "JPN"}),
        frozenset({"USA", "KOR"}),
        frozenset({"JPN", "KOR"}),
    }


def test_meeting_is_mutual(code_text) -> None:
    found = code_text("US-Außenminister Blinken sprach am Sonntag mit Wang Yi.")
    assert dyads(found, "04") == {("USA", "CHN"), ("CHN", "USA")}


def test_relative_clause_subject_is_the_antecedent(code_text) -> None:
    found = code_text("Wang Yi, der am Montag US-Außenminister Blinken traf, lobte die Gespräche.")
    assert ("CHN", "USA") in dyads(found, "04")


def test_pronoun_takes_the_person_of_the_previous_sentence(code_text) -> None:
    found = code_text(
        "US-Außenminister Blinken ist am Sonntag in Peking eingetroffen.",
        "Am Montag traf er sich mit Wang Yi.",
    )
    assert dyads(found, "04") == {("USA", "CHN"), ("CHN", "USA")}
    assert all(c.confidence < 0.8 for c in found)


def test_surname_of_a_person_named_earlier(code_text) -> None:
    found = code_text(
        "Der südkoreanische Außenminister Cho Tae-yul reiste nach Rio.",
        "Dort traf der chinesische Vizeaußenminister Ma Zhaoxu mit Cho zusammen.",
    )
    assert dyads(found, "04") == {("CHN", "KOR"), ("KOR", "CHN")}


def test_unresolved_partner_gives_no_meeting(code_text) -> None:
    assert (
        code_text("Der chinesische Vizeaußenminister Ma Zhaoxu traf mit Herrn Lee zusammen.") == []
    )


def test_reported_speech_is_attributed(code_text) -> None:
    for text in (
        "Das Weiße Haus erklärte, dass Blinken Xi Jinping in Peking getroffen habe.",
        "Das Weiße Haus erklärte, Blinken habe Xi Jinping in Peking getroffen.",
    ):
        found = code_text(text)
        assert dyads(found, "04") == {("USA", "CHN"), ("CHN", "USA")}
        assert {c.attribution.text for c in found} == {"Weiße Haus"}


def test_reporting_verb_itself_is_no_event(code_text) -> None:
    found = code_text("Peking erklärte, die Lage sei ruhig.")
    assert not [c for c in found if c.cameo[:2] in ("02", "04", "10", "11", "12", "13")]


def test_dateline_is_not_the_subject(code_text) -> None:
    found = code_text("Peking – Die USA haben China scharf kritisiert.")
    assert dyads(found, "11") == {("USA", "CHN")}


def test_informants_are_not_actors(code_text) -> None:
    assert code_text("Experten kritisierten die USA scharf.") == []


def test_listed_states_before_the_participle_are_one_side_of_an_agreement(code_text) -> None:
    # A comma list between the auxiliary and the participle stays in its clause; the
    # noun in front of the list ("Vetomächte") is an apposition, not another subject;
    # the joint subjects agree with their "mit" partner, not with each other.
    text = (
        "Am Freitag hatten sich die Vetomächte USA, Frankreich, Großbritannien und China "
        "mit Nordkorea auf neue Gespräche geeinigt."
    )
    found = dyads(code_text(text), "05")
    members = {"USA", "FRA", "GBR", "CHN"}
    assert found == {(m, "PRK") for m in members} | {("PRK", m) for m in members}


def test_noun_before_a_single_actor_is_no_apposition(code_text) -> None:
    # "die Partner Russland": Russland is the dative object of "vorwerfen" here.
    found = code_text("Seit Jahren werfen die Partner Russland Wortbruch vor.")
    assert all(c.source.country != "RUS" for c in found)


def test_a_decision_codes_the_decided_measure(code_text) -> None:
    text = (
        "Am Mittwoch hat das US-Handelsministerium entschieden, Strafzölle gegen Kanada zu erheben."
    )
    assert dyads(code_text(text), "16") == {("USA", "CAN")}


def test_a_start_codes_the_started_action(code_text) -> None:
    text = "Die Niederlande begannen im Frühjahr, ukrainische Soldaten auszubilden."
    assert dyads(code_text(text), "06") == {("NLD", "UKR")}


def test_expected_visit_is_no_fact(code_text) -> None:
    text = "Seine Heimat Chile besucht der Präsident Perus voraussichtlich im Herbst."
    assert code_text(text) == []


def test_a_short_word_ending_like_a_noun_trigger_is_no_compound(code_text) -> None:
    # "Preise" ends in "reise" but is no journey.
    assert code_text("Die Preise der japanischen Autobauer steigen wegen China.") == []


def test_participle_attribute_with_zwischen_is_a_mutual_event(code_text) -> None:
    text = (
        "Das im Mai zwischen Armenien, Georgien und Aserbaidschan ausgehandelte "
        "Transitabkommen ist noch nicht in Kraft."
    )
    found = dyads(code_text(text), "04")
    states = {"ARM", "GEO", "AZE"}
    assert found == {(a, b) for a in states for b in states if a != b}


def test_participle_attribute_with_von_names_source_and_target(code_text) -> None:
    text = "Die von Kanada verhängten Sanktionen gegen Belarus treffen vor allem Banken."
    assert dyads(code_text(text), "16") == {("CAN", "BLR")}


def test_participle_attribute_without_agent_gives_nothing(code_text) -> None:
    assert code_text("Die verhängten Sanktionen gegen Belarus treffen vor allem Banken.") == []


def test_negation_after_the_attributed_noun_belongs_to_the_main_clause(code_text) -> None:
    # The talks happened; only the implementation is negated.
    text = "Das zwischen Serbien und dem Kosovo ausgehandelte Abkommen wurde nie umgesetzt."
    assert dyads(code_text(text), "04") == {("SRB", "XKX"), ("XKX", "SRB")}


def test_capital_after_a_preposition_does_not_swallow_the_next_actor(code_text) -> None:
    # "in Warschau" is a place; "Polens Präsident" behind it is the dative object.
    text = "Der deutsche Kanzler sagte am Montag in Warschau Polens Präsidenten Hilfe zu."
    assert ("DEU", "POL") in dyads(code_text(text, date="2024-02-26"))


def test_statt_between_numbers_is_no_adverbial(code_text) -> None:
    text = "Österreich bot Ungarn am Dienstag 80 statt bisher 40 Polizisten an."
    assert dyads(code_text(text), "03") == {("AUT", "HUN")}


def test_scare_quotes_do_not_cut_the_clause(code_text) -> None:
    text = "Am Sonntag hatte Teheran den Vereinigten Staaten mit „harten“ Schritten gedroht."
    assert dyads(code_text(text), "13") == {("IRN", "USA")}


def test_criticism_without_object_targets_the_reported_subject(code_text) -> None:
    text = (
        "Polen und Litauen sollten keine Truppen verlegen, "
        "kritisierte das Außenministerium in Moskau."
    )
    assert dyads(code_text(text), "11") == {("RUS", "POL"), ("RUS", "LTU")}


def test_warning_without_object_targets_the_governed_clause(code_text) -> None:
    text = "Der iranische Außenminister warnte, die Regierung Israels werde den Preis zahlen."
    assert dyads(code_text(text), "13") == {("IRN", "ISR")}


def test_criticism_with_object_keeps_its_object(code_text) -> None:
    text = "Der französische Präsident kritisierte Russland, die Gespräche seien gescheitert."
    assert dyads(code_text(text), "11") == {("FRA", "RUS")}


def test_entry_of_migrants_is_no_journey(code_text) -> None:
    text = "Die illegale Einreise von Serbien nach Ungarn ist vielen Migranten gelungen."
    assert code_text(text) == []


def test_place_after_a_time_phrase_belongs_to_the_clause(code_text) -> None:
    # Washington is where the criticism was voiced, not where the journey went.
    text = "Kanada kritisierte die Reise des indischen Premiers am Montag in Ottawa."
    assert ("IND", "CAN") not in dyads(code_text(text), "04")


def test_protest_against_a_noun_targets_its_von_agent(code_text) -> None:
    text = "Seoul protestierte gegen Äußerungen von Japans Verteidigungsminister."
    assert dyads(code_text(text), "11") == {("KOR", "JPN")}


def test_von_attribute_of_the_object_is_the_target(code_text) -> None:
    assert dyads(code_text("Estland kritisierte das Vorgehen von Belarus."), "11") == {
        ("EST", "BLR")
    }


def test_calling_someone_names_is_a_denunciation(code_text) -> None:
    assert dyads(code_text("Kiew bezeichnete Minsk als Komplizen und Aggressor.")) == {
        ("UKR", "BLR")
    }
    assert code_text("Der Kanzler bezeichnete Frankreich als wichtigsten Partner.") == []


def test_criticism_that_came_from_a_state(code_text) -> None:
    text = "Scharfe Kritik an Aserbaidschan kam am Dienstag von Frankreich."
    assert dyads(code_text(text), "11") == {("FRA", "AZE")}
    assert dyads(code_text("Kritik an der Entscheidung kam von Frankreich.")) == {("FRA", "-")}


def test_participle_attribute_that_the_tagger_reads_as_finite_verb(code_text) -> None:
    text = "Die von Vietnam kritisierten Manöver Chinas begannen am Montag."
    assert dyads(code_text(text), "11") == {("VNM", "CHN")}


# (a condemned incident of an earlier sentence: tests/events/test_discourse.py)


def test_fronted_object_before_er(code_text) -> None:
    first = "Der polnische Außenminister sprach am Montag in Warschau."
    found = code_text(first, "Litauen warf er vor, die Grenze zu schließen.")
    assert dyads(found, "11") == {("POL", "LTU")}


# -- nouns and refusals -------------------------------------------------------


def test_talks_between_two_states(code_text) -> None:
    found = code_text("Die Gespräche zwischen den USA und China dauerten sechs Stunden.")
    assert dyads(found, "04") == {("USA", "CHN"), ("CHN", "USA")}


def test_unlikely_or_upcoming_meeting_is_no_event(code_text) -> None:
    assert code_text("Ein Treffen zwischen Biden und Xi Jinping gilt als unwahrscheinlich.") == []
    assert code_text("Vor dem Besuch Blinkens in China wurden Bedenken laut.") == []


def test_joint_adjective_exercise(code_text) -> None:
    found = code_text("Das russisch-chinesische Marinemanöver endete am Freitag.")
    assert dyads(found, "06") == {("RUS", "CHN"), ("CHN", "RUS")}


def test_visit_named_in_a_compound(code_text) -> None:
    found = code_text("Blinkens China-Besuch war der erste seit fünf Jahren.")
    assert dyads(found, "04") == {("USA", "CHN")}


def test_refused_talks_are_a_rejection_not_a_meeting(code_text) -> None:
    found = code_text("Nordkorea lehnte Gespräche mit den USA ab.")
    assert roots(found) == {"12"}
    assert dyads(found, "12") == {("PRK", "USA")}


# -- the cheap scan -----------------------------------------------------------


def test_trigger_scan(coder) -> None:
    assert coder.has_trigger("Blinken traf Xi.")
    assert coder.has_trigger("Die Friedensgespräche begannen.")
    assert coder.has_trigger("Washington forderte Peking auf, einzulenken.")
    assert not coder.has_trigger("Das Wetter war am Wochenende schön.")


def test_both_sides_are_the_two_states_named_before(code_text) -> None:
    found = code_text(
        "Der chinesische Vizeaußenminister Ma Zhaoxu traf mit dem südkoreanischen "
        "Außenminister Cho Tae-yul zusammen.",
        "Nach Angaben des Ministeriums tauschten sich die beiden über Themen aus.",
    )
    assert dyads(found, "04") == {("CHN", "KOR"), ("KOR", "CHN")}


def test_the_three_presidents_are_the_three_states_named_before(code_text) -> None:
    found = code_text(
        "Mazedoniens Präsident Ivanov wartete mit seinen Kollegen aus Slowenien und Kroatien.",
        "Die drei Präsidenten besuchten ein mazedonisches Flüchtlingslager.",
    )
    assert {("SVN", "MKD"), ("HRV", "MKD")} <= dyads(found, "04")
    found = code_text(
        "Polen, Litauen, Lettland und Estland berieten in Warschau.",
        "Die vier Staaten kritisierten Russland.",
    )
    assert dyads(found, "11") == {("POL", "RUS"), ("LTU", "RUS"), ("LVA", "RUS"), ("EST", "RUS")}


def test_a_group_of_another_size_names_nobody(code_text) -> None:
    found = code_text(
        "Die Außenminister Japans und der USA kamen in Tokio zusammen.",
        "Die drei Außenminister verurteilten Nordkorea.",
    )
    assert found == []
    found = code_text("In drei Ländern wurde gewählt.", "Die drei Parteien kritisierten Russland.")
    assert found == []


def test_we_in_quoted_speech_is_the_speaker(code_text) -> None:
    found = code_text(
        "Der US-Außenminister Blinken erklärte: Wir haben Nordkorea scharf kritisiert."
    )
    assert dyads(found, "11") == {("USA", "PRK")}


def test_preposition_of_a_non_actor_conjunct(code_text) -> None:
    found = code_text("Israel sperrte die Grenze zwischen dem Westjordanland und Jordanien.")
    assert not [
        c
        for c in found
        if c.target is not None
        and c.target.country == "JOR"
        and c.source.country == "ISR"
        and c.cameo.startswith("04")
    ]


def test_non_actor_subject_after_the_verb(code_text) -> None:
    assert not dyads(
        code_text("Seit Jahren werfen westliche Staaten China Cyberangriffe vor."), "11"
    )


def test_firms_are_no_state_sources(code_text) -> None:
    text = (
        "Österreichische und deutsche Transportunternehmen fordern von Griechenland Schadenersatz."
    )
    assert not dyads(code_text(text), "10")


def test_strong_genitive_adjective_is_the_target(code_text) -> None:
    found = code_text("Japan protestierte scharf gegen das Eindringen chinesischer Schiffe.")
    assert dyads(found, "11") == {("JPN", "CHN")}


def test_negation_scope_of_noun_events(code_text) -> None:
    assert code_text("Gespräche zwischen Russland und der Ukraine sind nicht in Sicht.") == []
    assert code_text("Es gab kein Treffen zwischen Biden und Xi Jinping.") == []
    found = code_text("Nach den Gesprächen zwischen Frankreich und China gab es keine Erklärung.")
    assert dyads(found, "04") == {("FRA", "CHN"), ("CHN", "FRA")}


def test_not_explicitly_is_still_a_negation(code_text) -> None:
    assert code_text("Indien hat Russland bislang nicht ausdrücklich verurteilt.") == []


def test_relative_pronoun_of_a_non_actor_is_the_subject(code_text) -> None:
    assert not dyads(code_text("Der Minister, der China besuchte, lobte die Gespräche."), "04")
    assert not dyads(code_text("Die Staaten, die Russland kritisierten, trafen sich."), "11")


def test_we_in_a_quote_is_the_speaker_named_after_it(code_text) -> None:
    found = code_text("„Wir haben die USA eindringlich gewarnt“, sagte Lawrow am Montag.")
    assert dyads(found, "13") == {("RUS", "USA")}
    found = code_text("„Wir verurteilen den Angriff Israels“, so der iranische Außenminister.")
    assert dyads(found, "11") == {("IRN", "ISR")}
    assert {c.attribution.text for c in found if c.cameo.startswith("11")} == {
        "iranische Außenminister"
    }


def test_dash_aside_does_not_cut_the_clause(code_text) -> None:
    text = "Deutschland hat ein Rechtshilfeersuchen an Österreich – wo der Fall liegt – gestellt."
    assert dyads(code_text(text), "02") == {("DEU", "AUT")}


def test_laut_cites_the_phrase_after_it_only(code_text) -> None:
    found = code_text(
        "Laut Medienberichten haben Merkel und Orbán über die Flüchtlingskrise gesprochen.",
        date="2015-09-01",
    )
    assert dyads(found, "04") == {("DEU", "HUN"), ("HUN", "DEU")}
    assert {c.attribution for c in found} == {None}
    assert all(c.confidence < 0.8 for c in found)


def test_planned_meeting_is_the_planners_intent(code_text) -> None:
    found = code_text("Biden plant ein Treffen mit Xi Jinping.")
    assert {(c.cameo, *next(iter(dyads([c])))) for c in found} == {("036", "USA", "CHN")}
    assert code_text("Ein Treffen zwischen Biden und Xi Jinping ist geplant.") == []


def test_reciprocal_accusations_go_both_ways(code_text) -> None:
    found = code_text("Armenien und Aserbaidschan warfen sich gegenseitig Verstöße vor.")
    assert dyads(found, "11") == {("ARM", "AZE"), ("AZE", "ARM")}


def test_plural_sie_takes_the_joint_subject_before(code_text) -> None:
    found = code_text(
        "Die USA und Japan haben am Montag in Tokio verhandelt.",
        "Sie kritisierten anschließend China scharf.",
    )
    assert dyads(found, "11") == {("USA", "CHN"), ("JPN", "CHN")}


def test_denied_reports_of_a_meeting(code_text) -> None:
    text = "Moskau hat Berichte über ein Treffen zwischen Putin und Kim Jong Un dementiert."
    assert code_text(text) == []


def test_coordinated_participle_shares_the_main_subject(code_text) -> None:
    text = (
        "Die Ukraine hat Ungarn aufgefordert, seine Blockade aufzugeben, "
        "und mit Konsequenzen gedroht."
    )
    found = code_text(text)
    assert ("UKR", "HUN") in dyads(found, "10")
    assert {s for s, _ in dyads(found, "13")} == {"UKR"}


def test_speaker_at_a_meeting_took_part(code_text) -> None:
    found = code_text(
        "Xi Jinping sagte bei dem Treffen mit Biden, Taiwan sei die wichtigste Frage."
    )
    assert dyads(found, "04") == {("CHN", "USA"), ("USA", "CHN")}


def test_genitive_deep_in_a_phrase_is_no_target(code_text) -> None:
    found = code_text("Italien warnte vor den Folgen solcher Beschlüsse einzelner EU-Staaten.")
    assert dyads(found, "13") <= {("ITA", "-")}
    assert dyads(code_text("China kritisierte die Politik der USA."), "11") == {("CHN", "USA")}


def test_support_noun_in_an_adverbial_phrase_is_no_object(code_text) -> None:
    text = "Der serbische Präsident äußerte sich trotz der Kritik an der EU lobend."
    assert not dyads(code_text(text), "11")


def test_other_languages_are_left_alone(coder, actor_resolver) -> None:
    from dyad.model import Document, Sentence

    text = "Blinken traf Xi Jinping in Peking."
    mentions = actor_resolver.find(text, "2024-02-26", "de")
    german = Sentence(0, 0, len(text), text, language="de", mentions=mentions)
    english = Sentence(0, 0, len(text), text, language="en", mentions=mentions)
    assert coder.code(german, Document(id="de", text=text, sentences=[german]))
    assert coder.code(english, Document(id="en", text=text, sentences=[english])) == []
