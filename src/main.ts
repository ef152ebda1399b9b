import { mount } from 'svelte';
import App from './App.svelte';
import { registerOfflineCache } from './app/registerOfflineCache.ts';
import { parseEmbedParams } from './embed/index.ts';
import './styles/global.css';

/** The mounted app. */
export default mount(App, { target: document.getElementById('app')! });

registerOfflineCache(parseEmbedParams(location.search).embed);
