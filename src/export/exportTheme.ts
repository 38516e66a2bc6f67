/** Colours and sizes of an exported or presented picture. */
export interface ExportTheme {
  name: 'default' | 'highContrast';
  ink: string;
  inkSoft: string;
  paper: string;
  band: string;
  line: string;
  /** How much lane colours are lightened for bar fills (0 keeps them, 1 is white). */
  tint: number;
  strokePx: number;
}

export const DEFAULT_THEME: ExportTheme = {
  name: 'default',
  ink: '#1a1a1a',
  inkSoft: '#4a4a4a',
  paper: '#ffffff',
  band: '#f6f8fa',
  line: '#c9d1d9',
  tint: 0.7,
  strokePx: 2,
};

/** For a projector at the back of a room: black on white, stronger fills, heavier lines. */
export const HIGH_CONTRAST_THEME: ExportTheme = {
  name: 'highContrast',
  ink: '#000000',
  inkSoft: '#000000',
  paper: '#ffffff',
  band: '#eeeeee',
  line: '#555555',
  tint: 0.55,
  strokePx: 3,
};
