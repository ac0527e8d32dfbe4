/**
 * Draws the sample pictures of the repository's events: abstract artwork in the site's palette
 * (landscapes, hills, rivers, a bridge, suns, dots, stripes), rasterised by sharp with film grain
 * so the JPEGs are the size real photos are. Nothing in them shows a real place or event.
 *
 *   node scripts/sample-pictures.ts <out-dir> <name>:<shape>:<seed> …
 *   shape: landscape (1600×1067) | portrait (1240×1754, a flyer) | square (1400×1400) | huge (4000×2667, ~5 MB)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

export type Shape = 'landscape' | 'portrait' | 'square' | 'huge';

const sizes: Record<Shape, [number, number]> = {
  landscape: [1600, 1067], portrait: [1240, 1754], square: [1400, 1400], huge: [4000, 2667],
};

/** Palettes built from the site's colours (accent blue, bridge amber) and the border's landscape. */
const palettes = [
  ['#1d4e89', '#8fb8ee', '#fff1dc', '#c2410c', '#15171a'],
  ['#7a3e00', '#ffd9a8', '#fdfcf8', '#1d4e89', '#3d2a10'],
  ['#0f3b3a', '#6fb3a8', '#f4ead5', '#d9822b', '#1c1c1c'],
  ['#3b2f63', '#b6a6e8', '#fff4d6', '#e0604f', '#1f2227'],
  ['#24452d', '#9cc48b', '#f2efe4', '#c9a227', '#15171a'],
  ['#5c1f2e', '#f0a9a0', '#fdf3e7', '#2f6f8f', '#241015'],
] as const;

