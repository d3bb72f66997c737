"""``python -m deckgen``, and the ``deckgen`` script's entry point."""

import gc


def run() -> None:
    """deckgen as a process, without the cycle collector from its first import on: a command is the whole
    life of the process (``cli.main``) and makes no garbage cycles worth a pass, and each pass over what
    importing Click, PyYAML and deckgen makes frees nothing (about 1% of a small check's instructions)."""
    gc.disable()
    from .cli import run as command

    command()


if __name__ == "__main__":
    run()
