"""dyad: coded political event data from German and English news.

    >>> import dyad
    >>> events = dyad.code_text("Die USA und Südkorea haben an China appelliert ...", doc_id="x")
"""

__version__ = "0.1.0"
