/** Width of the sticky column of lane and row names, in px. */
export const LABEL_COLUMN_PX = 280;
/** Room above a lane's name for its collapse toggle, in px. */
export const TOGGLE_ROOM_PX = 22;
/** Content drawn beyond the visible edges so a scroll step never shows a blank, in px. */
export const OVERSCAN_X_PX = 400;
export const OVERSCAN_Y_PX = 200;
