"""The exceptions reportdiff raises.

Every error a user can cause is a :class:`ReportDiffError`; the command line turns each one
into exit code 2 and the one-line message of ``str(error)``.  The tree::

    ReportDiffError
    ├── InputError                  the input cannot be read as a PDF or text layer
    │   ├── FileMissingError        no such file, or not readable
    │   ├── NotAPDFError            empty, or no %PDF- header (and not a text layer)
    │   ├── DamagedPDFError         truncated or broken beyond reading
    │   ├── EncryptedPDFError       needs a user password
    │   ├── NoTextError             no text layer: a scan
    │   └── TooLargeError           over the size or page cap
    ├── ResourceLimitError          reading it hit the time or memory limit
    ├── NotAnEditionError           a readable document that is not this report
    ├── UnknownEditionError         a year the edition library does not know
    ├── EditionNotAvailableError    a known year whose file is not on this machine
    ├── FetchError                  a download failed
    ├── OutputError                 the output cannot be written where it was asked
    └── UsageError                  an option or argument that does not fit
"""

from __future__ import annotations

__all__ = [
    "DamagedPDFError",
    "EditionNotAvailableError",
    "EncryptedPDFError",
    "FetchError",
    "FileMissingError",
    "InputError",
    "NoTextError",
    "NotAPDFError",
    "NotAnEditionError",
    "OutputError",
    "ReportDiffError",
    "ResourceLimitError",
    "TooLargeError",
    "UnknownEditionError",
    "UsageError",
]


class ReportDiffError(Exception):
    """Base of every error reportdiff raises on purpose; its message is one line for a user.

    The message often quotes the document (a title, pdfminer's complaint about a stream), so
    it is made safe here, once, for every caller: control characters and terminal escapes are
    shown escaped, and a line break cannot split it."""

    def __init__(self, *args: object) -> None:
        from reportdiff.textsafe import sanitise

        super().__init__(*(sanitise(a) if isinstance(a, str) else a for a in args))


class InputError(ReportDiffError):
    """The input cannot be read."""


class FileMissingError(InputError):
    """The file does not exist or cannot be read."""


class NotAPDFError(InputError):
    """The file is empty or not a PDF."""


class DamagedPDFError(InputError):
    """The PDF is truncated or damaged."""


class EncryptedPDFError(InputError):
    """The PDF needs a user password."""


class NoTextError(InputError):
    """The PDF has no text layer."""


class TooLargeError(InputError):
    """The file is larger, or has more pages, than the configured caps."""


class ResourceLimitError(ReportDiffError):
    """Reading the PDF needed more time or memory than allowed."""


class NotAnEditionError(ReportDiffError):
    """The document is readable but is not an edition of the report."""


class UnknownEditionError(ReportDiffError):
    """The edition library does not know this year."""


class EditionNotAvailableError(ReportDiffError):
    """The year is known but its file is not on this machine."""


class FetchError(ReportDiffError):
    """Downloading an edition failed."""


class OutputError(ReportDiffError):
    """The output cannot be written (a missing folder, a directory, no permission, a full
    disk, a closed standard output)."""


class UsageError(ReportDiffError):
    """The command line or an argument does not fit."""
