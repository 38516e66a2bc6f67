import type { ComparedDrawing } from '../drawing/comparedDrawing';
import type { FitRequest } from '../drawing/fitDrawing';
import { drawingAt } from '../drawing/fitDrawing';
import type { RoadmapDrawing } from '../drawing/roadmapDrawing';
import { partSlide, partSlideKinds, type PartSlideKind } from '../drawing/partSlide';
import { SLIDE, slideDeck } from '../drawing/slideDeck';
import { DEFAULT_THEME, HIGH_CONTRAST_THEME } from '../drawing/theme';
import type { Plan } from '../domain/planSchema';
import type { Language } from '../i18n/languages';
import type { Translate } from '../i18n/translate';
import type { Hyphenate } from '../layout/hyphenation';
import type { Frame } from '../layout/presentationFrame';
import { addTextChunk, PLAN_KEYWORD } from '../io/pngText';
import { PICTURE_WIDTH } from './roadmapSvg';
import { svgDocument } from './svgDocument';

export type PictureKind = 'svg' | 'png' | 'slide' | 'slide2x';

/** Pixel density of a PNG for documents, and of the sharper slide. */
export const PNG_SCALE = 2;
export { SLIDE };

/** A frame saved from presentation looks as it was presented: high contrast, one lane in focus. */
export interface PictureLook {
  presented?: boolean;
  focusLaneId?: string | null;
  /** A presentation page of some lanes only, such as a "Muutokset" step. */
  laneIds?: readonly string[];
  heading?: string;
  /** A presentation page of the risks or the funding rather than of the roadmap. */
  partPage?: PartSlideKind;
}

export interface PictureRequest extends PictureLook {
  plan: Plan;
  /** The plan file text, carried inside the picture. */
  planFile: string;
  language: Language;
  t: Translate;
  kind: PictureKind;
  hyphenate: Hyphenate;
  /** A presentation frame; the plan's window when left out. */
  frame?: Frame;
  /** A comparison to draw over the plan. */
  compared?: ComparedDrawing | null;
}

/** The drawings a request makes: one picture, or the slides of a deck. */
export function pictureDrawings(request: PictureRequest): RoadmapDrawing[] {
  const base: FitRequest = {
    plan: request.plan,
    language: request.language,
    t: request.t,
    theme: request.presented ? HIGH_CONTRAST_THEME : DEFAULT_THEME,
    hyphenate: request.hyphenate,
    frame: request.frame ?? request.plan.window,
    titleBlock: true,
    focusLaneId: request.focusLaneId ?? null,
    compared: request.compared ?? null,
    laneIds: request.laneIds,
    heading: request.heading,
  };
  if (request.kind === 'svg' || request.kind === 'png') return [drawingAt(base, PICTURE_WIDTH, 1)];
  const part = { plan: request.plan, t: request.t, language: request.language, theme: base.theme };
  if (request.partPage) return [partSlide(request.partPage, part, SLIDE)];
  // A whole deck (not one presented frame) ends with a page each for the risks and the funding.
  const parts = request.presented ? [] : partSlideKinds(request.plan);
  return [...slideDeck(base), ...parts.map((kind) => partSlide(kind, part, SLIDE))];
}

/** The pictures as Blobs, made entirely in the browser; nothing is sent anywhere. */
export async function renderPictures(request: PictureRequest): Promise<Blob[]> {
  const { plan, t } = request;
  const title = `${plan.title} – ${t(`classification.${plan.classification}`)}`;
  const blobs: Blob[] = [];
  for (const drawing of pictureDrawings(request)) {
    const svg = svgDocument(drawing, {
      title,
      fontFamily: DEFAULT_THEME.fontFamily,
      embed: request.planFile,
    });
    blobs.push(
      request.kind === 'svg'
        ? new Blob([svg], { type: 'image/svg+xml' })
        : await rasterize(svg, drawing, request),
    );
  }
  return blobs;
}

async function rasterize(
  svg: string,
  drawing: RoadmapDrawing,
  request: PictureRequest,
): Promise<Blob> {
  const image = await loadImage(svg);
  const canvas = document.createElement('canvas');
  const slide = request.kind === 'slide' || request.kind === 'slide2x';
  const density = request.kind === 'slide' ? 1 : PNG_SCALE;
  canvas.width = (slide ? SLIDE.width : drawing.width) * density;
  canvas.height = Math.round((slide ? SLIDE.height : drawing.height) * density);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas in this browser');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const fit = Math.min(canvas.width / drawing.width, canvas.height / drawing.height);
  const offset = (canvas.width - drawing.width * fit) / 2;
  context.drawImage(image, offset, 0, drawing.width * fit, drawing.height * fit);
  const png = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
  const withPlan = addTextChunk(
    new Uint8Array(await png.arrayBuffer()),
    PLAN_KEYWORD,
    request.planFile,
  );
  return new Blob([withPlan as BlobPart], { type: 'image/png' });
}

function loadImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const image = new Image();
  return new Promise<HTMLImageElement>((resolve, reject) => {
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The SVG could not be drawn'));
    image.src = url;
  }).finally(() => URL.revokeObjectURL(url));
}
