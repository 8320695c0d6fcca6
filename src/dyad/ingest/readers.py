"""Documents from files and folders: plain text, HTML pages and JSONL records.

Every problem with one input becomes an `IngestError` that names the file (and
the line) and says what is wrong; the reader goes on with the next input.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dyad.ingest.clean import clean_text
from dyad.ingest.meta import header_meta, outlet_from_markers, outlet_from_url
from dyad.model import Document

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MAX_BYTES = 20_000_000


@dataclass
class IngestError:
    where: str  # "path" or "path:line"
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def content_hash(text: str, **meta: Any) -> str:
    payload = json.dumps([text, sorted(meta.items())], ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:20]


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """Files as given, folders recursively (known suffixes only, sorted)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in KNOWN_SUFFIXES:
                    yield child
        elif path.is_file():
            yield path
        else:
            yield IngestError(str(path), "no such file or folder")


def _decode(path: Path, data: bytes) -> str | IngestError:
    if not data.strip():
        return IngestError(str(path), "empty file")
    if b"\x00" in data[:8192]:
        return IngestError(str(path), "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return IngestError(
            str(path),
            f"not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
            "re-encode the file as UTF-8",
        )


def make_document(
    doc_id: str,
    raw: str,
    *,
    url: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    path: str | None = None,
    is_html: bool = False,
) -> Document | str:
    """A cleaned Document, or the reason why there is none."""
    published_how = "given by the input record" if published else None
    if is_html:
        from dyad.ingest.html import extract_html

        page = extract_html(raw, url)
        if page.text is None:
            return "HTML page without article text"
        raw = page.text
        url = url or page.url
        outlet = outlet or page.outlet
        if not published and page.published:
            published, published_how = page.published, page.published_how
    header = header_meta(raw)
    if header.strip_prefix:
        raw = raw[header.strip_prefix :]
    if not published and header.published:
        published, published_how = header.published, header.published_how
    outlet = outlet or header.outlet or outlet_from_url(url) or outlet_from_markers(raw)
    text = clean_text(raw).text
    if not text.strip():
        return "no text left after removing page debris"
    return Document(
        id=doc_id,
        text=text,
        url=url,
        outlet=outlet,
        published=published,
        content_hash=content_hash(text, url=url, outlet=outlet, published=published),
        path=path,
        published_how=published_how,
    )


def _safely_made(doc_id: str, raw: str, **kwargs: Any) -> Document | str:
    # A library failing on one odd page must not stop the batch.
    try:
        return make_document(doc_id, raw, **kwargs)
    except Exception as err:  # noqa: BLE001
        return f"could not extract text: {type(err).__name__}: {err}"


def read_jsonl(path: Path, text: str) -> Iterator[Document | IngestError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield IngestError(where, f"malformed JSON ({err.msg} at column {err.colno})")
            continue
        yield from record_document(record, where, default_id=f"{path.name}:{number}")


def record_document(record: Any, where: str, default_id: str) -> Iterator[Document | IngestError]:
    """One input record {"id","text","url","outlet","published"} (only text required)."""
    if not isinstance(record, dict):
        yield IngestError(where, "a record must be a JSON object")
        return
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        yield IngestError(where, "record has no 'text' (a non-empty string is required)")
        return
    for key in ("id", "url", "outlet", "published"):
        if record.get(key) is not None and not isinstance(record[key], str | int):
            yield IngestError(where, f"record field {key!r} must be a string")
            return
    doc_id = str(record.get("id") or default_id)
    looks_html = text.lstrip()[:1] == "<" and "</" in text
    made = _safely_made(
        doc_id,
        text,
        url=record.get("url"),
        outlet=record.get("outlet"),
        published=record.get("published"),
        path=where,
        is_html=looks_html,
    )
    yield made if isinstance(made, Document) else IngestError(f"{where} (id {doc_id})", made)


def read_path(path: Path) -> Iterator[Document | IngestError]:
    try:
        if path.stat().st_size > MAX_BYTES:
            yield IngestError(str(path), f"larger than {MAX_BYTES // 1_000_000} MB")
            return
        data = path.read_bytes()
    except OSError as err:
        yield IngestError(str(path), f"cannot read: {err.strerror or err}")
        return
    text = _decode(path, data)
    if isinstance(text, IngestError):
        yield text
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, text)
        return
    is_html = suffix in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(
        ("<!doctype html", "<html")
    )
    made = _safely_made(path.name, text, path=str(path), is_html=is_html)
    yield made if isinstance(made, Document) else IngestError(str(path), made)


def iter_documents(paths: Iterable[str | Path]) -> Iterator[Document | IngestError]:
    """Every document under the given paths, or an error for each bad input."""
    for item in expand_paths(paths):
        if isinstance(item, IngestError):
            yield item
        else:
            yield from read_path(item)
