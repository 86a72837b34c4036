"""A plain (non-editable) install carries the bundled decks and fonts: it works with no source tree around."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_carries_decks_and_fonts_and_works_on_its_own(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("deckgen-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(site)
    for deck in (ROOT / "decks").glob("*.yaml"):
        assert f"deckgen/decks/{deck.name}" in names
    for font in (ROOT / "fonts").iterdir():
        assert f"deckgen/fonts/{font.name}" in names

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}

    def deckgen(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "deckgen", *args], cwd=elsewhere, env=env, capture_output=True, text=True
        )

    where = subprocess.run(
        [sys.executable, "-c", "import deckgen; print(deckgen.__file__)"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert where.stdout.strip().startswith(str(site))
    listed = deckgen("list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert rows and all(Path(row["path"]).resolve().is_relative_to(site.resolve()) for row in rows)
    built = deckgen("build", "luisteren", "-o", "cards.pdf")
    assert built.returncode == 0, built.stderr
    assert (elsewhere / "cards.pdf").read_bytes().startswith(b"%PDF-")
