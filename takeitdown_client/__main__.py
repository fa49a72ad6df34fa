from takeitdown_client.cli import main

raise SystemExit(main())
