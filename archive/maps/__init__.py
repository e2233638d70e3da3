"""The world map: vendored Natural Earth outlines (data/) drawn as SVG paths."""
