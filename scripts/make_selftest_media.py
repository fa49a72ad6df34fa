"""Make the tiny synthetic media of the frozen self-test and print their reference values.

    .venv/bin/python scripts/make_selftest_media.py           # write the files, print values
    .venv/bin/python scripts/make_selftest_media.py --check   # only print values of existing files

The picture (64x48) and the video (64x48, 10 fps, 2.5 s) are drawn with numpy:
gradients, a ring and moving bars, nothing photographed. The same picture is
also saved as HEIC, the iPhone format, which needs pillow-heif's encoder
(``pip install pillow-heif``; the app itself ships the decode-only pi-heif). The values printed
come from the reference implementations (``pdqhash``, ``vpdq``, ``imagehash``,
``hashlib``), never from takeitdown_client; they are pasted into
takeitdown_client/selftest.py. The video needs the ffmpeg command (libx264).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "selftest"
IMAGE = FOLDER / "selftest.png"
VIDEO = FOLDER / "selftest.mp4"
HEIC = FOLDER / "selftest.heic"
WIDTH, HEIGHT, FPS, FRAMES = 64, 48, 10, 25


def synthetic_frame(t: float) -> np.ndarray:
    """An RGB uint8 frame: soft colour gradients, a ring, a bar moving with ``t``."""
    y, x = np.mgrid[0:HEIGHT, 0:WIDTH].astype(np.float64)
    r = 128 + 100 * np.sin(x / 9.0 + t)
    g = 128 + 100 * np.cos(y / 7.0 - t / 2)
    b = 90 + 80 * np.sin((x + y) / 13.0)
    ring = np.abs(np.hypot(x - 40 + 6 * t, y - 24) - 12) < 3
    r[ring], g[ring], b[ring] = 250, 240, 80
    bar = (x > 5 + 8 * t) & (x < 12 + 8 * t)
    r[bar], g[bar], b[bar] = 20, 30, 60
    return np.clip(np.dstack([r, g, b]), 0, 255).astype(np.uint8)


def write_media() -> None:
    from PIL import Image

    FOLDER.mkdir(parents=True, exist_ok=True)
    Image.fromarray(synthetic_frame(0.0), "RGB").save(IMAGE, optimize=True)
    write_heic()
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise SystemExit("ffmpeg is needed to encode the video")
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "frames.rgb"
        raw.write_bytes(b"".join(synthetic_frame(i / FPS).tobytes() for i in range(FRAMES)))
        subprocess.run(
            [ffmpeg, "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24",
             "-s", f"{WIDTH}x{HEIGHT}", "-r", str(FPS), "-i", str(raw),
             "-c:v", "libx264", "-preset", "medium", "-crf", "18", "-pix_fmt", "yuv420p",
             "-x264-params", "threads=1", "-fflags", "+bitexact", "-flags:v", "+bitexact",
             "-map_metadata", "-1", "-movflags", "+faststart", str(VIDEO)],
            check=True,
        )  # fmt: skip


def write_heic() -> None:
    try:
        import pillow_heif
    except ImportError:
        raise SystemExit("pillow-heif is needed to encode the HEIC picture") from None
    from PIL import Image

    pillow_heif.register_heif_opener()
    Image.fromarray(synthetic_frame(0.0), "RGB").save(HEIC, format="HEIF", quality=90)


def reference_values() -> dict[str, object]:
    import imagehash
    import pdqhash
    import vpdq
    from PIL import Image

    def digests(path: Path) -> dict[str, str]:
        data = path.read_bytes()
        return {
            "md5": hashlib.md5(data, usedforsecurity=False).hexdigest(),
            "sha256": hashlib.sha256(data).hexdigest(),
        }

    def pdq(rgb: Image.Image) -> tuple[str, int]:
        bits, quality = pdqhash.compute(np.asarray(rgb, dtype=np.uint8))
        return f"{int(''.join(str(int(b)) for b in bits), 2):064x}", int(quality)

    rgb = Image.open(IMAGE).convert("RGB")
    transpose = Image.Transpose
    dihedral = {
        name: pdq(rgb.transpose(method))[0]
        for name, method in (
            ("rotate90", transpose.ROTATE_90),
            ("rotate180", transpose.ROTATE_180),
            ("rotate270", transpose.ROTATE_270),
            ("flipx", transpose.FLIP_TOP_BOTTOM),
            ("flipy", transpose.FLIP_LEFT_RIGHT),
            ("flipplus1", transpose.TRANSPOSE),
            ("flipminus1", transpose.TRANSVERSE),
        )
    }
    hex_value, quality = pdq(rgb)
    image = {
        **digests(IMAGE),
        "pdq": hex_value,
        "pdq_quality": quality,
        "pdq_dihedral": dihedral,
        "phash": str(imagehash.phash(rgb)),
    }
    frames = [
        {
            "frame": f.frame_number,
            "pdq": f.hex,
            "quality": f.quality,
            "timestamp": round(float(f.timestamp), 6),
        }
        for f in vpdq.computeHash(str(VIDEO), seconds_per_hash=1.0)
    ]
    import pi_heif  # the decoder the app uses; PDQ and pHash then come from the references

    pi_heif.register_heif_opener()
    heic_rgb = Image.open(HEIC).convert("RGB")
    heic_pdq, heic_quality = pdq(heic_rgb)
    heic = {
        **digests(HEIC),
        "size": list(heic_rgb.size),
        "pdq": heic_pdq,
        "pdq_quality": heic_quality,
        "phash": str(imagehash.phash(heic_rgb)),
    }
    return {"image": image, "heic": heic, "video": {**digests(VIDEO), "frames": frames}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="do not rewrite the files")
    args = parser.parse_args()
    if not args.check:
        write_media()
    print(json.dumps(reference_values(), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
