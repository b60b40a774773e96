"""Text from a document, made safe to print on a terminal.

A PDF's text reaches error lines and warnings; an escape sequence in it (``ESC ] 0;`` sets
the window title, ``ESC [ 2 J`` clears the screen) or a raw control byte would act on the
user's terminal.  :func:`sanitise` shows every such character as a visible escape instead.
"""

from __future__ import annotations

import re

__all__ = ["sanitise"]

# C0 controls but tab, DEL, C1 controls (0x80-0x9f: CSI is 0x9b), and the Unicode line and
# paragraph separators and bidirectional overrides, which reorder what the terminal shows.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def sanitise(text: object, *, one_line: bool = True) -> str:
    """*text* with every control character shown as ``\\xNN`` (newlines too when
    *one_line*, so that a message stays one line)."""
    s = str(text)
    if not one_line:
        return "\n".join(_UNSAFE.sub(_escape, part) for part in s.split("\n"))
    return _UNSAFE.sub(_escape, s)