/** A small deterministic generator: the same seed draws the same picture. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state / 2 ** 32;
  };
}

function hills(w: number, h: number, rnd: () => number, colour: string, base: number, amplitude: number, opacity: number): string {
  const points: string[] = [`0,${h}`];
  const steps = 8 + Math.floor(rnd() * 6);
  for (let i = 0; i <= steps; i++) points.push(`${(i / steps) * w},${base + (rnd() - 0.5) * amplitude}`);
  points.push(`${w},${h}`);
  return `<polygon points="${points.join(' ')}" fill="${colour}" opacity="${opacity}"/>`;
}

function motif(kind: number, w: number, h: number, rnd: () => number, p: readonly string[]): string {
  const u = Math.min(w, h);
  switch (kind) {
    case 0: // sun over layered hills
      return `<circle cx="${w * (0.25 + rnd() * 0.5)}" cy="${h * 0.35}" r="${u * 0.18}" fill="${p[3]}" opacity="0.9"/>`
        + hills(w, h, rnd, p[1]!, h * 0.55, h * 0.2, 0.8) + hills(w, h, rnd, p[0]!, h * 0.7, h * 0.15, 0.95) + hills(w, h, rnd, p[4]!, h * 0.85, h * 0.1, 0.9);
    case 1: { // a bridge over a river
      const deck = h * 0.55;
      const arches = Array.from({ length: 4 }, (_, i) => {
        const x0 = (i / 4) * w;
        return `<path d="M${x0} ${deck + u * 0.02} Q${x0 + w / 8} ${deck - u * 0.22} ${x0 + w / 4} ${deck + u * 0.02}" stroke="${p[3]}" stroke-width="${u * 0.02}" fill="none"/>`;
      }).join('');
      const waves = Array.from({ length: 7 }, (_, i) => `<path d="M0 ${deck + (i + 1) * u * 0.05} q${w / 8} ${u * 0.03} ${w / 4} 0 t${w / 4} 0 t${w / 4} 0 t${w / 4} 0" stroke="${p[1]}" stroke-width="${u * 0.008}" fill="none" opacity="${0.8 - i * 0.08}"/>`).join('');
      return `<rect y="${deck}" width="${w}" height="${h - deck}" fill="${p[0]}"/>${waves}${arches}<rect y="${deck}" width="${w}" height="${u * 0.025}" fill="${p[4]}"/>`;
    }
    case 2: // overlapping circles, like stage lights
      return Array.from({ length: 9 }, () => `<circle cx="${rnd() * w}" cy="${rnd() * h}" r="${u * (0.08 + rnd() * 0.25)}" fill="${p[Math.floor(rnd() * 4)]}" opacity="${0.35 + rnd() * 0.4}"/>`).join('');
    case 3: // woven stripes, a textile
      return Array.from({ length: 14 }, (_, i) => `<rect x="${-w * 0.2}" y="${(i / 14) * h * 1.4 - h * 0.2}" width="${w * 1.4}" height="${h / 22}" fill="${p[i % 4]}" opacity="0.75" transform="rotate(${-12 + rnd() * 4} ${w / 2} ${h / 2})"/>`).join('');
    case 4: // a field of dots, like a choir or a crowd
      return Array.from({ length: 160 }, () => `<circle cx="${rnd() * w}" cy="${h * 0.3 + rnd() * h * 0.7}" r="${u * (0.006 + rnd() * 0.02)}" fill="${p[Math.floor(rnd() * 4)]}" opacity="0.85"/>`).join('')
        + `<circle cx="${w * 0.5}" cy="${h * 0.18}" r="${u * 0.1}" fill="${p[2]}" opacity="0.9"/>`;
    default: { // forest: rows of triangles
      let trees = '';
      for (let row = 0; row < 4; row++) {
        const y = h * (0.45 + row * 0.15);
        for (let x = -u * 0.05; x < w; x += u * (0.05 + rnd() * 0.05)) {
          const t = u * (0.12 + rnd() * 0.1);
          trees += `<polygon points="${x},${y} ${x + t * 0.3},${y - t} ${x + t * 0.6},${y}" fill="${p[row % 2 === 0 ? 0 : 4]}" opacity="${0.6 + row * 0.1}"/>`;
        }
      }
      return trees;
    }
  }
}

export function artworkSvg(shape: Shape, seed: number): string {
  const [w, h] = sizes[shape];
  const rnd = random(seed * 7919 + 17);
  const p = palettes[seed % palettes.length]!;
  const angle = Math.floor(rnd() * 360);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
<defs><linearGradient id="sky" gradientTransform="rotate(${angle} 0.5 0.5)"><stop offset="0" stop-color="${p[2]}"/><stop offset="1" stop-color="${p[1]}"/></linearGradient>
<radialGradient id="glow" cx="0.7" cy="0.2" r="0.8"><stop offset="0" stop-color="#ffffff" stop-opacity="0.5"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient></defs>
<rect width="${w}" height="${h}" fill="url(#sky)"/><rect width="${w}" height="${h}" fill="url(#glow)"/>
${motif(seed % 6, w, h, rnd, p)}
</svg>`;
}

/** The artwork as a JPEG with grain: `quality` and `grain` (noise sigma) set its weight. */
export async function renderArtwork(shape: Shape, seed: number): Promise<Buffer> {
  const [w, h] = sizes[shape];
  const huge = shape === 'huge';
  const grain = await sharp({ create: { width: w, height: h, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: huge ? 60 : 22 } } })
    .png().toBuffer();
  return sharp(Buffer.from(artworkSvg(shape, seed)))
    .composite([{ input: grain, blend: 'overlay' }])
    .jpeg({ quality: huge ? 93 : 80, mozjpeg: true })
    .toBuffer();
}

async function main(): Promise<void> {
  const [outDir, ...specs] = process.argv.slice(2);
  if (!outDir || specs.length === 0) throw new Error('usage: node scripts/sample-pictures.ts <out-dir> <name>:<shape>:<seed> …');
  for (const spec of specs) {
    const [name, shape, seed] = spec.split(':') as [string, Shape, string];
    if (!(shape in sizes)) throw new Error(`unknown shape ${shape} in ${spec}`);
    const jpeg = await renderArtwork(shape, Number(seed));
    writeFileSync(join(outDir, name), jpeg);
    console.log(`${join(outDir, name)}: ${shape}, ${(jpeg.length / 1000).toFixed(0)} kB`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
