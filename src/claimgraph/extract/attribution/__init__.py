"""Claims and their attribution chains, by concern:

- ``phrases``: noun phrases that name sources, and the hops reporting verbs make;
- ``frames``: attribution frames (trailing, "according to", leading, extra hops);
- ``content``: the content inside a frame, read again and split into claims;
- ``quotes``: direct quotations, their speakers and sentences;
- ``claims``: the component that reads every unit and fills the record's claims and quotes.
"""

from .claims import extract_claims
from .phrases import source_from_np, subject_of

__all__ = ["extract_claims", "source_from_np", "subject_of"]
