"""LLM prompt templates, one file each, loaded by name with :func:`load_prompt`.

A package (not a loose folder) so the prompts ship with every install, editable or not.
"""

from importlib.resources import files


def load_prompt(name: str) -> str:
    """The text of ``prompts/<name>.md``."""
    return files(__name__).joinpath(f"{name}.md").read_text(encoding="utf-8")
