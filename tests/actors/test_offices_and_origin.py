"""Office holders the event coder missed: the Pope and IGO officials with a nationality
adjective, Austrian 'Bundes-' titles, interior ministers of the 2015 refugee crisis,
Balkan heads of state, Korean names. All sentences are written for these tests."""

from __future__ import annotations

from dyad.actors import ActorResolver


def found(resolver: ActorResolver, text: str, date: str | None) -> list[tuple]:
    return [(m.text, m.code, m.name) for m in resolver.find(text, date=date)]


def test_nationality_adjective_before_the_pope_is_his_origin(resolver: ActorResolver) -> None:
    text = "Der argentinische Pontifex traf in Quito ein."
    assert found(resolver, text, "2015-07-06") == [
        ("argentinische Pontifex", "VATGOV", None),
        ("Quito", "ECUGOV", None),
    ]
    text = "Die Reise des Papstes endete, Papst Franziskus flog nach Rom."
    codes = [(t, c) for t, c, _ in found(resolver, text, "2015-07-06")]
    assert codes[:2] == [("Papstes", "VATGOV"), ("Papst Franziskus", "VATGOV")]


def test_nationality_adjective_before_an_igo_office_is_origin(resolver: ActorResolver) -> None:
    text = "Der südkoreanische UN-Generalsekretär Ban Ki-moon warnte."
    assert found(resolver, text, "2015-07-06") == [
        ("südkoreanische UN-Generalsekretär Ban Ki-moon", "IGOUNO", "Ban Ki-moon")
    ]
    # a delegate acts for the state that sends him: the adjective stays a country
    text = "Der deutsche EU-Vertreter widersprach."
    assert [c for _, c, _ in found(resolver, text, "2015-07-06")] == ["DEU", "IGOEUREEC"]
    # a national office keeps its adjective as the country
    text = "Die argentinische Präsidentin traf den argentinischen Papst."
    assert [c for _, c, _ in found(resolver, text, "2015-07-06")] == ["ARGGOV", "VATGOV"]


def test_federal_titles_take_the_named_persons_country(resolver: ActorResolver) -> None:
    text = "Bundespräsident Fischer empfing Innenministerin Mikl-Leitner."
    assert found(resolver, text, "2015-09-10") == [
        ("Bundespräsident Fischer", "AUTGOV", "Heinz Fischer"),
        ("Innenministerin Mikl-Leitner", "AUTGOV", "Johanna Mikl-Leitner"),
    ]
    # undated archive text: the one chancellor or interior minister ever named so
    text = "Bundeskanzler Kurz und Innenminister Sobotka widersprachen."
    assert [(c, n) for _, c, n in found(resolver, text, None)] == [
        ("AUTGOV", "Sebastian Kurz"),
        ("AUTGOV", "Wolfgang Sobotka"),
    ]
    # without a name, 'Bundes-' stays Germany
    text = "Der Bundespräsident und Bundespräsident Gauck reisten."
    assert [c for _, c, _ in found(resolver, text, "2015-09-10")] == ["DEUGOV", "DEUGOV"]


def test_interior_ministers_of_2015(resolver: ActorResolver) -> None:
    text = "Schäuble, de Maizière, Cazeneuve und Alfano berieten mit Mikl-Leitner."
    codes = [(c, n) for _, c, n in found(resolver, text, "2015-10-01")]
    assert codes == [
        ("DEUGOV", "Wolfgang Schäuble"),
        ("DEUGOV", "Thomas de Maizière"),
        ("FRAGOV", "Bernard Cazeneuve"),
        ("ITAGOV", "Angelino Alfano"),
        ("AUTGOV", "Johanna Mikl-Leitner"),
    ]
    text = "Der Innenminister Großbritanniens, Theresa May, sagte."
    assert found(resolver, text, "2015-10-01")[0][1:] == ("GBRGOV", "Theresa May")


