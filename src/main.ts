import { mount } from 'svelte';
import App from './App.svelte';
import './styles/global.css';

/** The mounted app. */
export default mount(App, { target: document.getElementById('app')! });
