"""The readings the event coder relies on, on sentences written for these tests."""

from __future__ import annotations

from dyad.actors import ActorResolver


def find(resolver: ActorResolver, text: str, date: str | None = "2023-06-18", lang: str = "de"):
    return resolver.find(text, date=date, lang=lang)


def codes(mentions) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in mentions]


def test_load_is_cached(resolver: ActorResolver) -> None:
    assert ActorResolver.load() is resolver


def test_role_with_prefix_and_person_is_one_mention(resolver: ActorResolver) -> None:
    text = "Am Sonntag empfing US-Außenminister Antony Blinken seinen Gast."
    (mention,) = find(resolver, text)
    assert mention.text == "US-Außenminister Antony Blinken"
    assert text[mention.start : mention.end] == mention.text
    assert (mention.code, mention.country, mention.sector) == ("USAGOV", "USA", "GOV")
    assert mention.name == "Antony Blinken"
    assert mention.kind == "role+person"


def test_genitive_country_role_and_unlisted_name(resolver: ActorResolver) -> None:
    mentions = find(resolver, "Gestern sprach Chinas Vizeaußenminister Xie Feng in Genf.")
    first = mentions[0]
    assert first.text == "Chinas Vizeaußenminister Xie Feng"
    assert first.code == "CHNGOV"
    assert first.name == "Xie Feng"


def test_adjective_role_and_separate_country(resolver: ActorResolver) -> None:
    mentions = find(resolver, "Der chinesische Botschafter in den USA widersprach.")
    assert codes(mentions) == [("chinesische Botschafter", "CHNGOV"), ("USA", "USA")]


def test_plural_diplomats_with_prefix(resolver: ActorResolver) -> None:
    mentions = find(resolver, "Drei führende US-Diplomaten reisten ab.")
    assert codes(mentions) == [("US-Diplomaten", "USAGOV")]


def test_city_adjective_with_ministry(resolver: ActorResolver) -> None:
    mentions = find(resolver, "Das Pekinger Verteidigungsministerium schwieg dazu.")
    assert codes(mentions) == [("Pekinger Verteidigungsministerium", "CHNMIL")]


def test_genitive_country_alone(resolver: ActorResolver) -> None:
    mentions = find(resolver, "Das liegt im Interesse Chinas.")
    assert codes(mentions) == [("Chinas", "CHN")]
    assert mentions[0].sector is None


def test_joint_adjective_gives_two_mentions_with_one_span(resolver: ActorResolver) -> None:
    mentions = find(resolver, "Die russisch-chinesische Gesprächsrunde endete ohne Ergebnis.")
    assert [(m.code, m.country, m.sector, m.kind) for m in mentions] == [
        ("RUS", "RUS", None, "joint-adjective"),
        ("CHN", "CHN", None, "joint-adjective"),
    ]
    assert mentions[0].start == mentions[1].start and mentions[0].end == mentions[1].end


def test_metonyms(resolver: ActorResolver) -> None:
    text = "Der Kreml, das Weiße Haus und das Pentagon reagierten; Pjöngjang schwieg."
    assert codes(find(resolver, text)) == [
        ("Kreml", "RUSGOV"),
        ("Weiße Haus", "USAGOV"),
        ("Pentagon", "USAMIL"),
        ("Pjöngjang", "PRKGOV"),
    ]


def test_office_holder_depends_on_date(resolver: ActorResolver) -> None:
    text = "Der US-Außenminister reiste nach Peking."
    (minister_2017, _) = find(resolver, text, date="2017-05-10")
    (minister_2023, _) = find(resolver, text, date="2023-06-18")
    assert minister_2017.name == "Rex Tillerson"
    assert minister_2023.name == "Antony Blinken"
    assert "people.tsv:" in minister_2023.how


def test_surname_only_resolves_on_date(resolver: ActorResolver) -> None:
    mentions = find(resolver, "Blinken und Qin sprachen fünf Stunden.")
    assert [(m.name, m.code) for m in mentions] == [
        ("Antony Blinken", "USAGOV"),
        ("Qin Gang", "CHNGOV"),
    ]


def test_former_office_holder_is_elite(resolver: ActorResolver) -> None:
    (mention,) = find(resolver, "Obama kritisierte den Plan.", date="2019-03-01")
    assert mention.code == "USAELI"


def test_expert_is_informant_without_country(resolver: ActorResolver) -> None:
    (mention,) = find(resolver, "Das sei riskant, sagte China-Expertin Mareike Ohlberg.")
    assert mention.informant
    assert mention.sector == "EDU" and mention.country is None
    assert mention.name == "Mareike Ohlberg"


def test_topic_compound_with_country_is_not_an_actor(resolver: ActorResolver) -> None:
    assert find(resolver, "Die China-Reise war lange geplant.") == []


def test_igo_prefix_compound(resolver: ActorResolver) -> None:
    (mention,) = find(resolver, "Beim Nato-Gipfel wurde gestritten.")
    assert (mention.text, mention.code, mention.country) == ("Nato", "IGOWSTNAT", None)


def test_speaker_takes_sector_from_genitive_complement(resolver: ActorResolver) -> None:
    (mention,) = find(resolver, "Ein Sprecher des Pentagons bestätigte den Bericht.")
    assert (mention.text, mention.code) == ("Sprecher des Pentagons", "USAMIL")


def test_capital_inside_a_club_or_firm_name_is_not_the_government(
    resolver: ActorResolver,
) -> None:
    text = "Real Madrid schlug Union Berlin, während Madrid verhandelte."
    assert codes(find(resolver, text)) == [("Madrid", "ESPGOV")]


def test_surname_after_another_first_name_is_someone_else(resolver: ActorResolver) -> None:
    assert find(resolver, "Torwart Heinz Lindner hielt den Ball.", date="2022-06-01") == []
    (mention,) = find(resolver, "Auch Lindner widersprach.", date="2022-06-01")
    assert mention.name == "Christian Lindner"


def test_short_genitive_does_not_make_a_surname(resolver: ActorResolver) -> None:
    assert find(resolver, "Hans und Karl kamen zu spät.", date="2016-03-01") == []
