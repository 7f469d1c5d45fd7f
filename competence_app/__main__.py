from competence_app.cli import main

raise SystemExit(main())
