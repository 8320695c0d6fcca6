"""Stage 3, actors: who is named in a sentence, resolved to CAMEO-style codes.

Public interface used by the pipeline (see docs/architecture.md):

    resolver = ActorResolver.load()          # knowledge loaded once, cached
    mentions = resolver.find(text, date="2024-02-26", lang="de")  # list[Mention]
"""

from dyad.actors.resolver import ActorResolver

__all__ = ["ActorResolver"]
