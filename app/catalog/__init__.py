"""The catalog: what a lesson is (model), the lessons by section (lessons) and search over them.

Search is imported from `app.catalog.search`: it reads the Predict questions, which read this
package, so it is kept out of the package's own import.
"""

from app.catalog.lessons import (
    HOME_PAGE,
    LESSONS,
    SECTIONS,
    companion_url_path,
    lesson_by_slug,
    neighbours,
)
from app.catalog.model import Lesson, Snippet

__all__ = [
    "HOME_PAGE",
    "LESSONS",
    "SECTIONS",
    "Lesson",
    "Snippet",
    "companion_url_path",
    "lesson_by_slug",
    "neighbours",
]
