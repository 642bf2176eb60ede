import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { MARGIN } from './pdf-geometry';

/**
 * The letter fonts, parsed once per process, and documents that share the costly per-font work.
 *
 * pdfkit, given a font file, runs fontkit.create on the whole TTF for every document: one file per letter
 * stalled near 60 letters/s (TOOLCHAIN.md). Given an already parsed fontkit font (pdfkit accepts any object
 * with `layout`), it skips that. Two more costs were per document and are shared here:
 * - shaping each word (pdfkit's layout cache belongs to one document's font object);
 * - encoding the font subset embedded in the file (the glyphs used, in first-use order).
 */
export interface LetterFonts {
  regular: PDFKit.Mixins.PDFFontSource;
  bold: PDFKit.Mixins.PDFFontSource;
}

interface FontSubset {
  glyphs: number[];
  encode(): Uint8Array;
}

interface FontkitFont {
  createSubset(): FontSubset;
}

interface Fontkit {
  create(data: Uint8Array): FontkitFont;
}

/** The parts of pdfkit's document and font objects this file reaches into (pdfkit 0.20). */
interface PdfkitReference {
  compress: boolean;
  data: Record<string, unknown>;
  end(chunk?: Uint8Array): void;
}

interface PdfkitInternals {
  _font: { font: FontkitFont; layoutCache?: Record<string, unknown>; encode(text: string): unknown; embed(): void };
  _fontFamilies: Record<string, PdfkitInternals['_font']>;
  ref(data?: Record<string, unknown>): PdfkitReference;
}

/** The characters of French and English letters, embedded in every letter (a few kB of glyphs). */
const PRIMED_CHARACTERS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  'ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸàâäçéèêëîïôöùûüÿœŒ€«»’…–—°\u00a0\u202f';

/** The shared word layouts are dropped now and then, so a run of many thousand letters stays small. */
const DOCUMENTS_PER_LAYOUT_CACHE = 2000;

const cache = new Map<string, LetterFonts>();
/** Font subsets as deflated once: the bytes of a cached subset are the same object from letter to letter. */
const deflatedSubsets = new WeakMap<Uint8Array, Buffer>();
const layoutCaches = new Map<FontkitFont, Record<string, unknown>>();
let documentsSinceReset = 0;

/** pdfkit's own fontkit (a dependency of pdfkit, not ours), so the parsed fonts are what pdfkit expects. */
export function pdfkitFontkit(): Fontkit {
  // The Electron bundle is CommonJS (__filename); tsx and vitest run this file as an ES module.
  const here = typeof __filename === 'string' ? __filename : import.meta.url;
  const pdfkitEntry = createRequire(here).resolve('pdfkit');
  return createRequire(join(dirname(pdfkitEntry), 'fontkit-lookup.js'))('fontkit') as Fontkit;
}

/**
 * A font whose subsets remember their encoded bytes: documents primed with the same characters (see
 * newLetterDocument) use the same glyphs in the same order, so most letters embed bytes already encoded.
 */
function withSharedSubsets(font: FontkitFont): FontkitFont {
  const encoded = new Map<string, Uint8Array>();
  const shared = Object.create(font) as FontkitFont;
  shared.createSubset = () => {
    const subset = font.createSubset();
    const encode = subset.encode.bind(subset);
    subset.encode = () => {
      const key = subset.glyphs.join(',');
      let bytes = encoded.get(key);
      if (!bytes) {
        if (encoded.size >= 200) encoded.clear();
        bytes = encode();
        encoded.set(key, bytes);
      }
      return bytes;
    };
    return subset;
  };
  return shared;
}

export function letterFonts(resourcesDir: string): LetterFonts {
  let fonts = cache.get(resourcesDir);
  if (!fonts) {
    const fontkit = pdfkitFontkit();
    const parse = (file: string) =>
      withSharedSubsets(
        fontkit.create(readFileSync(join(resourcesDir, 'fonts', file))),
      ) as unknown as PDFKit.Mixins.PDFFontSource;
    fonts = { regular: parse('DejaVuSans.ttf'), bold: parse('DejaVuSans-Bold.ttf') };
    cache.set(resourcesDir, fonts);
  }
  return fonts;
}

function sharedLayoutCache(font: FontkitFont): Record<string, unknown> {
  let layouts = layoutCaches.get(font);
  if (!layouts) {
    // pdfkit stores runs already scaled to its 1000-unit em and never changes them afterwards: one font, one
    // scale, so documents can share them.
    layouts = Object.create(null) as Record<string, unknown>;
    layoutCaches.set(font, layouts);
  }
  return layouts;
}

/** An A4 document whose only fonts are the letter fonts ('regular', 'bold'): Helvetica is never loaded. */
export function newLetterDocument(fonts: LetterFonts, options: { bufferPages: boolean }): PDFKit.PDFDocument {
  documentsSinceReset += 1;
  if (documentsSinceReset > DOCUMENTS_PER_LAYOUT_CACHE) {
    layoutCaches.clear();
    documentsSinceReset = 0;
  }
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.left, right: MARGIN.right },
    autoFirstPage: false,
    bufferPages: options.bufferPages,
    font: fonts.regular as unknown as string,
    info: { Title: 'Relance', Producer: 'Encaisse', Creator: 'Encaisse' },
  });
  const internals = doc as unknown as PdfkitInternals;
  // The constructor's font is the regular one: named so, pdfkit finds it again instead of opening (and
  // comparing, through a JSON dump of the font's name table) a second copy at every font switch.
  internals._fontFamilies.regular = internals._font;
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  for (const name of ['bold', 'regular']) {
    doc.font(name);
    internals._font.layoutCache = sharedLayoutCache(internals._font.font);
    internals._font.encode(PRIMED_CHARACTERS);
    deflateSubsetOnce(internals, internals._font);
  }
  return doc;
}

/**
 * The font file is the first stream pdfkit's embed() creates: it gets the subset's bytes deflated once for all
 * the letters that embed the same subset, instead of zlib running on them in every document.
 */
function deflateSubsetOnce(doc: PdfkitInternals, font: PdfkitInternals['_font']): void {
  const embed = font.embed.bind(font);
  font.embed = () => {
    const ref = doc.ref;
    doc.ref = (data) => {
      doc.ref = ref;
      const fontFile = ref.call(doc, data);
      if (fontFile.compress) {
        const end = fontFile.end.bind(fontFile);
        fontFile.compress = false;
        fontFile.data.Filter = 'FlateDecode';
        fontFile.end = (chunk) => {
          if (!chunk) return end();
          let bytes = deflatedSubsets.get(chunk);
          if (!bytes) {
            bytes = deflateSync(chunk);
            deflatedSubsets.set(chunk, bytes);
          }
          end(bytes);
        };
      }
      return fontFile;
    };
    try {
      embed();
    } finally {
      doc.ref = ref;
    }
  };
}
