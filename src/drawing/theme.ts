/** Colours of a drawing: the screen, a picture, a slide and print take them from here alone. */
export interface Theme {
  name: 'default' | 'highContrast';
  ink: string;
  inkSoft: string;
  paper: string;
  band: string;
  /** The name column's lane cells. */
  paperSoft: string;
  line: string;
  accent: string;
  late: string;
  today: string;
  /** How much lane colours are lightened for bar fills (0 keeps them, 1 is white). */
  tint: number;
  strokePx: number;
  fontFamily: string;
}

const FONT_FAMILY = "'Segoe UI', Arial, Helvetica, sans-serif";

export const DEFAULT_THEME: Theme = {
  name: 'default',
  ink: '#1a1a1a',
  inkSoft: '#4a4a4a',
  paper: '#ffffff',
  band: '#f6f8fa',
  paperSoft: '#f3f5f7',
  line: '#c9d1d9',
  accent: '#0b3d66',
  late: '#b00020',
  today: '#b00020',
  tint: 0.7,
  strokePx: 2,
  fontFamily: FONT_FAMILY,
};

/** For a projector at the back of a room: black on white, stronger fills, heavier lines. */
export const HIGH_CONTRAST_THEME: Theme = {
  ...DEFAULT_THEME,
  name: 'highContrast',
  ink: '#000000',
  inkSoft: '#000000',
  band: '#eeeeee',
  paperSoft: '#f2f2f2',
  line: '#555555',
  accent: '#002b4d',
  tint: 0.55,
  strokePx: 3,
};
