"""CLI subcommands, one module each.

Every module defines ``NAME`` (the subcommand), ``HELP`` (one line), ``ORDER``
(position in ``--help``), ``configure(parser)`` and ``run(args) -> int``.
``cli.py`` discovers them, so adding a command never touches another file.
"""