def test_balkan_heads_of_state_of_2016(resolver: ActorResolver) -> None:
    text = (
        "Mazedoniens Staatschef Gjorge Ivanov empfing Borut Pahor, Kolinda Grabar Kitarovic, "
        "Tomislav Nikolić und Hashim Thaçi."
    )
    assert [c for _, c, _ in found(resolver, text, "2016-03-09")] == [
        "MKDGOV",
        "SVNGOV",
        "HRVGOV",
        "SRBGOV",
        "XKXGOV",
    ]
    assert found(resolver, "Vučić und Kammenos reisten.", "2016-03-09") == [
        ("Vučić", "SRBGOV", "Aleksandar Vučić"),
        ("Kammenos", "GRCMIL", "Panos Kammenos"),
    ]


def test_korean_kim_names_resolve_only_in_full(resolver: ActorResolver) -> None:
    text = "Südkoreas Verteidigungsminister Kim Yong-hyun warnte Nordkorea."
    assert [c for _, c, _ in found(resolver, text, "2024-10-01")] == ["KORMIL", "PRK"]
    assert found(resolver, "Kim Yong Hyun warnte.", "2024-10-01")[0][1] == "KORMIL"
    # the family name alone names nobody: North and South have many Kims in office
    assert found(resolver, "Kim warnte.", "2024-10-01") == []


def test_title_and_common_surname_name_the_one_listed_person(resolver: ActorResolver) -> None:
    text = "Wirtschaftsminister Gabriel und Minister Klug widersprachen."
    assert [(c, n) for _, c, n in found(resolver, text, "2015-11-03")] == [
        ("DEUGOV", "Sigmar Gabriel"),
        ("AUTMIL", "Gerald Klug"),
    ]
    # not an informant, and not a name shared by two listed people
    assert found(resolver, "Experte Klug und Minister Fischer sagten.", "2015-11-03") == [
        ("Experte Klug", "EDU", "Klug")
    ]


def test_undated_text_codes_a_person_by_their_longest_office(resolver: ActorResolver) -> None:
    # Schäuble was finance minister for eight years and Bundestag president last
    assert found(resolver, "Schäuble schloss einen Grexit nicht aus.", None) == [
        ("Schäuble", "DEUGOV", "Wolfgang Schäuble")
    ]


def test_a_states_coalition(resolver: ActorResolver) -> None:
    text = "Die saudische Militärkoalition bombardierte Stellungen im Jemen."
    assert [(t, c) for t, c, _ in found(resolver, text, "2015-06-01")] == [
        ("saudische Militärkoalition", "SAUMIL"),
        ("Jemen", "YEM"),
    ]
    assert found(resolver, "Die Koalition stritt.", "2015-06-01") == []


def test_title_picks_the_namesake_who_held_that_office(resolver: ActorResolver) -> None:
    # two Sobotkas in 2016: the Czech prime minister and the Austrian interior minister
    text = "Innenminister Sobotka und Premier Sobotka trafen sich."
    assert [(c, n) for _, c, n in found(resolver, text, "2016-06-01")] == [
        ("AUTGOV", "Wolfgang Sobotka"),
        ("CZEGOV", "Bohuslav Sobotka"),
    ]
    # a ministry is an institution, not its minister
    assert found(resolver, "Das Wiener Innenministerium schwieg.", "2016-06-01") == [
        ("Wiener Innenministerium", "AUTGOV", None)
    ]


def test_namesakes_do_not_leak(resolver: ActorResolver) -> None:
    # a full name after a title is that person, not a namesake holding the office
    text = "SPD-Chef Sigmar Gabriel widersprach."
    assert [(c, n) for _, c, n in found(resolver, text, None)] == [("DEUGOV", "Sigmar Gabriel")]
    # the last word of a multi-word name is no surname of its own
    assert found(resolver, "Doch wie damals Ali gewann auch diesmal der Favorit.", None) == []
    assert found(resolver, "Die Agentur der Jung von Matt gewann.", None) == []
