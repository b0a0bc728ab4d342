"""The session progress bar: one segment per pose, the current one highlighted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from stretchplayer.core import wording
from stretchplayer.core.i18n import Context
from stretchplayer.engine.playback import Position
from stretchplayer.engine.timeline import Timeline
from stretchplayer.ui import style
from stretchplayer.ui.breath_pacer import PositionSource

ui_progress = Context("ui_progress")

GAP = 4.0  # logical pixels between two poses


def _shortened(metrics: QFontMetrics, name: str, mode: Qt.TextElideMode, room: int) -> str:
    """`name` in `room` pixels, cut with "…" where `mode` says if it does not fit whole."""
    # "… Stehen" and "Vorbeuge …" read as a word missing, not a word cut short.
    return metrics.elidedText(name, mode, room).replace("… ", "…").replace(" …", "…")


def _could_be(label: str, names: list[str], own: str) -> bool:
    """Whether `label`, `own` shortened with "…", could be another of `names` shortened so."""
    head, _, tail = label.partition("…")
    return any(n != own and n.startswith(head) and n.endswith(tail) for n in names)


class SessionProgress(QWidget):
    """Paints where the session is; like the pacer it reads the position and keeps no time.

    The bar is laid out in session time, so a long pose takes more room than a short one;
    the get-ready countdown is the short plain stretch before the first segment.
    The frame timer calls `tick()`, which repaints only the strip where the fill's edge moved,
    and only when it moved a whole pixel: about once a second in a long session, not 25 times.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeline: Timeline | None = None
        self._source: PositionSource | None = None
        self._shown: tuple[int | None, int] | None = None  # (segment, fill edge) last asked for
        # The labels as last worked out, and for what bar size and font (this timeline's).
        self._labels: tuple[tuple[QSize, str], list[str]] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setAccessibleName(ui_progress.tr("Session progress"))

    def set_timeline(self, timeline: Timeline | None) -> None:
        self._timeline = timeline
        self._labels = None
        self.update()

    def set_source(self, source: PositionSource | None) -> None:
        self._source = source
        self.update()

    def segments(self) -> list[str]:
        """The pose names, one per segment, in session order."""
        return [span.pose.name for span in self._timeline.spans] if self._timeline else []

    def labels(self) -> list[str]:
        """Each segment's name as it is shown: whole, shortened with "…", or "" where even
        that does not fit."""
        return self._labels_in(self._label_font())

    def _labels_in(self, font: QFont) -> list[str]:
        key = (self.size(), font.key())
        if self._labels is None or self._labels[0] != key:
            self._labels = (key, self._fit_labels(QFontMetrics(font)))
        return self._labels[1]

    def _label_font(self) -> QFont:
        return style.sized(self.font(), self.height() * 0.46, QFont.Weight.Medium)

    def _fit_labels(self, metrics: QFontMetrics) -> list[str]:
        names = self.segments()
        labels = []
        for name, rect in zip(names, self._segment_rects(), strict=True):
            room = round(rect.width() - 12)
            label = _shortened(metrics, name, Qt.TextElideMode.ElideRight, room)
            if not label or label == "…" or metrics.horizontalAdvance(label) >= rect.width() - 8:
                labels.append("")  # no room for a word: the tooltip names the pose
                continue
            if label != name and _could_be(label, names, name):
                # "Vorbeuge i…" would stand for both of German's forward folds, which differ
                # only at their ends ("im Stehen", "im Sitzen"): then cut at the start
                # ("…im Sitzen"), or in the middle, whichever tells it apart.
                for mode in (Qt.TextElideMode.ElideLeft, Qt.TextElideMode.ElideMiddle):
                    other = _shortened(metrics, name, mode, room)
                    if not _could_be(other, names, name):
                        label = other
                        break
            labels.append(label)
        return labels

    def current_segment(self) -> int | None:
        """Index of the highlighted segment: the pose being done, or the one coming next."""
        return self._segment_at(self._position())

    def _segment_at(self, position: Position | None) -> int | None:
        if self._timeline is None or position is None or position.cue is None:
            return None
        return self._timeline.span_index_at(position.elapsed)

    def tick(self, position: Position | None = None) -> None:
        """Repaint what moved since the last tick: the fill's edge, or the current segment
        (given the position read for the whole frame, or reading it)."""
        position = position if position is not None else self._position()
        elapsed = position.elapsed if position is not None and position.cue is not None else 0.0
        shown = (self._segment_at(position), round(self._x(elapsed)))
        before, self._shown = self._shown, shown
        if shown == before:
            return
        if before is None or before[0] != shown[0]:
            self.update()
            return
        left, right = sorted((before[1], shown[1]))
        # A few pixels either side: the rounded ends of a segment and antialiasing.
        self.update(QRect(left - 8, 0, right - left + 16, self.height()))

    def until_change(self, position: Position | None) -> float | None:
        """Session seconds until the fill's edge reaches its next pixel (None: it stands)."""
        if position is None or position.cue is None or self._timeline is None:
            return None
        total, width = self._timeline.total, self.width()
        if total <= 0 or width <= 0:
            return None
        edge = round(self._x(position.elapsed)) + 0.5
        return max(0.0, edge * total / width - position.elapsed)

    def sizeHint(self) -> QSize:
        return QSize(600, self._bar_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self._bar_height())

    def _bar_height(self) -> int:
        return max(22, round(QFontMetrics(self.font()).height() * 1.7))

    def _position(self) -> Position | None:
        return self._source() if self._source is not None else None

    def _x(self, t: float) -> float:
        total = self._timeline.total if self._timeline else 0.0
        return self.width() * (t / total) if total > 0 else 0.0

    def _segment_rects(self) -> list[QRectF]:
        if self._timeline is None:
            return []
        return [
            QRectF(
                self._x(span.start) + GAP / 2,
                0,
                max(1.0, self._x(span.end) - self._x(span.start) - GAP),
                self.height(),
            )
            for span in self._timeline.spans
        ]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for i, rect in enumerate(self._segment_rects()):
                if rect.contains(QPointF(event.pos())) and self._timeline is not None:
                    span = self._timeline.spans[i]
                    text = f"{i + 1}. {span.pose.name} — {wording.clock(span.end - span.start)}"
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        accent = style.accent(palette)
        window = palette.color(QPalette.ColorRole.Window)
        track = style.mix(window, palette.color(QPalette.ColorRole.WindowText), 0.12)
        position = self._position()
        elapsed = position.elapsed if position is not None and position.cue is not None else 0.0
        current = self._segment_at(position)
        radius = min(6.0, self.height() / 3)

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        # The countdown before the first pose and the closing words after the last: plain
        # bands, filled as they pass, so both ends of the bar are drawn alike.
        if self._timeline is not None:
            spans = self._timeline.spans
            ends = [
                (0.0, self._x(spans[0].start) - GAP / 2),
                (self._x(spans[-1].end) + GAP / 2, float(self.width())),
            ]
            for left, right in ends:
                if right - left > 2.5 * GAP:  # too short to see otherwise
                    rect = QRectF(left, self.height() * 0.3, right - left, self.height() * 0.4)
                    painter.setBrush(track)
                    painter.drawRoundedRect(rect, 3, 3)
                    filled = QRectF(rect)
                    filled.setRight(min(rect.right(), self._x(elapsed)))
                    if filled.width() > 0:
                        painter.setBrush(accent)
                        painter.drawRoundedRect(filled, 3, 3)

        font = self._label_font()
        painter.setFont(font)
        labels = self._labels_in(font)
        for i, rect in enumerate(self._segment_rects()):
            is_current = i == current
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.mix(track, accent, 0.22) if is_current else track)
            painter.drawRoundedRect(rect, radius, radius)
            filled = QRectF(rect)
            filled.setRight(min(rect.right(), self._x(elapsed)))
            if filled.width() > 0:
                painter.setBrush(accent if is_current else style.mix(track, accent, 0.45))
                painter.save()
                painter.setClipRect(filled)
                painter.drawRoundedRect(rect, radius, radius)
                painter.restore()
            if is_current:
                painter.setPen(accent)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
            if labels[i]:
                edge = filled.right() if is_current else rect.left()
                self._draw_label(painter, rect, labels[i], edge, palette)
        painter.end()

    def _draw_label(
        self,
        painter: QPainter,
        rect: QRectF,
        label: str,
        fill_edge: float,
        palette: QPalette,
    ) -> None:
        # Over the current pose's accent fill the text takes the window colour, elsewhere the
        # text colour, so the name stays readable as the fill sweeps under it.
        text_rect = rect.adjusted(6, 0, -6, 0)
        painter.save()
        painter.setClipRect(
            QRectF(rect.left(), 0, max(0.0, fill_edge - rect.left()), self.height())
        )
        painter.setPen(palette.color(QPalette.ColorRole.Window))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.setClipRect(QRectF(fill_edge, 0, max(0.0, rect.right() - fill_edge), self.height()))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()
