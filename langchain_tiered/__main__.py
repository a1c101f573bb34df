from langchain_tiered.cli import main

raise SystemExit(main())
