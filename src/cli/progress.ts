/**
 * A one-line progress bar for long commands on a terminal; elsewhere (a pipe, a CI log) nothing until the summary,
 * so logs hold no carriage-return noise.
 */
export interface ProgressBar {
  update(label: string, done: number, total: number | null): void;
  /** Ends the bar's line (keeps what it showed last). */
  finish(): void;
}

const WIDTH = 30;

/** The bar's text: `label [#####.....]  1,234 / 5,000` (no bar when the total is unknown). */
export function renderProgress(label: string, done: number, total: number | null): string {
  const count = (n: number) => n.toLocaleString('en-US');
  if (total === null || total <= 0) return `${label} ${count(done)}`;
  const filled = Math.min(WIDTH, Math.round((done / total) * WIDTH));
  return `${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${count(done)} / ${count(total)}`;
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY) return { update() {}, finish() {} };
  let shown = false;
  let lastDraw = 0;
  return {
    update(label, done, total) {
      const now = Date.now();
      // Redrawn at most 10 times a second, and always at the end of a phase.
      if (now - lastDraw < 100 && done !== total) return;
      lastDraw = now;
      stream.write(`\r${renderProgress(label, done, total).padEnd(stream.columns ? stream.columns - 1 : 79)}`);
      shown = true;
    },
    finish() {
      if (shown) stream.write('\n');
      shown = false;
    },
  };
}
