"""``python -m kodeverk`` runs the command line."""

from kodeverk.cli.main import main

raise SystemExit(main())
