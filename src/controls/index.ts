// The controls column's public API. This file only re-exports.
export { default as FedPathEditor } from './FedPathEditor.svelte';
export { default as InflationPanel } from './InflationPanel.svelte';
export { default as YieldsPanel } from './YieldsPanel.svelte';
export { default as BackdropPanel } from './BackdropPanel.svelte';
export { default as AssumptionsPanel } from './AssumptionsPanel.svelte';
export { default as PresetPicker } from './PresetPicker.svelte';
export { default as RunSettings } from './RunSettings.svelte';
export { default as BranchTabs } from './BranchTabs.svelte';
export { default as NumberField } from './NumberField.svelte';
