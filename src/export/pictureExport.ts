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
import { canvasSize, pictureDensity, type PixelSize } from './canvasDensity';
import { PictureTooLarge } from './pictureTooLarge';
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

/** A picture made, and the size a PNG was drawn at where that is less sharp than asked. */
export interface Picture {
  blob: Blob;
  /** The canvas's size where the PNG had to be drawn at a lower density to fit it, else null. */
  reduced: PixelSize | null;
}

/**
 * The pictures, made entirely in the browser; nothing is sent anywhere. Throws PictureTooLarge,
 * before any work, when a PNG of the drawing cannot be made at a legible density.
 */
export async function renderPictures(request: PictureRequest): Promise<Picture[]> {
  const { plan, t } = request;
  const title = `${plan.title} – ${t(`classification.${plan.classification}`)}`;
  const pictures: Picture[] = [];
  for (const drawing of pictureDrawings(request)) {
    const raster = request.kind === 'svg' ? null : rasterOf(drawing, request.kind);
    const svg = svgDocument(drawing, {
      title,
      fontFamily: DEFAULT_THEME.fontFamily,
      embed: request.planFile,
    });
    pictures.push(
      raster
        ? await rasterize(svg, drawing, raster, request.planFile)
        : { blob: new Blob([svg], { type: 'image/svg+xml' }), reduced: null },
    );
  }
  return pictures;
}

interface Raster {
  /** The picture at density 1, as the user is told its size. */
  size: PixelSize;
  canvas: PixelSize;
  reduced: boolean;
}

/** The canvas a PNG is drawn on: the slide's or the drawing's shape, at a density that fits. */
function rasterOf(drawing: RoadmapDrawing, kind: Exclude<PictureKind, 'svg'>): Raster {
  const slide = kind === 'slide' || kind === 'slide2x';
  const wanted = kind === 'slide' ? 1 : PNG_SCALE;
  const page = slide ? SLIDE : { width: drawing.width, height: drawing.height };
  const size = canvasSize(page, 1);
  const density = pictureDensity(page, wanted);
  if (density === null) throw new PictureTooLarge(size);
  return { size, canvas: canvasSize(page, density), reduced: density < wanted };
}

async function rasterize(
  svg: string,
  drawing: RoadmapDrawing,
  raster: Raster,
  planFile: string,
): Promise<Picture> {
  const image = await loadImage(svg);
  const canvas = document.createElement('canvas');
  canvas.width = raster.canvas.width;
  canvas.height = raster.canvas.height;
  // Inside the limits a canvas can still fail for want of memory: the picture is too large here.
  const context = canvas.getContext('2d');
  if (!context) throw new PictureTooLarge(raster.size);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const fit = Math.min(canvas.width / drawing.width, canvas.height / drawing.height);
  const offset = (canvas.width - drawing.width * fit) / 2;
  context.drawImage(image, offset, 0, drawing.width * fit, drawing.height * fit);
  const png = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new PictureTooLarge(raster.size))), 'image/png'),
  );
  const withPlan = addTextChunk(new Uint8Array(await png.arrayBuffer()), PLAN_KEYWORD, planFile);
  return {
    blob: new Blob([withPlan as BlobPart], { type: 'image/png' }),
    reduced: raster.reduced ? raster.canvas : null,
  };
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
