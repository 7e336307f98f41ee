"""Reading exported PDFs back with pypdf, as a reviewer would."""

from pathlib import Path
from typing import Any

from pypdf import PdfReader


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def fonts(path: Path) -> list[dict[str, Any]]:
    """Every font dictionary used by the document's pages."""
    found = []
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            found.append(font.get_object())
    return found


def has_embedded_file(font: dict[str, Any]) -> bool:
    descriptor = font.get("/FontDescriptor")
    if descriptor is None and "/DescendantFonts" in font:
        descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return "/FontFile2" in descriptor
