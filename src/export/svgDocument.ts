import type { RoadmapDrawing } from '../drawing/roadmapDrawing';
import type { Shape } from '../drawing/shape';
import { element, escapeXml, text } from './xml';

export const PLAN_METADATA_NS = 'urn:tiekartta:plan';

/** A shape as SVG markup; its text is always escaped text, never markup. */
export function shapeXml(shape: Shape): string {
  if (shape.tag === 'text') return text(shape.attrs, shape.text ?? '');
  return element(shape.tag, shape.attrs, (shape.children ?? []).map(shapeXml));
}

/** A drawing as one self-contained SVG file: text as text, styles as attributes, no references out. */
export function svgDocument(
  drawing: RoadmapDrawing,
  options: { title: string; fontFamily: string; embed?: string },
): string {
  const { width, height } = drawing;
  const metadata = options.embed
    ? element(
        'metadata',
        {},
        element(
          'tiekartta:plan',
          { 'xmlns:tiekartta': PLAN_METADATA_NS },
          escapeXml(options.embed),
        ),
      )
    : '';
  const root = {
    xmlns: 'http://www.w3.org/2000/svg',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': options.fontFamily,
  };
  const title = element('title', {}, escapeXml(options.title));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element('svg', root, [title, metadata, ...drawing.shapes.map(shapeXml)])}\n`;
}
