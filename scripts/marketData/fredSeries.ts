/** The FRED series the updater reads, with what each one is. */
export const FRED_SERIES = {
  DFEDTARU: 'Federal funds target range, upper limit (daily)',
  DFEDTARL: 'Federal funds target range, lower limit (daily)',
  DGS10: '10-year Treasury constant maturity yield, % (daily, business days)',
  CPIAUCSL: 'CPI for all urban consumers, all items, index (monthly, seasonally adjusted)',
  SP500: 'S&P 500 close, points (daily, trading days)',
  CBBTCUSD: 'Coinbase bitcoin price, USD (daily, every day)',
  FEDTARMD: 'FOMC SEP median fed funds rate at the end of each year, % (dated January 1 of the year)',
  FEDTARMDLR: 'FOMC SEP median longer-run fed funds rate, % (dated on each SEP release)',
} as const;

/** A FRED series id the updater reads. */
export type FredSeriesId = keyof typeof FRED_SERIES;

/** Every series id, in the order they are fetched. */
export const FRED_SERIES_IDS = Object.keys(FRED_SERIES) as FredSeriesId[];

/** FRED's public CSV endpoint for one series (no key needed). */
export function fredCsvUrl(id: FredSeriesId): string {
  return `https://fred.stlouisfed.org/graph/fredgraph.csv?id=${id}`;
}
