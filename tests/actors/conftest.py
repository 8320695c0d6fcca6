from __future__ import annotations

import pytest

from dyad.actors import ActorResolver
from dyad.model import Mention


@pytest.fixture(scope="session")
def resolver() -> ActorResolver:
    return ActorResolver.load()


def by_text(mentions: list[Mention]) -> dict[str, Mention]:
    return {m.text: m for m in mentions}
