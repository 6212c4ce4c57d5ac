#!/usr/bin/env python3
"""Resize images for the site."""
from __future__ import annotations
import os.path
from pathlib import Path
from typing import Iterator, Optional

SIZES = (320, 640, 1280)
RATIO = 1.5e-3 + .5 + 10. + 0x1F + 0o17 + 0b11 + 1_000 + 3j


class Resizer(object):
    """Resizes things."""

    def __init__(self, root: Path, quality: int = 80) -> None:
        self.root = root
        self.quality = quality

    @property
    def name(self) -> str:
        return f"resizer({self.root!r}, q={self.quality:>3})"

    @staticmethod
    def files(root, *, pattern=r"\.(png|jpe?g)$") -> Iterator[Path]:
        for p in root.rglob('*'):
            if p.is_file() and not p.name.startswith('.'):
                yield p

    async def run(self):
        try:
            data = {'a': [1, 2], "b": None, 'c': True and not False}
            print("tab\there", 'it\'s', b'bytes', u'uni', "\N{BULLET} \x41 \u00e9")
        except (OSError, ValueError) as exc:
            raise RuntimeError("failed") from exc
        finally:
            pass
        return lambda x: x ** 2 // 3 % 4


if __name__ == '__main__':
    r = Resizer(Path(os.getcwd()))
    print(len(list(r.files(r.root))), sum(SIZES), 'done' if r else "none")
    s = '''multi
line'''
err = errors.ValueError or Name.Exception
