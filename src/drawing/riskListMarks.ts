import type { Risk } from '../domain/risks/riskSchema';
import type { Translate } from '../i18n/translate';
import { shortenAtWord } from '../layout/shortenText';
import { estimateTextWidth } from '../layout/textWidth';
import { px, shape, type Shape } from './shape';
import type { Theme } from './theme';

export interface RiskListArea {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The matrix's type: the list is at least as large when its room allows. */
  font: number;
  minFontPx: number;
}

/** Pitch of a risk written on two lines (title, then scores), and on one, in font sizes. */
const TWO_LINES = 3.1;
const ONE_LINE = 1.9;
/** The number's column, in font sizes. */
const NUMBER = 2.4;
/** The list's type at most this many times the matrix's. */
const MOST = 1.4;

const unitWidth = (text: string) => estimateTextWidth(text, 100) / 100;

/**
 * The register beside the matrix, filling its area: each risk's number and title, and under it
 * its scores, status and owner, at the largest type that fits up to 1.4 × the matrix's; when
 * the risks do not fit so, one line each, never under `minFontPx`, and the rest counted.
 */
export function riskListMarks(
  risks: readonly Risk[],
  area: RiskListArea,
  t: Translate,
  theme: Theme,
): Shape[] {
  if (!risks.length) return [];
  const scores = (risk: Risk) =>
    [
      `${t(`risk.probability.${risk.probability}`)} × ${t(`risk.impact.${risk.impact}`)}`,
      t(`risk.status.${risk.status}`),
      risk.owner,
    ]
      .filter(Boolean)
      .join(' · ');
  const twoUnit =
    NUMBER + Math.max(...risks.map((r) => Math.max(unitWidth(r.title), unitWidth(scores(r)))));
  const two = Math.min(
    area.font * MOST,
    area.width / twoUnit,
    area.height / (risks.length * TWO_LINES),
  );
  const oneLine = (risk: Risk) => `${risk.title} – ${scores(risk)}`;
  const font =
    two >= area.font
      ? two
      : Math.max(
          area.minFontPx,
          Math.min(
            area.font,
            area.width / (NUMBER + Math.max(...risks.map((r) => unitWidth(oneLine(r))))),
            area.height / (risks.length * ONE_LINE),
          ),
        );
  const pitch = font * (two >= area.font ? TWO_LINES : ONE_LINE);
  const fits = Math.max(1, Math.floor(area.height / pitch));
  const shown = risks.length > fits ? Math.max(1, fits - 1) : risks.length;
  const text = (x: number, y: number, value: string, more: Record<string, string | number> = {}) =>
    shape(
      'text',
      { x: px(x), y: px(y), 'font-size': px(font), fill: theme.ink, ...more },
      shortenAtWord(value, area.width - (x - area.x), font) ?? value,
    );
  const shapes: Shape[] = [];
  risks.slice(0, shown).forEach((risk, i) => {
    const y = area.y + font + i * pitch;
    shapes.push(text(area.x, y, String(risk.number), { 'font-weight': 700 }));
    if (two >= area.font)
      shapes.push(
        text(area.x + font * NUMBER, y, risk.title, { 'font-weight': 700 }),
        text(area.x + font * NUMBER, y + font * 1.3, scores(risk), { fill: theme.inkSoft }),
      );
    else shapes.push(text(area.x + font * NUMBER, y, oneLine(risk)));
  });
  if (shown < risks.length)
    shapes.push(
      text(
        area.x,
        area.y + font + shown * pitch,
        t('risks.more', { count: risks.length - shown }),
        {
          fill: theme.inkSoft,
        },
      ),
    );
  return shapes;
}
