/**
 * From this width (1100 px at the browser's usual font size) agent mode is a desk: the step,
 * its script and its answers on the left, the map, notes and summary in a column on the right
 * that stays in view. Below it, one column as before. agent.css uses the same width.
 */
export const DESK_QUERY = '(min-width: 68.75em)';
