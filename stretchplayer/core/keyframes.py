"""Load and validate pose figures (figures.json): the keyframes the figure moves through.

Stdlib only, as strict as the pose library and with the same one-line problems ("file: place:
expected ..."). The file sits beside its library: `data/figures.json` for the built-in one,
`NAME.figures.json` next to a custom `NAME.json`. A pose without a figure is drawn from its SVG.

    {"version": 1, "figures": [{
        "pose": "half-split",                 # a pose id of the library
        "stretched": ["side"],                # legs whose hamstrings are highlighted
        "steps": [KEYFRAME, ...],             # one per setup step, each on top of the one before
        "hold": KEYFRAME,                     # on top of the last step
        "inhale": KEYFRAME, "exhale": KEYFRAME  # optional pair, on top of the hold
    }]}

A KEYFRAME has any of: "angles" {name: degrees} (the first step names all of them), "pelvis"
[x, y] or "plant" {"joint", "at": [x, y]}, "reach" {limb: {"at": [x, y]} | {"block": i} |
{"thigh": "side"|"other", "along": 0..1} | {"hips": true} | null}, "blocks" [{"x", "height"} |
{"held", "height"}], "arrows" [{"joint", "angle", "press": bool}] (this keyframe only).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from stretchplayer.core.figure import (
    ANGLE_NAMES,
    BLOCK_SIZES,
    JOINT_NAMES,
    LIMBS,
    PLANTABLE,
    REACHERS,
    Arrow,
    Block,
    Keyframe,
    PoseFigure,
    Target,
)
from stretchplayer.core.guest import printable
from stretchplayer.core.i18n import Context
from stretchplayer.core.library import (
    MISSING,
    LibraryError,
    _Checker,
    _kind,
    default_library_path,
    read_library_file,
)
from stretchplayer.core.model import Library
from stretchplayer.core.resources import data_path

problems = Context("problems")  # the library's: the words they share are one entry

SCHEMA_VERSION = 1
COORDINATE_LIMIT = 400.0  # centimetres from the origin: a mat is 2 m long
Figures = dict[str, PoseFigure]


def figures_path_for(library_path: Path | None) -> Path:
    """Where a library's figures are: beside it, named after it."""
    if library_path is None or library_path.resolve() == default_library_path().resolve():
        return data_path("figures.json")
    return library_path.with_name(f"{library_path.stem}.figures.json")


def load_figures(library: Library | None = None, path: Path | None = None) -> Figures:
    """The figures for a library (none if it has no figures file); LibraryError if invalid."""
    if path is None:
        path = figures_path_for(library.path if library is not None else None)
        if library is not None and library.path is not None and not path.exists():
            return {}
    # Read as a guest like the library: a figures file beside a shared library may be a FIFO.
    return parse_figures(read_library_file(path), str(path), library)


def parse_figures(raw: bytes, name: str = "<figures>", library: Library | None = None) -> Figures:
    checker = _FigureChecker(name, library)
    figures = checker.document(checker.parse(raw))
    if checker.problems:
        raise LibraryError(checker.problems, checker.count)
    return figures


