/**
 * The Neo4j Browser guide served at `/guide` (`:play http://localhost:4000/guide` in Browser): slides made from
 * tools/browser/guide.cypher, so the queries a person runs in the guide are exactly those of the file, which the
 * integration tests run against a seeded graph.
 *
 * The file's format: `// # Title` and the comment lines after it introduce the guide; each `// ## Step` starts a
 * step, its comment lines explain it, and the lines up to the one ending with `;` are its query.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const GUIDE_PATH = '/guide';

export const GUIDE_FILE = fileURLToPath(new URL('../../../tools/browser/guide.cypher', import.meta.url));

export interface GuideStep {
  title: string;
  /** Paragraphs of explanation. */
  text: string[];
  /** The Cypher, with its final semicolon. */
  query: string;
}

export interface Guide {
  title: string;
  intro: string[];
  steps: GuideStep[];
}

/** Joins comment lines into paragraphs; an empty `//` line ends a paragraph. */
function paragraphs(lines: string[]): string[] {
  return lines
    .join('\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Reads the guide's format (see the module comment); throws with the line number when a step has no query. */
export function parseGuide(source: string): Guide {
  const guide: Guide = { title: 'Guide', intro: [], steps: [] };
  let comments: string[] = [];
  let query: string[] = [];
  let step: { title: string; line: number } | null = null;
  const finishStep = (line: number) => {
    if (!step) return;
    if (query.length === 0)
      throw new Error(`${GUIDE_FILE}:${step.line}: step "${step.title}" has no query before line ${line}`);
    guide.steps.push({ title: step.title, text: paragraphs(comments), query: query.join('\n') });
  };
  source.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    const heading = /^\/\/\s*(#{1,2})\s+(.*)$/.exec(line);
    if (heading) {
      finishStep(index + 1);
      comments = [];
      query = [];
      if (heading[1] === '#') {
        guide.title = heading[2]!;
        step = null;
      } else {
        step = { title: heading[2]!, line: index + 1 };
      }
    } else if (line.startsWith('//') && query.length === 0) {
      comments.push(line.replace(/^\/\/ ?/, ''));
      if (!step) guide.intro = paragraphs(comments);
    } else if (line.trim() && step) {
      query.push(line);
    }
  });
  finishStep(source.split('\n').length);
  return guide;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/**
 * Neo4j Browser's guide HTML: one `<slide>` per step, each query a runnable `<pre>` (click to put it in the editor).
 */
export function renderGuideHtml(guide: Guide): string {
  const slide = (title: string, body: string) =>
    `  <slide class="row-fluid">\n    <h3>${escapeHtml(title)}</h3>\n${body}  </slide>\n`;
  const text = (lines: string[]) => lines.map((line) => `    <p>${escapeHtml(line)}</p>\n`).join('');
  const steps = guide.steps.map((step) => `      <li>${escapeHtml(step.title)}</li>\n`).join('');
  return [
    '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>' +
      escapeHtml(guide.title) +
      '</title></head>\n<body>\n',
    '<article class="guide">\n<carousel class="deck container-fluid">\n',
    slide(guide.title, `${text(guide.intro)}    <ol>\n${steps}    </ol>\n`),
    ...guide.steps.map((step) =>
      slide(
        step.title,
        `${text(step.text)}    <pre mode="cypher" class="pre-scrollable code runnable">` +
          `${escapeHtml(step.query)}</pre>\n`,
      ),
    ),
    '</carousel>\n</article>\n</body>\n</html>\n',
  ].join('');
}

/** The guide page, read from the file on each request so an edited guide shows on the next `:play`. */
export async function browserGuideHtml(): Promise<string> {
  return renderGuideHtml(parseGuide(await readFile(GUIDE_FILE, 'utf8')));
}
