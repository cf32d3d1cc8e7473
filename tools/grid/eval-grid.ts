/**
 * `npm run eval:grid [-- --misses]`: the extractor over the construction grids (grid.ts). The tuning grids are
 * reported per construction (with --misses, each case missed); the held-out grids in held-out/ only as totals, so that
 * nobody tunes the rules on them by accident.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { scoreCase, totals, type CaseScore, type GridCase, type GridTotals } from './grid.ts';
import { meetingGrid } from './meeting-grid.ts';
import { tieGrid } from './tie-grid.ts';

const HELD_OUT = join(import.meta.dirname, 'held-out');
const TUNING = join(import.meta.dirname, 'tuning');

/** Every grid module of a folder (*.ts exporting `cases(): GridCase[]`), in file-name order. */
async function gridsIn(folder: string): Promise<Array<[string, GridCase[]]>> {
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort();
  const grids: Array<[string, GridCase[]]> = [];
  for (const file of files) {
    const module = (await import(join(folder, file))) as { cases?: () => GridCase[] };
    if (typeof module.cases !== 'function') throw new Error(`${join(folder, file)}: exports no cases()`);
    grids.push([file, module.cases()]);
  }
  return grids;
}

/** The grids the rules are tuned on: the constructions of tie-grid.ts and meeting-grid.ts, and tuning/*.ts. */
async function tuningGrids(): Promise<Array<[string, GridCase[]]>> {
  return [['tie-grid.ts', tieGrid()], ['meeting-grid.ts', meetingGrid()], ...(await gridsIn(TUNING))];
}

const share = (n: number, of: number) => (of ? `${n}/${of} (${((100 * n) / of).toFixed(0)}%)` : '-');

function totalLine(t: GridTotals): string {
  return (
    `${t.cases} cases: ties found ${share(t.tiesFound, t.ties)}, start year right ${share(t.yearsRight, t.ties)}, ` +
    `end year right ${share(t.untilsRight, t.untilsStated)}, meetings found ${share(t.meetingsFound, t.meetings)}; ` +
    `not stated but extracted: ${t.extraTies} ties (trap pairs ${t.falseTies}/${t.traps}), ${t.extraMeetings} meetings`
  );
}

function constructionTable(scores: CaseScore[], misses: boolean): string[] {
  const lines: string[] = [];
  const groups = new Map<string, CaseScore[]>();
  for (const s of scores) groups.set(s.case.construction, [...(groups.get(s.case.construction) ?? []), s]);
  const width = Math.max(...[...groups.keys()].map((k) => k.length));
  for (const [name, group] of groups) {
    const t = totals(group);
    // A tie is right with its start year (and its end year, where the text gives one); a meeting when matched.
    const facts = t.ties + t.untilsStated + t.meetings;
    const right = t.yearsRight + t.untilsRight + t.meetingsFound;
    const flag = right === facts && t.extraTies + t.extraMeetings === 0 ? '' : '  <';
    const extra = t.extraTies + t.extraMeetings;
    lines.push(`  ${name.padEnd(width)}  ${`${right}/${facts}`.padStart(6)}${extra ? `  extra ${extra}` : ''}${flag}`);
    if (misses)
      for (const s of group.filter((x) => x.misses.length))
        lines.push(`      ${s.misses.join('; ')}: ${s.case.article.split('\n').slice(2).join(' ').trim()}`);
  }
  return lines;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { misses: { type: 'boolean', default: false } } });
  const out: string[] = [];
  for (const [name, grid] of await tuningGrids()) {
    const scores = grid.map(scoreCase);
    out.push(
      `== tuning grid ${name} (a fact is right when found with its start and end year, or matched as a meeting)`,
    );
    out.push(...constructionTable(scores, values.misses), `  ${totalLine(totals(scores))}`, '');
  }
  const heldOut = await gridsIn(HELD_OUT);
  const all: CaseScore[] = [];
  for (const [file, grid] of heldOut) {
    const scores = grid.map(scoreCase);
    all.push(...scores);
    out.push(`== held-out grid ${file} (scored only): ${totalLine(totals(scores))}`);
  }
  if (heldOut.length > 1) out.push(`== held-out grids together: ${totalLine(totals(all))}`);
  console.log(out.join('\n'));
  return 0;
}

if (import.meta.main) process.exitCode = await main();
