import json

from dyad.ingest import IngestError, iter_documents


def _read(paths):
    docs, errors = [], []
    for item in iter_documents(paths):
        (errors if isinstance(item, IngestError) else docs).append(item)
    return docs, errors


def test_bad_inputs_each_get_a_clear_error_and_the_batch_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text("Japan und Südkorea hielten Gespräche ab.", "utf-8")
    (tmp_path / "empty.txt").write_text("", "utf-8")
    (tmp_path / "latin1.txt").write_bytes("Gespräche in Genf".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "nothing.html").write_text("<html><body><nav>Menü</nav></body></html>", "utf-8")
    (tmp_path / "records.jsonl").write_text(
        json.dumps({"id": "r1", "text": "Russland kritisierte die USA.", "published": "2024-03"})
        + "\n{not json\n"
        + json.dumps({"id": "r3"})
        + "\n",
        "utf-8",
    )
    docs, errors = _read([tmp_path, tmp_path / "missing.txt"])
    assert sorted(d.id for d in docs) == ["good.txt", "r1"]
    messages = "\n".join(map(str, errors))
    assert "empty.txt: empty file" in messages
    assert "latin1.txt: not UTF-8" in messages
    assert "binary.txt: binary file" in messages
    assert "nothing.html: HTML page without article text" in messages
    assert "records.jsonl:2: malformed JSON" in messages
    assert "records.jsonl:3" in messages and "no 'text'" in messages
    assert "missing.txt: no such file or folder" in messages
    record = next(d for d in docs if d.id == "r1")
    assert record.published == "2024-03"
    assert record.published_how == "given by the input record"


def test_html_main_text_and_date_are_extracted(tmp_path):
    page = """<!DOCTYPE html><html><head><title>Treffen</title>
    <meta property="article:published_time" content="2023-06-19T10:00:00+02:00">
    <meta property="og:site_name" content="Beispielzeitung"></head><body>
    <nav><a href="/">Start</a> <a href="/politik">Politik</a> Teilen Drucken</nav>
    <article><h1>Blinken in Peking</h1>
    <p>US-Außenminister Antony Blinken ist am Montag in Peking mit Chinas Staatschef Xi Jinping
    zusammengekommen. Beide Seiten sprachen von konstruktiven Gesprächen über die Beziehungen.</p>
    <p>Es war der erste Besuch eines US-Außenministers in China seit fünf Jahren. Die Regierung
    in Washington hatte den Besuch wochenlang vorbereitet.</p></article>
    <footer>Impressum Datenschutz Kontakt</footer></body></html>"""
    (tmp_path / "page.html").write_text(page, "utf-8")
    docs, errors = _read([tmp_path])
    assert not errors
    (doc,) = docs
    assert "Xi Jinping" in doc.text
    assert "Impressum" not in doc.text and "Politik" not in doc.text
    assert doc.published == "2023-06-19"
    assert doc.outlet == "Beispielzeitung"


def test_content_hash_is_stable_and_changes_with_the_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Japan protestierte bei China.", "utf-8")
    first = _read([path])[0][0].content_hash
    assert _read([path])[0][0].content_hash == first
    path.write_text("Japan protestierte erneut bei China.", "utf-8")
    assert _read([path])[0][0].content_hash != first


def test_publication_date_from_seed_headers(seeds_dir):
    docs = {d.id: d for d in _read([seeds_dir])[0]}
    assert docs["002_491ad0bdec7b5160.txt"].published == "2017-07"
    assert not docs["002_491ad0bdec7b5160.txt"].text.startswith("date")
    assert docs["004_6640de33ef00d5b8.txt"].published == "2024-02-26"


def test_outlet_from_page_furniture(seeds_dir):
    docs = {d.id: d for d in _read([seeds_dir])[0]}
    assert docs["003_df40a1e13b40a837.txt"].outlet == "RT DE"  # "Mehr zum Thema – ..."
    assert docs["001_3b1e2e1d15e2c6ba.txt"].outlet == "Die Presse"  # its topic box
    assert docs["004_6640de33ef00d5b8.txt"].outlet == "China today"  # "<name> logo" line


def test_a_record_outlet_wins_over_markers(tmp_path):
    text = "Japan protestierte bei China.\nMehr zum Thema – Ein anderer Artikel"
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"id": "x", "text": text, "outlet": "Beispiel"}) + "\n", "utf-8")
    (doc,) = _read([path])[0]
    assert doc.outlet == "Beispiel"


def test_the_same_page_read_twice_in_one_process_keeps_its_text(tmp_path):
    # trafilatura's own deduplication is process-wide: a second read of a page
    # must not lose the article (the serve tests and re-coding do exactly this).
    page = (
        "<html><head><title>t</title></head><body><article><p>Die Außenminister Japans und "
        "Südkoreas kamen am Montag in Tokio zusammen und berieten über Nordkorea.</p><p>Beide "
        "Seiten vereinbarten engere Abstimmung bei der Raketenabwehr.</p></article></body></html>"
    )
    (tmp_path / "p.html").write_text(page, "utf-8")
    first = _read([tmp_path / "p.html"])
    for _ in range(3):
        again = _read([tmp_path / "p.html"])
        assert not again[1], again[1]
        assert again[0][0].text == first[0][0].text
