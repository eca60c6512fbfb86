// Draws the sample site's lead images and the default icons: vector scenes (no photographs, nothing of anyone
// else's) rasterized with sharp. Run again after changing a scene: node --import tsx scripts/sampleImages.ts
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const ROOT = path.resolve(import.meta.dirname, "..");
const WIDTH = 1200;
const HEIGHT = 675;

/** A small seeded generator, so the same article always gets the same picture. */
function random(seed: string): () => number {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

const PALETTES: Record<string, string[]> = {
  economy: ["#0f3d5e", "#1f6f8b", "#e8a33d", "#c2452d", "#f2e3c6"],
  science: ["#06263f", "#0b6e6e", "#38b48b", "#a6e3c8", "#f5f1da"],
  health: ["#6b2e5f", "#c0577d", "#f3a683", "#f7d794", "#fdf3e7"],
  culture: ["#3c3c3c", "#8a7968", "#c9b79c", "#e4572e", "#f3efe7"],
  technology: ["#111827", "#1e3a8a", "#3b82f6", "#22d3ee", "#e0f2fe"],
  travel: ["#2d4059", "#ea5455", "#f07b3f", "#ffd460", "#e8f1f2"],
};

function scene(category: string, seed: string): string {
  const r = random(seed);
  const p = PALETTES[category] ?? PALETTES.culture!;
  const pick = () => p[Math.floor(r() * p.length)]!;
  const shapes: string[] = [];
  const horizon = HEIGHT * (0.55 + r() * 0.15);
  // Sky and a sun or moon.
  shapes.push(`<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>`);
  shapes.push(`<circle cx="${200 + r() * 800}" cy="${100 + r() * 150}" r="${50 + r() * 70}" fill="${p[4]}" opacity="0.85"/>`);
  if (category === "science") {
    for (let i = 0; i < 5; i++) {
      const y = 120 + i * 50 + r() * 30;
      shapes.push(`<path d="M0 ${y} C ${300} ${y - 120 * r()}, ${800} ${y + 120 * r()}, ${WIDTH} ${y - 40}" stroke="${p[2 + (i % 2)]}" stroke-width="${18 + r() * 30}" fill="none" opacity="${0.25 + r() * 0.3}"/>`);
    }
  }
  // Far hills or skyline.
  const far: string[] = [`0,${HEIGHT}`];
  for (let x = 0; x <= WIDTH; x += 60) far.push(`${x},${horizon - 60 - r() * 120}`);
  far.push(`${WIDTH},${HEIGHT}`);
  shapes.push(`<polygon points="${far.join(" ")}" fill="${p[1]}" opacity="0.7"/>`);
  if (category === "economy" || category === "culture") {
    // Blocks: containers or concrete.
    for (let i = 0; i < 26; i++) {
      const w = 70 + r() * 120;
      const h = 40 + r() * (category === "culture" ? 220 : 60);
      const x = r() * (WIDTH - w);
      const y = horizon - h + r() * 40;
      shapes.push(`<rect x="${x.toFixed(0)}" y="${y.toFixed(0)}" width="${w.toFixed(0)}" height="${h.toFixed(0)}" fill="${pick()}" stroke="${p[0]}" stroke-width="3"/>`);
    }
  }
  if (category === "technology") {
    for (let i = 0; i < 40; i++) {
      const x = r() * WIDTH;
      const y = 80 + r() * (HEIGHT - 160);
      shapes.push(`<line x1="${x}" y1="${y}" x2="${x + (r() - 0.5) * 400}" y2="${y}" stroke="${p[3]}" stroke-width="3" opacity="0.6"/>`);
      shapes.push(`<circle cx="${x}" cy="${y}" r="${5 + r() * 8}" fill="${p[2 + Math.floor(r() * 3)]}"/>`);
    }
  }
  if (category === "health") {
    let d = `M0 ${horizon - 80}`;
    for (let x = 0; x <= WIDTH; x += 40) d += ` L ${x} ${horizon - 80 + (r() < 0.15 ? -160 * r() : 10 * (r() - 0.5))}`;
    shapes.push(`<path d="${d}" stroke="${p[4]}" stroke-width="8" fill="none" stroke-linejoin="round"/>`);
    for (let i = 0; i < 12; i++) shapes.push(`<circle cx="${r() * WIDTH}" cy="${r() * HEIGHT}" r="${20 + r() * 90}" fill="${pick()}" opacity="0.35"/>`);
  }
  if (category === "travel") {
    shapes.push(`<path d="M0 ${HEIGHT - 90} L ${WIDTH} ${HEIGHT - 150}" stroke="${p[0]}" stroke-width="14"/>`);
    for (let x = 0; x <= WIDTH; x += 40) shapes.push(`<line x1="${x}" y1="${HEIGHT - 80 - x * 0.05}" x2="${x + 10}" y2="${HEIGHT - 105 - x * 0.05}" stroke="${p[4]}" stroke-width="6"/>`);
    const carX = 200 + r() * 500;
    shapes.push(`<rect x="${carX}" y="${HEIGHT - 215 - carX * 0.05}" width="360" height="70" rx="18" fill="${p[1]}"/>`);
  }
  // Near ground.
  const near: string[] = [`0,${HEIGHT}`];
  for (let x = 0; x <= WIDTH; x += 100) near.push(`${x},${horizon + 40 + r() * 60}`);
  near.push(`${WIDTH},${HEIGHT}`);
  shapes.push(`<polygon points="${near.join(" ")}" fill="${p[0]}" opacity="0.9"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0.3" y2="1"><stop offset="0" stop-color="${p[4]}"/><stop offset="1" stop-color="${p[2]}"/></linearGradient></defs>
${shapes.join("\n")}</svg>`;
}

/** The lead images of the sample site: one per article listed in scripts/sampleImages.json. */
async function leadImages(): Promise<void> {
  const list = JSON.parse(fs.readFileSync(path.join(ROOT, "scripts", "sampleImages.json"), "utf8")) as string[];
  let total = 0;
  for (const article of list) {
    const [category, file] = article.split("/") as [string, string];
    const slug = file.replace(/\.md$/, "");
    const out = path.join(ROOT, "articles", category, "img", `${slug}.jpg`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await sharp(Buffer.from(scene(category, slug))).jpeg({ quality: 70, mozjpeg: true }).toFile(out);
    total += fs.statSync(out).size;
  }
  console.log(`${list.length} lead images, ${(total / 1024).toFixed(0)} KB`);
}

/** The default logo mark and icons: a globe with its meridians, in the accent colour. */
const MARK = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">
<circle cx="32" cy="32" r="30" fill="#9b1c1c"/>
<g fill="none" stroke="#fff" stroke-width="3">
<circle cx="32" cy="32" r="22"/><ellipse cx="32" cy="32" rx="10" ry="22"/><line x1="32" y1="10" x2="32" y2="54"/><line x1="10" y1="32" x2="54" y2="32"/>
</g></svg>
`;

async function icons(): Promise<void> {
  const assets = path.join(ROOT, "layouts", "assets");
  fs.writeFileSync(path.join(assets, "favicon.svg"), MARK);
  fs.writeFileSync(path.join(assets, "logo.svg"), MARK);
  await sharp(Buffer.from(MARK)).resize(32, 32).png().toFile(path.join(assets, "favicon-32.png"));
  // Home-screen icons are shown on a square: the mark on white with a margin.
  await sharp({ create: { width: 180, height: 180, channels: 4, background: "#ffffff" } })
    .composite([{ input: await sharp(Buffer.from(MARK)).resize(140, 140).png().toBuffer(), left: 20, top: 20 }])
    .png()
    .toFile(path.join(assets, "apple-touch-icon.png"));
}

await icons();
await leadImages();
