from state_lint.cli import main

raise SystemExit(main())
