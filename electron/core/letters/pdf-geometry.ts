/** A4 in PDF points, and the letter's fixed places (French right-window DL envelope). */
export const MM = 72 / 25.4;
export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN = { left: 20 * MM, right: 20 * MM, top: 15 * MM, bottom: 24 * MM };
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** Lowest y the flowing content may reach; the footer lives below it. */
export const CONTENT_BOTTOM = PAGE.height - MARGIN.bottom;
/** The address shows through a window 110 mm from the left edge, 50 mm from the top, ~85 mm wide. */
export const WINDOW = { x: 110 * MM, y: 50 * MM, width: 85 * MM };
export const BODY_START = 102 * MM;
export const COLORS = { text: '#111111', muted: '#555555', rule: '#999999', header: '#e8e8e8' };
