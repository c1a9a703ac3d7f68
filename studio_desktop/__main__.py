"""`python -m studio_desktop` starts the window, like the `studio-desktop` launcher."""

import sys

from studio_desktop.app import main

sys.exit(main())
