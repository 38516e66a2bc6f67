import type { PixelSize } from './canvasDensity';

/**
 * A PNG that cannot be made legibly: the browser's canvas cannot hold the drawing at a density
 * its text reads at. Carries the drawing's size, which the user is told with what to do instead.
 */
export class PictureTooLarge extends Error {
  readonly size: PixelSize;

  constructor(size: PixelSize) {
    super(`The picture (${size.width} × ${size.height} px) is too large for a PNG`);
    this.name = 'PictureTooLarge';
    this.size = size;
  }
}
