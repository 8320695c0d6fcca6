"""Main text and metadata of an HTML page, with trafilatura and htmldate."""

from __future__ import annotations

from dataclasses import dataclass

MIN_ARTICLE_CHARS = 40


@dataclass
class HtmlPage:
    text: str | None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_how: str | None = None


def extract_html(html: str, url: str | None = None) -> HtmlPage:
    import trafilatura
    from htmldate import find_date

    text = trafilatura.extract(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    metadata = trafilatura.extract_metadata(html, default_url=url)
    # Menus and cookie banners can survive as a few words: that is no article.
    if text and len(text.strip()) < MIN_ARTICLE_CHARS:
        text = None
    page = HtmlPage(text=text or None)
    if metadata is not None:
        page.url = metadata.url or url
        page.outlet = metadata.sitename
    try:
        found = find_date(html, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        found = None
    if found:
        page.published = found
        page.published_how = "htmldate on the page's metadata"
    return page
