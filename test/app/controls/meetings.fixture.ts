import type { Meeting } from '../../../src/controls/meeting.ts';

/** The 2026 FOMC meetings plus 2027 as assumed dates, months counted from 2025-12-11. */
export const MEETINGS: Meeting[] = [
  { date: '2026-01-28', month: 2, assumed: false },
  { date: '2026-03-18', month: 4, assumed: false },
  { date: '2026-04-29', month: 5, assumed: false },
  { date: '2026-06-17', month: 7, assumed: false },
  { date: '2026-07-29', month: 8, assumed: false },
  { date: '2026-09-16', month: 10, assumed: false },
  { date: '2026-10-28', month: 11, assumed: false },
  { date: '2026-12-09', month: 12, assumed: false },
  { date: '2027-01-27', month: 14, assumed: true },
  { date: '2027-03-17', month: 16, assumed: true },
];
