"""Why the system refused to read or write a file, in the run's language.

An OSError's own text (`strerror`) is the C library's, in English whatever the run's
language (Python never switches the C library's messages to the locale). The reasons a
person meets with their own files are said here from the error number, in the C
library's English words translated by the phrasebook; any other keeps the system's text.
"""

from __future__ import annotations

import errno

from stretchdesk.core.phrasebook import N_, t

# The C library's own words for each (glibc's), which an English run keeps.
_REASONS = {
    errno.EACCES: N_("Permission denied"),
    errno.EPERM: N_("Operation not permitted"),
    errno.ENOENT: N_("No such file or directory"),
    errno.EROFS: N_("Read-only file system"),
    errno.ENOSPC: N_("No space left on device"),
    errno.EDQUOT: N_("Disk quota exceeded"),
    errno.EISDIR: N_("Is a directory"),
    errno.ENOTDIR: N_("Not a directory"),
    errno.EEXIST: N_("File exists"),
    errno.ENAMETOOLONG: N_("File name too long"),
    errno.ELOOP: N_("Too many levels of symbolic links"),
    errno.EIO: N_("Input/output error"),
    errno.EBUSY: N_("Device or resource busy"),
}


def os_reason(exc: BaseException) -> str:
    """Why `exc` (an OSError, or any error about a file) happened, in a few words."""
    number = getattr(exc, "errno", None)
    if number in _REASONS and getattr(exc, "strerror", None):
        return t(_REASONS[number])
    return str(getattr(exc, "strerror", None) or exc)
