/* Rotation Lab: sizes each <iframe data-rotation-lab> to the height its app posts. docs/embedding.md */
(function () {
  'use strict';
  var TYPE = 'rotation-lab:height', MIN = 100, MAX = 5000;

  function valid(d) {
    if (!d || typeof d !== 'object' || Array.isArray(d)) return false;
    for (var k in d) if (k !== 'type' && k !== 'height' && k !== 'id') return false;
    return d.type === TYPE && typeof d.height === 'number' && isFinite(d.height) && d.height >= 0 &&
      (d.id === undefined || typeof d.id === 'string');
  }

  function frameOf(source) {
    var frames = document.querySelectorAll('iframe[data-rotation-lab]');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  // A frame with an http(s) src must speak from that origin, not from a page it was navigated to.
  function fromSrc(frame, origin) {
    var src = frame.getAttribute('src');
    if (!src) return true;
    try {
      var url = new URL(src, document.baseURI);
      return !/^https?:$/.test(url.protocol) || url.origin === origin;
    } catch (e) {
      return false;
    }
  }

  addEventListener('message', function (event) {
    var frame = event.source && valid(event.data) && frameOf(event.source);
    if (!frame || !fromSrc(frame, event.origin)) return;
    frame.style.height = Math.round(Math.min(MAX, Math.max(MIN, event.data.height))) + 'px';
  });
})();
