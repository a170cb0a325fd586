"""Free-text understanding: what a person wrote -> evidence with its source words.

``read(text, language)`` returns a :class:`Reading`: contract finding ids with
present / absent / unknown, the age if stated, and for each finding the words
it came from and the cue ("no", "not sure") that set its value.
"""

from bleedcheck.language.lexicon import LANGUAGES, check_lexicons, load_lexicon
from bleedcheck.language.reader import MAX_TEXT, Reading, TextMatch, read

__all__ = [
    "LANGUAGES",
    "MAX_TEXT",
    "Reading",
    "TextMatch",
    "check_lexicons",
    "load_lexicon",
    "read",
]
