"""The README works from a clone of this repository alone: no links or paths outside it, every
file it names exists, and the source distribution carries what it links to."""

from __future__ import annotations

import re
import tomllib

from tests.helpers import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
TOP_LEVEL = ("scripts/", "data/", "docs/", "assets/", "tests/", "packaging/", ".ci/")


def test_nothing_points_outside_the_repository() -> None:
    assert "../" not in README
    assert not re.search(r"\]\(/", README), "absolute file links break in a clone"


def test_every_linked_file_exists() -> None:
    for target in re.findall(r"\]\(([^)#\s]+)\)", README):
        if not re.match(r"https?://", target):
            assert (REPO / target).exists(), target


def test_every_repository_path_it_names_exists() -> None:
    starts = "|".join(map(re.escape, TOP_LEVEL))
    for path in set(re.findall(rf"`(?:[^`]*\s)?((?:{starts})[\w./-]*\w)", README)):
        assert (REPO / path).exists(), path


def test_the_source_distribution_carries_what_the_readme_links_to() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    included = set(pyproject["tool"]["hatch"]["build"]["targets"]["sdist"]["include"])
    for target in re.findall(r"\]\(([^)#\s]+)\)", README):
        if not re.match(r"https?://", target):
            assert target.split("/")[0] in included, target
