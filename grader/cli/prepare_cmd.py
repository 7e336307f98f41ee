"""Sub-commands of this area (filled in by the area's owner)."""

import argparse


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add this area's sub-commands to ``sub``."""
