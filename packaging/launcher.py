"""Entry point of the desktop bundle: the same ``grader`` command as a checkout."""

import sys

from grader.cli import main

if __name__ == "__main__":
    sys.exit(main())