class _FigureChecker(_Checker):
    def __init__(self, name: str, library: Library | None) -> None:
        super().__init__(name)
        self.pose_library = library

    def document(self, data: Any) -> Figures:
        doc = self.fields(data, "", {"version", "figures"})
        if doc is None:
            return {}
        version = doc.get("version")
        if version is not MISSING and version != SCHEMA_VERSION:
            self.problem(
                "version", problems.tr("expected %s, got %s") % (SCHEMA_VERSION, repr(version))
            )
        items = doc.get("figures")
        if items is MISSING:
            return {}
        if not isinstance(items, list) or not items:
            self.problem(
                "figures",
                problems.tr("expected a non-empty list of figures, got %s") % _kind(items),
            )
            return {}
        figures: Figures = {}
        for index, item in enumerate(items):
            pose_id = item.get("pose") if isinstance(item, dict) else None
            # Shown as the library shows a pose id: terminal-safe and short.
            shown = f" ({printable(pose_id, 40)})" if isinstance(pose_id, str) else ""
            place = f"figures[{index}]{shown}"
            self.at(place, (*self.order_of("figures"), index))
            figure = self.figure(item, place)
            if figure is None:
                continue
            if figure.pose_id in figures:
                self.problem(
                    f"{place}.pose",
                    problems.tr("duplicate pose %s; expected one figure a pose")
                    % repr(figure.pose_id),
                )
            figures[figure.pose_id] = figure
        return figures

    def figure(self, value: Any, place: str) -> PoseFigure | None:
        obj = self.fields(
            value, place, {"pose", "stretched", "steps", "hold"}, {"inhale", "exhale"}
        )
        if obj is None:
            return None
        pose_id = self.text(obj.get("pose"), f"{place}.pose")
        pose = None
        if pose_id and self.pose_library is not None:
            known = {p.id: p for p in self.pose_library.poses}
            pose = known.get(pose_id)
            if pose is None:
                self.problem(
                    f"{place}.pose",
                    problems.tr("unknown pose %s; expected one of: %s")
                    % (repr(pose_id), ", ".join(known)),
                )
        stretched_raw = obj.get("stretched")
        stretched: list[str] = []
        if stretched_raw is not MISSING:
            if not isinstance(stretched_raw, list):
                self.problem(
                    f"{place}.stretched",
                    problems.tr("expected a list of 'side' or 'other', got %s")
                    % _kind(stretched_raw),
                )
            else:
                for i, limb in enumerate(stretched_raw):
                    stretched.append(self.choice(limb, f"{place}.stretched[{i}]", LIMBS))
        steps_raw = obj.get("steps")
        steps: list[Keyframe] = []
        if steps_raw is not MISSING:
            if not isinstance(steps_raw, list) or not steps_raw:
                self.problem(
                    f"{place}.steps",
                    problems.tr("expected a non-empty list of keyframes, got %s")
                    % _kind(steps_raw),
                )
            else:
                if pose is not None and len(steps_raw) != len(pose.steps):
                    self.problem(
                        f"{place}.steps",
                        problems.tr(
                            "expected %(count)s keyframes, one per step of the pose, got %(given)s"
                        )
                        % {"count": len(pose.steps), "given": len(steps_raw)},
                    )
                previous: Keyframe | None = None
                for i, raw in enumerate(steps_raw):
                    previous = self.keyframe(raw, f"{place}.steps[{i}]", previous)
                    steps.append(previous)
        if not steps:
            return None
        hold = self.keyframe(obj.get("hold"), f"{place}.hold", steps[-1])
        inhale = exhale = None
        if ("inhale" in obj) != ("exhale" in obj):
            missing = "exhale" if "inhale" in obj else "inhale"
            self.problem(
                f"{place}.{missing}",
                problems.tr("missing; expected an inhale and an exhale keyframe together"),
            )
        elif "inhale" in obj:
            inhale = self.keyframe(obj["inhale"], f"{place}.inhale", hold)
            exhale = self.keyframe(obj["exhale"], f"{place}.exhale", hold)
        return PoseFigure(
            pose_id=pose_id,
            stretched=tuple(stretched),
            steps=tuple(steps),
            hold=hold,
            inhale=inhale,
            exhale=exhale,
        )

    def keyframe(self, value: Any, place: str, previous: Keyframe | None) -> Keyframe:
        empty = Keyframe(angles={name: 0.0 for name in ANGLE_NAMES})
        base = previous or empty
        obj = self.fields(
            value, place, set(), {"angles", "pelvis", "plant", "reach", "blocks", "arrows"}
        )
        if obj is None:
            if value is MISSING:
                return base
            return base
        angles = dict(base.angles)
        given = obj.get("angles")
        if given is not MISSING:
            if not isinstance(given, dict):
                self.problem(
                    f"{place}.angles",
                    problems.tr("expected an object of angles in degrees, got %s") % _kind(given),
                )
            else:
                for key, angle in given.items():
                    if key not in ANGLE_NAMES:
                        self.problem(
                            f"{place}.angles.{key}",
                            problems.tr("unknown angle; expected one of: %s")
                            % ", ".join(ANGLE_NAMES),
                        )
                    elif self.number(angle, f"{place}.angles.{key}", 360.0) is not None:
                        angles[key] = float(angle)
                if previous is None:
                    absent = [n for n in ANGLE_NAMES if n not in given]
                    if absent:
                        self.problem(
                            f"{place}.angles",
                            problems.tr("missing %s; expected every angle in the first step")
                            % ", ".join(absent),
                        )
        elif previous is None:
            self.problem(
                f"{place}.angles", problems.tr("missing; expected every angle in the first step")
            )
        pelvis, plant = base.pelvis, base.plant
        if "pelvis" in obj and "plant" in obj:
            self.problem(place, problems.tr("expected either 'pelvis' or 'plant', not both"))
        elif "pelvis" in obj:
            pelvis, plant = self.point(obj["pelvis"], f"{place}.pelvis"), None
        elif "plant" in obj:
            plant, pelvis = self.plant(obj["plant"], f"{place}.plant"), None
        elif previous is None:
            self.problem(
                place,
                problems.tr(
                    "missing 'pelvis' or 'plant'; expected the first step to place the body"
                ),
            )
        blocks = base.blocks
        if "blocks" in obj:
            blocks = self.blocks(obj["blocks"], f"{place}.blocks")
        reach = dict(base.reach)
        given_reach = obj.get("reach")
        if given_reach is not MISSING:
            if not isinstance(given_reach, dict):
                self.problem(
                    f"{place}.reach",
                    problems.tr("expected an object of limb targets, got %s") % _kind(given_reach),
                )
            else:
                for limb, target in given_reach.items():
                    where = f"{place}.reach.{limb}"
                    if limb not in REACHERS:
                        self.problem(
                            where,
                            problems.tr("unknown limb; expected one of: %s") % ", ".join(REACHERS),
                        )
                    elif target is None:
                        reach.pop(limb, None)
                    else:
                        checked = self.target(target, where, limb, blocks)
                        if checked is not None:
                            reach[limb] = checked
        if plant is not None and f"{plant[0].split('_', 1)[0]}_leg" in reach:
            self.problem(
                f"{place}.plant",
                problems.tr(
                    "%s is on a leg that reaches for a target; expected a joint the angles place"
                )
                % plant[0],
            )
        arrows = self.arrows(obj["arrows"], f"{place}.arrows") if "arrows" in obj else ()
        return Keyframe(
            angles=angles, pelvis=pelvis, plant=plant, reach=reach, blocks=blocks, arrows=arrows
        )

    def arrows(self, value: Any, place: str) -> tuple[Arrow, ...]:
        if not isinstance(value, list):
            self.problem(place, problems.tr("expected a list of arrows, got %s") % _kind(value))
            return ()
        result = []
        for i, item in enumerate(value):
            where = f"{place}[{i}]"
            obj = self.fields(item, where, {"joint", "angle"}, {"press"})
            if obj is None:
                continue
            joint = obj.get("joint")
            if joint is not MISSING and joint not in JOINT_NAMES:
                self.problem(
                    f"{where}.joint",
                    problems.tr("expected one of: %s, got %s")
                    % (", ".join(JOINT_NAMES), repr(joint)),
                )
                continue
            angle = (
                self.number(obj.get("angle"), f"{where}.angle", 360.0) if "angle" in obj else None
            )
            press = obj.get("press", False)
            if not isinstance(press, bool):
                self.problem(
                    f"{where}.press", problems.tr("expected true or false, got %s") % repr(press)
                )
                continue
            if joint is not MISSING and angle is not None:
                result.append(Arrow(joint=joint, angle=angle, press=press))
        return tuple(result)

    def number(self, value: Any, place: str, limit: float) -> float | None:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or not -limit <= value <= limit
        ):
            self.problem(
                place,
                problems.tr("expected a number from %s to %s, got %s")
                % (f"{-limit:g}", f"{limit:g}", repr(value)),
            )
            return None
        return float(value)

    def point(self, value: Any, place: str) -> tuple[float, float] | None:
        if not isinstance(value, list) or len(value) != 2:
            self.problem(
                place, problems.tr("expected a point [x, y] in centimetres, got %s") % _kind(value)
            )
            return None
        x = self.number(value[0], f"{place}[0]", COORDINATE_LIMIT)
        y = self.number(value[1], f"{place}[1]", COORDINATE_LIMIT)
        if x is None or y is None:
            return None
        if y < 0:
            self.problem(
                f"{place}[1]",
                problems.tr("expected a height of 0 (the floor) or more, got %s") % f"{y:g}",
            )
        return x, y

    def plant(self, value: Any, place: str) -> tuple[str, tuple[float, float]] | None:
        obj = self.fields(value, place, {"joint", "at"})
        if obj is None:
            return None
        joint = obj.get("joint")
        if joint is MISSING:
            return None
        if joint not in PLANTABLE:
            self.problem(
                f"{place}.joint",
                problems.tr("expected one of: %s, got %s") % (", ".join(PLANTABLE), repr(joint)),
            )
            return None
        at = self.point(obj.get("at"), f"{place}.at") if "at" in obj else None
        return (joint, at) if at is not None else None

    def target(self, value: Any, place: str, limb: str, blocks: tuple[Block, ...]) -> Target | None:
        if not isinstance(value, dict):
            self.problem(place, problems.tr("expected a target object, got %s") % _kind(value))
            return None
        if "at" in value:
            self.fields(value, place, {"at"})
            at = self.point(value["at"], f"{place}.at")
            return Target("point", point=at) if at is not None else None
        if "block" in value:
            self.fields(value, place, {"block"})
            index = value["block"]
            if (
                isinstance(index, bool)
                or not isinstance(index, int)
                or not 0 <= index < len(blocks)
            ):
                self.problem(
                    f"{place}.block",
                    problems.tr("expected the index of a block of this keyframe (0 to %s), got %s")
                    % (len(blocks) - 1, repr(index))
                    if blocks
                    else problems.tr("expected a block, but this keyframe has none, got %s")
                    % repr(index),
                )
                return None
            if blocks[index].held_by is not None:
                self.problem(
                    f"{place}.block",
                    problems.tr("expected a block on the floor, not one held in a hand"),
                )
                return None
            return Target("block", block=index)
        if value == {"hips": True}:
            if limb.endswith("_leg"):
                self.problem(
                    place, problems.tr("expected a point for a leg; only arms reach for the hips")
                )
                return None
            return Target("hips")
        if "thigh" in value:
            self.fields(value, place, {"thigh", "along"})
            whose = self.choice(value["thigh"], f"{place}.thigh", LIMBS)
            if limb.endswith("_leg"):
                self.problem(
                    place, problems.tr("expected a point for a leg; only arms reach for a thigh")
                )
                return None
            along = self.number(value.get("along", 0.5), f"{place}.along", 1.0)
            if along is not None and along < 0:
                self.problem(
                    f"{place}.along",
                    problems.tr("expected a number from 0 to 1, got %s") % f"{along:g}",
                )
                return None
            return Target("thigh", limb=whose, along=along or 0.0)
        self.problem(
            place,
            problems.tr(
                'expected one of {"at": [x, y]}, {"block": i}, {"thigh": limb, "along": f}, '
                '{"hips": true}'
            ),
        )
        return None

    def blocks(self, value: Any, place: str) -> tuple[Block, ...]:
        if not isinstance(value, list):
            self.problem(place, problems.tr("expected a list of blocks, got %s") % _kind(value))
            return ()
        result = []
        for i, item in enumerate(value):
            where = f"{place}[{i}]"
            obj = self.fields(item, where, {"height"}, {"x", "held"})
            if obj is None:
                continue
            height = self.choice(obj.get("height"), f"{where}.height", tuple(BLOCK_SIZES))
            if ("x" in obj) == ("held" in obj):
                self.problem(
                    where, problems.tr("expected either 'x' (on the floor) or 'held' (in a hand)")
                )
                continue
            if "x" in obj:
                x = self.number(obj["x"], f"{where}.x", COORDINATE_LIMIT)
                result.append(Block(height=height, x=x or 0.0))
            else:
                result.append(
                    Block(height=height, held_by=self.choice(obj["held"], f"{where}.held", LIMBS))
                )
        return tuple(result)
