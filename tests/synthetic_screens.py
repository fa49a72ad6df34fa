"""Synthetic screenshots of a post: a photo inside a phone or desktop UI frame.

Used by the inner-picture tests and by ``tests/benchmarks/bench_reframes.py``.
Each frame has what real ones have around a photo: a status bar with the time
and icons, a header with an avatar and a name, the caption and comments as
text, buttons, and a light or dark theme. ``make_screenshot`` returns the
screenshot and the exact rectangle where the photo was placed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

PHONE = (1080, 2340)
DESKTOP = (1920, 1080)
WORDS = [
    "look",
    "at",
    "this",
    "so",
    "funny",
    "who",
    "posted",
    "lol",
    "omg",
    "share",
    "repost",
    "wow",
    "new",
    "today",
    "reply",
    "like",
    "follow",
    "trending",
    "story",
    "more",
    "comments",
    "view",
    "all",
    "see",
    "translation",
]


@dataclass(frozen=True)
class Theme:
    background: tuple[int, int, int]
    text: tuple[int, int, int]
    muted: tuple[int, int, int]
    accent: tuple[int, int, int]


LIGHT = Theme((255, 255, 255), (20, 20, 20), (120, 120, 120), (0, 149, 246))
DARK = Theme((0, 0, 0), (245, 245, 245), (150, 150, 150), (0, 149, 246))


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size)


def _text_lines(
    draw: ImageDraw.ImageDraw,
    box: tuple[int, int, int, int],
    theme: Theme,
    rng: random.Random,
    size: int,
) -> None:
    left, top, _right, bottom = box
    y = top
    font = _font(size)
    while y + size <= bottom:
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 9)))
        colour = theme.text if rng.random() < 0.6 else theme.muted
        draw.text((left, y), words, fill=colour, font=font)
        y += int(size * 1.6)


def _status_bar(draw: ImageDraw.ImageDraw, width: int, height: int, theme: Theme) -> None:
    draw.text((40, height // 4), "9:41", fill=theme.text, font=_font(height // 2))
    for index in range(3):
        x = width - 60 - index * 50
        draw.rectangle((x, height // 3, x + 30, height * 2 // 3), fill=theme.text)


def _buttons(
    draw: ImageDraw.ImageDraw, left: int, top: int, size: int, theme: Theme, count: int
) -> None:
    for index in range(count):
        x = left + index * size * 2
        draw.ellipse((x, top, x + size, top + size), outline=theme.text, width=max(2, size // 10))


def _fit(photo: Image.Image, width: int, max_height: int) -> Image.Image:
    scale = min(width / photo.width, max_height / photo.height)
    size = (max(1, round(photo.width * scale)), max(1, round(photo.height * scale)))
    return photo.convert("RGB").resize(size, Image.Resampling.LANCZOS)


def make_screenshot(
    photo: Image.Image, kind: str = "phone", dark: bool = False, seed: int = 0
) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """A screenshot showing ``photo`` in a post; returns it and the photo's rectangle."""
    rng = random.Random(seed)
    theme = DARK if dark else LIGHT
    if kind == "phone":
        width, height = PHONE
        shot = Image.new("RGB", (width, height), theme.background)
        draw = ImageDraw.Draw(shot)
        _status_bar(draw, width, 110, theme)
        header_top = 110 + rng.randint(20, 120)
        draw.ellipse((30, header_top, 130, header_top + 100), fill=theme.muted)
        draw.text(
            (160, header_top + 25),
            rng.choice(WORDS) + "_" + rng.choice(WORDS),
            fill=theme.text,
            font=_font(44),
        )
        margin = rng.choice((0, 0, 24))
        picture = _fit(photo, width - 2 * margin, 1500)
        left = (width - picture.width) // 2
        top = header_top + 140
        shot.paste(picture, (left, top))
        below = top + picture.height + 30
        _buttons(draw, 40, below, 70, theme, 4)
        _text_lines(draw, (40, below + 110, width - 40, height - 180), theme, rng, 40)
        draw.rectangle((0, height - 150, width, height), fill=theme.background)
        _buttons(draw, 80, height - 120, 70, theme, 5)
    else:
        width, height = DESKTOP
        shot = Image.new("RGB", (width, height), theme.background)
        draw = ImageDraw.Draw(shot)
        bar = (240, 240, 240) if not dark else (30, 30, 30)
        draw.rectangle((0, 0, width, 70), fill=bar)
        draw.rounded_rectangle((300, 15, 1400, 55), radius=18, fill=theme.background)
        draw.text(
            (330, 22),
            "https://example.social/post/" + str(rng.randint(1000, 9999)),
            fill=theme.muted,
            font=_font(24),
        )
        _text_lines(draw, (40, 120, 420, height - 40), theme, rng, 26)
        column_left = rng.randint(520, 640)
        column_width = rng.randint(620, 760)
        draw.text(
            (column_left, 100),
            rng.choice(WORDS) + " " + rng.choice(WORDS),
            fill=theme.text,
            font=_font(30),
        )
        picture = _fit(photo, column_width, height - 300)
        left = column_left + (column_width - picture.width) // 2
        top = 160
        shot.paste(picture, (left, top))
        _buttons(draw, column_left, top + picture.height + 20, 40, theme, 4)
        _text_lines(draw, (1500, 120, width - 40, height - 40), theme, rng, 24)
    return shot, (left, top, left + picture.width, top + picture.height)
