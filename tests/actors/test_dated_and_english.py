"""Office holders on a date, former holders, and English text."""

from __future__ import annotations

import pytest

from dyad.actors import ActorResolver


@pytest.mark.parametrize(
    ("text", "date", "name", "code"),
    [
        ("Chinas Außenminister kündigte Gespräche an.", "2015-04-01", "Wang Yi", "CHNGOV"),
        ("Chinas Außenminister kündigte Gespräche an.", "2023-03-01", "Qin Gang", "CHNGOV"),
        ("Der russische Verteidigungsminister besuchte Minsk.", "2010-01-01",
         "Anatoli Serdjukow", "RUSMIL"),
        ("Der russische Verteidigungsminister besuchte Minsk.", "2024-09-01",
         "Andrej Beloussow", "RUSMIL"),
        ("Der Kreml-Chef empfing Gäste.", "2009-06-01", "Dmitri Medwedew", "RUSGOV"),
        ("Der Kreml-Chef empfing Gäste.", "2013-06-01", "Wladimir Putin", "RUSGOV"),
        ("Die britische Premierministerin reiste ab.", "2017-01-10", "Theresa May", "GBRGOV"),
        ("Nato-Generalsekretär sprach in Vilnius.", "2023-07-11", "Jens Stoltenberg",
         "IGOWSTNAT"),
        ("Der UN-Generalsekretär warnte.", "2010-05-05", "Ban Ki-moon", "IGOUNO"),
    ],
)  # fmt: skip
def test_title_resolves_to_holder_on_date(
    resolver: ActorResolver, text: str, date: str, name: str, code: str
) -> None:
    mention = resolver.find(text, date=date)[0]
    assert (mention.name, mention.code) == (name, code)


def test_without_date_the_latest_holder_is_used(resolver: ActorResolver) -> None:
    (mention,) = resolver.find("Der US-Außenminister schwieg.", date=None)
    assert mention.name == "Marco Rubio"


def test_ambiguous_surname_is_not_guessed(resolver: ActorResolver) -> None:
    # Two Clintons held office; on this date neither did, so no name is guessed.
    assert resolver.find("Clinton sprach in Ohio.", date="2018-01-01") == []


def test_surname_resolves_differently_by_date(resolver: ActorResolver) -> None:
    (patrushev_2017,) = resolver.find("Patruschew traf seinen Amtskollegen.", date="2017-05-01")
    assert patrushev_2017.code == "RUSGOV"
    assert patrushev_2017.entry == "people.tsv:nikolai_patruschew_nsa2008"


def test_ex_title_is_elite(resolver: ActorResolver) -> None:
    (mention,) = resolver.find("Der Ex-Präsident Südkoreas wurde verurteilt.", date="2018-04-06")
    assert mention.code == "KORELI"
    assert mention.name is None  # which former president is not said


def test_informant_media_and_think_tank(resolver: ActorResolver) -> None:
    mentions = resolver.find("Wie Xinhua und das Institut Merics berichteten, ...", date=None)
    assert [(m.text, m.code, m.informant) for m in mentions] == [
        ("Xinhua", "CHNMED", True),
        ("Merics", "DEUEDU", True),
    ]


def test_english_titles_and_capitals(resolver: ActorResolver) -> None:
    text = (
        "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing."
    )
    mentions = resolver.find(text, date="2023-06-18", lang="en")
    assert [(m.text, m.code, m.name) for m in mentions] == [
        ("U.S. Secretary of State Antony Blinken", "USAGOV", "Antony Blinken"),
        ("Chinese Foreign Minister Qin Gang", "CHNGOV", "Qin Gang"),
        ("Beijing", "CHNGOV", None),
    ]


def test_english_genitive_and_ministry(resolver: ActorResolver) -> None:
    mentions = resolver.find("Russia's defence ministry and the Kremlin denied it.", lang="en")
    assert [(m.text, m.code) for m in mentions] == [
        ("Russia's defence ministry", "RUSMIL"),
        ("Kremlin", "RUSGOV"),
    ]


def test_closed_compound_with_seat_of_power(resolver: ActorResolver) -> None:
    (mention,) = resolver.find("Kremlsprecher Dmitri Peskow widersprach.", date="2022-03-01")
    assert (mention.code, mention.name) == ("RUSGOV", "Dmitri Peskow")


def test_demonyms_and_compound_demonym(resolver: ActorResolver) -> None:
    mentions = resolver.find("Die Russen und die US-Amerikaner verhandelten.")
    assert [(m.text, m.code, m.kind) for m in mentions] == [
        ("Russen", "RUS", "demonym"),
        ("US-Amerikaner", "USA", "demonym"),
    ]


@pytest.mark.parametrize("form", ["chinesische", "chinesischen", "chinesischer", "chinesisches",
                                  "chinesischem"])  # fmt: skip
def test_every_adjective_ending(resolver: ActorResolver, form: str) -> None:
    (mention,) = resolver.find(f"Ein {form} Schiff.")
    assert (mention.code, mention.kind) == ("CHN", "adjective")


def test_bare_stem_and_language_name_are_not_actors(resolver: ActorResolver) -> None:
    assert resolver.find("Das Essen schmeckt chinesisch, die Karte ist auf Deutsch.") == []


