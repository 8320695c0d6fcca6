"""The `dyad` command line: code, events, explain, export, actor, clean, evaluate, serve."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="dyad",
    help="Political event data from German news: who did what to whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
)


_registered = False


def _register_commands() -> None:
    """Add every command to `app`, once (tests and `main` both call it)."""
    global _registered
    if _registered:
        return
    _registered = True
    # Each command lives in its own module beside this one and adds itself with
    # register(app); one line per module, so stages can add commands independently.
    from dyad.cli import pipeline_commands

    pipeline_commands.register(app)
    # --- commands contributed by stages (one import + register line each) ---
    from dyad.cli import evaluate as evaluate_command

    evaluate_command.register(app)
    from dyad.cli import actor as actor_command

    actor_command.register(app)
    from dyad.cli import clean as clean_command

    clean_command.register(app)
    from dyad.cli import serve as serve_command

    serve_command.register(app)


def main() -> None:
    _register_commands()
    app()
