"""Errors a user can act on. Each carries a stable code; the CLI prints one line and exits 2."""

from __future__ import annotations


class AnalyzerError(Exception):
    """Base for every error the CLI turns into a one-line message."""

    code = "E000"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    @property
    def type(self) -> str:
        return type(self).__name__


class InputError(AnalyzerError):
    """The file cannot be read as a contract (missing, empty, corrupt, encrypted, unsupported).

    The message is always one line: parser errors quoted into it (lxml's carry newlines) are folded,
    so a CLI error, a batch record and a log line never break apart.
    """

    code = "E100"

    def __init__(self, message: str):
        super().__init__(" ".join(message.split()))


class UnsupportedFormat(InputError):
    code = "E101"


class EmptyDocument(InputError):
    code = "E102"


class CorruptDocument(InputError):
    code = "E103"


class EncryptedDocument(InputError):
    code = "E104"


class TooLarge(InputError):
    code = "E105"


class UnsafeDocument(InputError):
    """Built to exhaust the reader (zip bomb, XML entities): refused before any parser runs."""

    code = "E106"


class TimedOut(InputError):
    """Reading or reviewing one file took longer than the per-file time limit."""

    code = "E107"


class RuleError(AnalyzerError):
    """A rule or playbook file is malformed; the message names file, line and field."""

    code = "E200"
