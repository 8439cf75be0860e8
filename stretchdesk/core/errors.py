"""The one error type for bad stretch, routine and settings files."""

from __future__ import annotations


class LibraryError(Exception):
    """A problem in a data file, located precisely enough for a person to fix it.

    `file` is the path as given, `line` is 1-based (0 when unknown), `field` is a path
    such as ``stretches[knee-to-chest].hold_seconds.beginner`` (empty for the whole
    file) and `message` says what is wrong and what would be right, in the run's
    language (the file and field stay as the file names them).
    """

    def __init__(self, file: str, line: int, field: str, message: str) -> None:
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        what = f" {self.field}:" if self.field else ""
        return f"{where}:{what} {self.message}"

    def __reduce__(self) -> tuple[type[LibraryError], tuple[str, int, str, str]]:
        return (type(self), (self.file, self.line, self.field, self.message))


class UnexpectedFileError(LibraryError):
    """A file StretchDesk failed to read because of a fault in StretchDesk itself.

    It is reported like any other bad file, so the fault hides nothing else; `--check`
    exits with status 2 for it, and the tests treat any of them as a failure.
    """

    @classmethod
    def about(cls, file: str, exc: BaseException) -> UnexpectedFileError:
        """The error for `file`, whose reading raised `exc`."""
        # Imported here: the phrasebook reports its own bad file with LibraryError.
        from stretchdesk.core.phrasebook import t

        return cls(file, 0, "", t(
            "StretchDesk could not read this file because of a fault in StretchDesk "
            "({error}); your other files are not affected. Please report it",
            error=type(exc).__name__))
