import type { PolicyDecision } from '../model/scenario.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const COUNTS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
/** Decisions listed by date before the rest are counted, so the line stays one line. */
const LISTED = 4;

/**
 * A policy path in a few words: "Two cuts: −25 bp Mar 2026, −25 bp Jun 2026", "One hike: +25 bp
 * Jul 2026", or "Fed on hold"; zero-size decisions are holds and are left out.
 */
export function describePolicy(decisions: readonly PolicyDecision[]): string {
  const moves = decisions.filter((d) => d.bp !== 0).sort((a, b) => a.date.localeCompare(b.date));
  if (moves.length === 0) return 'Fed on hold';
  const cuts = moves.filter((d) => d.bp < 0).length;
  const hikes = moves.length - cuts;
  const counts = [counted(cuts, 'cut'), counted(hikes, 'hike')].filter((part) => part !== '');
  const heading = counts.map((part, i) => (i === 0 ? part : part.toLowerCase())).join(', ');
  const listed = moves.slice(0, LISTED).map((d) => `${signedBp(d.bp)} ${monthYear(d.date)}`);
  if (moves.length > LISTED) listed.push(`${moves.length - LISTED} more`);
  return `${heading}: ${listed.join(', ')}`;
}

function counted(n: number, noun: string): string {
  if (n === 0) return '';
  return `${COUNTS[n] ?? String(n)} ${noun}${n === 1 ? '' : 's'}`;
}

function signedBp(bp: number): string {
  return `${bp < 0 ? '−' : '+'}${Math.abs(bp)} bp`;
}

function monthYear(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${match[1]}` : isoDate;
}
