"""Drawing: the only code that imports reportlab or Pillow."""
