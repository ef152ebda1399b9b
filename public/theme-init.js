// Applies a stored theme before first paint so a dark-mode reader never sees a white flash.
// An external file (not an inline script) so the Content-Security-Policy can forbid inline script.
try {
  var t = localStorage.getItem('rotation-lab:theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}
