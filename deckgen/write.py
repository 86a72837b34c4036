"""Writing output files atomically: a PDF appears complete or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path

from deckgen.errors import OutputError


def refuse_inputs(target: Path, inputs: Iterable[Path]) -> None:
    """Stop before anything is drawn if `target` is one of the files the build reads."""
    resolved = target.resolve()
    for source in inputs:
        if source.resolve() == resolved:
            raise OutputError(f"{target}: this is one of the input files; choose another output name with -o")


def is_folder_target(output: Path) -> bool:
    """Whether -o names a folder (anything not ending in .pdf); an existing file that is not a PDF is refused."""
    if output.suffix.lower() == ".pdf":
        return False
    if output.exists() and not output.is_dir():
        raise OutputError(f"{output}: this is a file; -o takes a folder or a file name ending in .pdf")
    return True


def pdf_target(output: Path, name: str) -> Path:
    """The one PDF that -o names: the file itself, or `name` inside the folder it names."""
    return output / name if is_folder_target(output) else output


@contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success it replaces `target`, on failure it is removed."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{target.parent}: cannot create this folder ({error.strerror})") from None
    if target.is_dir():
        raise OutputError(f"{target}: this is a folder; give a file name ending in .pdf")
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as error:
        raise OutputError(f"{target.parent}: cannot write here ({error.strerror})") from None
    os.close(handle)
    path = Path(temporary)
    try:
        yield path
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(path, 0o666 & ~umask)
        os.replace(path, target)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_files(targets: Sequence[Path]) -> Iterator[list[Path]]:
    """Temporary paths for several files that appear together: if one fails, none is written."""
    with ExitStack() as stack:
        yield [stack.enter_context(atomic_file(target)) for target in targets]
