"""In-between frames when the picture changes from one key pose to another."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .geometry import lerp
from .motion import blend_poses, ease_in_out, shortest_turn
from .scene import Camera, KeyPose, Scene

DURATION_SECONDS = 1.2
# When the viewpoint swings far round (switching sides), it rises over the body on the
# way, so the figure is never seen edge-on from the floor.
MAX_RISE = 35.0


@dataclass(frozen=True)
class Transition:
    """The eased movement from `start` to `end`; both already mirrored as wanted."""

    start: KeyPose
    end: KeyPose

    def camera_at(self, e: float) -> Camera:
        a, b = self.start.camera, self.end.camera
        to_az = shortest_turn(a.azimuth, b.azimuth)
        swing = abs(to_az - a.azimuth)
        rise = min(MAX_RISE, swing / 4.0) * math.sin(math.pi * e)
        elevation = min(90.0, lerp(a.elevation, b.elevation, e) + rise)
        return Camera(lerp(a.azimuth, to_az, e), elevation)

    def scene_at(self, progress: float) -> Scene:
        """The frame at `progress` (0 = start, 1 = end) of the linear time, eased here."""
        e = ease_in_out(progress)
        pose = blend_poses(self.start.pose, self.end.pose, e)
        if self.start.props == self.end.props:
            props = tuple((p, 1.0) for p in self.end.props)
        else:
            props = tuple((p, 1.0 - e) for p in self.start.props)
            props += tuple((p, e) for p in self.end.props)
        if self.start.areas == self.end.areas:
            areas = tuple((a, 1.0) for a in self.end.areas)
        else:
            areas = tuple((a, 1.0 - e) for a in self.start.areas)
            areas += tuple((a, e) for a in self.end.areas)
        # Arrows belong to a still picture: they fade out fast and back in at the end.
        cues = tuple((c, max(0.0, 1.0 - 3.0 * e)) for c in self.start.cues)
        cues += tuple((c, max(0.0, 3.0 * e - 2.0)) for c in self.end.cues)
        # A strap follows the hands, so one held in both poses stays solid all the way.
        if self.start.straps == self.end.straps:
            straps = tuple((s, 1.0) for s in self.end.straps)
        else:
            straps = tuple((s, 1.0 - e) for s in self.start.straps)
            straps += tuple((s, e) for s in self.end.straps)
        return Scene(pose, self.camera_at(e), props, areas, cues, straps,
                     view_moving=self.start.camera != self.end.camera)