def test_city_adjective_alone_is_not_an_actor(resolver: ActorResolver) -> None:
    assert resolver.find("Ein Moskauer Restaurant schloss.") == []


def test_city_adjective_with_role(resolver: ActorResolver) -> None:
    (mention,) = resolver.find("Die Moskauer Führung reagierte gelassen.")
    assert (mention.text, mention.code) == ("Moskauer Führung", "RUSGOV")


def test_hyphen_compound_of_igo_and_role(resolver: ActorResolver) -> None:
    mention, kyiv = resolver.find("Die EU-Kommissionspräsidentin reiste nach Kiew.", date=None)
    assert (kyiv.text, kyiv.code) == ("Kiew", "UKRGOV")
    assert mention.code == "IGOEUREEC"
    assert mention.name == "Ursula von der Leyen"


def test_former_title_words_give_elite(resolver: ActorResolver) -> None:
    text = "Der frühere US-Außenminister Kerry traf Altkanzler Schröder."
    mentions = resolver.find(text, date="2023-06-18")
    assert [(m.code, m.name) for m in mentions] == [
        ("USAELI", "John Kerry"),
        ("DEUELI", "Gerhard Schröder"),
    ]


def test_current_title_is_not_elite(resolver: ActorResolver) -> None:
    (mention,) = resolver.find("Der US-Außenminister Kerry traf Lawrow nicht.", date="2015-06-01")[
        :1
    ]
    assert (mention.code, mention.name) == ("USAGOV", "John Kerry")


def test_name_in_apposition_before_informant_role(resolver: ActorResolver) -> None:
    text = "Xiang Haoyu, Forschungsstipendiat am China Institute of International Studies, warnte."
    first, institute = resolver.find(text, date="2024-07-01")
    assert (first.text, first.name, first.informant) == (
        "Xiang Haoyu, Forschungsstipendiat",
        "Xiang Haoyu",
        True,
    )
    assert (institute.code, institute.informant) == ("CHNEDU", True)


def test_sentence_opening_words_are_not_an_apposed_name(resolver: ActorResolver) -> None:
    (mention,) = resolver.find("Laut Medienberichten, Experten zufolge, ist das falsch.")
    assert (mention.text, mention.name) == ("Experten", None)


def test_english_role_before_person_not_yet_in_listed_office(resolver: ActorResolver) -> None:
    mentions = resolver.find("General David Petraeus held talks.", date="2008-08-15", lang="en")
    assert [(m.code, m.name) for m in mentions] == [("USAMIL", "David Petraeus")]


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        ("Der Kremlchef schwieg.", "RUSGOV", "Wladimir Putin"),
        ("Der Pentagon-Chef schwieg.", "USAMIL", "Pete Hegseth"),
        ("Der CIA-Chef schwieg.", "USASPY", "John Ratcliffe"),
    ],
)
def test_chief_of_a_seat_is_the_head_of_its_sector(
    resolver: ActorResolver, text: str, code: str, name: str
) -> None:
    (mention,) = resolver.find(text, date="2025-03-01")
    assert (mention.code, mention.name) == (code, name)


def test_generic_closed_compound_names_no_holder(resolver: ActorResolver) -> None:
    (mention,) = resolver.find("Die Bundeschefin der Jugendorganisation sprach.", date=None)
    assert mention.name is None


def test_person_before_first_listed_office_is_elite(resolver: ActorResolver) -> None:
    (mention,) = resolver.find("Selenskyj trat im Fernsehen auf.", date="2018-05-01")
    assert mention.code == "UKRELI"
    assert "not yet" in mention.how


def test_english_joint_adjectives(resolver: ActorResolver) -> None:
    for text in ("Russian-Chinese drills began.", "Sino-Russian drills began."):
        mentions = resolver.find(text, lang="en")
        assert {m.code for m in mentions} == {"RUS", "CHN"}
        assert {m.kind for m in mentions} == {"joint-adjective"}


def test_common_surname_after_title_is_the_holder(resolver: ActorResolver) -> None:
    text = "Chinas Premier Li traf EU-Ratspräsident Michel und Nordkoreas Machthaber Kim."
    mentions = resolver.find(text, date="2023-06-18")
    assert [m.name for m in mentions] == ["Li Qiang", "Charles Michel", "Kim Jong Un"]


def test_other_name_after_title_is_kept_as_written(resolver: ActorResolver) -> None:
    (mention,) = resolver.find("Chinas Außenminister Wang reiste ab.", date="2023-06-18")
    assert (mention.code, mention.name) == ("CHNGOV", "Wang")  # Qin Gang held the office


def test_title_without_country_and_common_surname(resolver: ActorResolver) -> None:
    (mention,) = resolver.find("Außenminister Wang reiste ab.", date="2015-06-18")
    assert (mention.code, mention.name) == ("CHNGOV", "Wang Yi")
    assert resolver.find("Präsident Meier reiste ab.", date="2015-06-18") == []


def test_without_a_date_nobody_is_called_former():
    from dyad.actors import ActorResolver

    resolver = ActorResolver.load()
    text = "Qin Gang reiste nach Berlin."
    (qin,) = [m for m in resolver.find(text, date=None) if m.name]
    assert qin.code == "CHNGOV"
    assert "date unknown" in qin.how
    (later,) = [m for m in resolver.find(text, date="2024-05-01") if m.name]
    assert later.code == "CHNELI"
