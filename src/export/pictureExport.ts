import type { Plan } from '../domain/planSchema';
import type { Language } from '../i18n/languages';
import type { Translate } from '../i18n/translate';
import { addTextChunk, PLAN_KEYWORD } from '../io/pngText';
import { roadmapSvg, type RoadmapSvgOptions } from './roadmapSvg';

export type PictureKind = 'svg' | 'png' | 'slide';

/** Pixel density of a PNG for slides and documents. */
export const PNG_SCALE = 2;
/** A 16:9 slide, in px. */
export const SLIDE = { width: 1920, height: 1080 } as const;

export interface PictureRequest {
  plan: Plan;
  /** The plan file text, carried inside the picture. */
  planFile: string;
  language: Language;
  t: Translate;
  kind: PictureKind;
  /** A presentation frame, or the whole plan when left out. */
  range?: RoadmapSvgOptions['range'];
  pxPerDay?: number;
}

/** The picture as a Blob, made entirely in the browser; nothing is sent anywhere. */
export async function renderPicture(request: PictureRequest): Promise<Blob> {
  const { svg, width, height } = roadmapSvg({ ...request, embed: request.planFile });
  if (request.kind === 'svg') return new Blob([svg], { type: 'image/svg+xml' });
  const image = await loadImage(svg);
  const canvas = document.createElement('canvas');
  const slide = request.kind === 'slide';
  canvas.width = slide ? SLIDE.width : Math.round(width * PNG_SCALE);
  canvas.height = slide ? SLIDE.height : Math.round(height * PNG_SCALE);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas in this browser');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const fit = Math.min(canvas.width / width, canvas.height / height);
  context.drawImage(
    image,
    (canvas.width - width * fit) / 2,
    (canvas.height - height * fit) / 2,
    width * fit,
    height * fit,
  );
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
