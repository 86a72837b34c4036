"""Pure geometry in points: sheets, card faces and text fitting. Nothing here imports reportlab."""
