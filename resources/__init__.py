"""Package data for Studio Desktop: SVG icons, the stylesheet and the translations."""
