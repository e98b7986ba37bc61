/**
 * Draws the KPI Desk icon (three rising bars under a gold target line, on a teal tile) at every size the
 * manifest declares and writes `assets/icon-<size>.png`. Run with `npx tsx scripts/make-icons.ts`; the PNGs are
 * committed, so the build never depends on this script.
 *
 * The glyph is described once in unit coordinates and rasterised per size with 8×8 supersampling, so the 16 px
 * ribbon icon stays crisp instead of being a blurry downscale of the 128 px one.
 */
import { createRequire } from "node:module";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The slice of pngjs this script uses (the package ships no type declarations). */
interface PngImage {
  data: Buffer;
}
interface PngModule {
  PNG: { new (options: { width: number; height: number }): PngImage; sync: { write(png: PngImage): Buffer } };
}

const loadCjs = createRequire(__filename);
const { PNG } = loadCjs("pngjs") as PngModule;

/** The sizes the manifest and the Office store ask for. */
const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];
/** A filled shape: `inside(x, y)` in unit coordinates (0..1, y down). */
interface Layer {
  color: Rgb;
  inside(x: number, y: number): boolean;
}

const TEAL: Rgb = [14, 124, 107];
const WHITE: Rgb = [255, 255, 255];
const GOLD: Rgb = [242, 184, 7];

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Layer["inside"] {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function rect(x0: number, y0: number, x1: number, y1: number): Layer["inside"] {
  return (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

/** Back to front: tile, target line, bars (the last bar crosses the target, which is the point of the icon). */
const LAYERS: Layer[] = [
  { color: TEAL, inside: roundedRect(0.03, 0.03, 0.97, 0.97, 0.2) },
  { color: GOLD, inside: rect(0.14, 0.36, 0.86, 0.43) },
  { color: WHITE, inside: rect(0.18, 0.6, 0.34, 0.82) },
  { color: WHITE, inside: rect(0.42, 0.47, 0.58, 0.82) },
  { color: WHITE, inside: rect(0.66, 0.22, 0.82, 0.82) },
];

/**
 * Rasterises the icon.
 * @param size - edge length in pixels.
 * @returns RGBA pixels, row-major.
 */
function renderIcon(size: number): Buffer {
  const samples = 8;
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let hit: Rgb | null = null;
          for (const layer of LAYERS) if (layer.inside(x, y)) hit = layer.color;
          if (hit) {
            r += hit[0];
            g += hit[1];
            b += hit[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      // Colour is averaged over covered samples only (straight alpha), coverage becomes alpha.
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((255 * a) / (samples * samples));
    }
  }
  return out;
}

function main(): void {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const png = new PNG({ width: size, height: size });
    renderIcon(size).copy(png.data);
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, PNG.sync.write(png));
    console.log(`wrote ${file}`);
  }
}

main();
