"""Entry point of the desktop bundle: the same ``grader`` command as a checkout."""

import sys

from grader.cli import entry_point

if __name__ == "__main__":
    sys.exit(entry_point())
