"""The graphical interface: the only package that imports PySide6. It calls services only."""
