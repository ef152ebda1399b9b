// The public API of the exports: CSV tables, scenario files and chart images. This file only re-exports.
export { fanCsv } from './fanCsv.ts';
export { summaryTableCsv } from './summaryTableCsv.ts';
export { attributionCsv } from './attributionCsv.ts';
export { csvTable } from './csvTable.ts';
export { ASSET_LABELS } from './assetLabels.ts';
export { exportFilename, type ExportKind, type ExportOrigin } from './exportFilename.ts';
export type { LegendItem, LegendMark } from './legendItem.ts';
export { downloadBlob } from './downloadBlob.ts';
export { downloadText } from './downloadText.ts';
export {
  SCENARIO_FILE_FORMAT,
  SCENARIO_FILE_VERSION,
  MAX_SCENARIO_FILE_BYTES,
  type ScenarioFile,
} from './scenarioFile.ts';
export { scenarioToFile } from './scenarioToFile.ts';
export { unwrapScenarioFile, type UnwrappedScenarioFile } from './unwrapScenarioFile.ts';
export { scenarioFromFile, type ScenarioFileResult } from './scenarioFromFile.ts';
export { scenarioFromBlob } from './scenarioFromBlob.ts';
export { describeScenario } from './describeScenario.ts';
export { describePolicy } from './describePolicy.ts';
export { formatCount } from './formatCount.ts';
export { chartSourceLine } from './chartSourceLine.ts';
export { wrapText } from './wrapText.ts';
export { inlineComputedStyles } from './inlineComputedStyles.ts';
export { svgToStandalone, type ChartMeta } from './svgToStandalone.ts';
export { svgToPng } from './svgToPng.ts';
