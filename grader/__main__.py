import sys

from grader.cli import entry_point

sys.exit(entry_point())
