/** Width of the sticky column of lane and row names, in px. */
export const LABEL_COLUMN_PX = 280;
/** Height of one header row (two tick rows and one row of marker labels), in px. */
export const HEADER_ROW_PX = 24;
export const HEADER_PX = 3 * HEADER_ROW_PX;
/** Content drawn beyond the visible edges so a scroll step never shows a blank, in px. */
export const OVERSCAN_X_PX = 400;
export const OVERSCAN_Y_PX = 200;
