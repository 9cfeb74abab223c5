// The editor's focal point: a click on the picture writes where it fell, in thousandths
// of the picture's width and height, into the two number fields (which work alone
// without this script), and a mark shows the point.
(function () {
  'use strict';
  var picker = document.querySelector('[data-focus-picker]');
  if (!picker) {
    return;
  }
  var image = picker.querySelector('[data-focus-image]');
  var mark = picker.querySelector('[data-focus-mark]');
  var across = picker.querySelector('[data-focus-x]');
  var down = picker.querySelector('[data-focus-y]');
  if (!image || !mark || !across || !down) {
    return;
  }

  function number(field) {
    var value = parseInt(field.value, 10);
    return isNaN(value) ? 500 : Math.min(1000, Math.max(0, value));
  }

  function show() {
    mark.style.left = (number(across) / 10) + '%';
    mark.style.top = (number(down) / 10) + '%';
    mark.hidden = false;
  }

  image.addEventListener('click', function (event) {
    var box = image.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) {
      return;
    }
    across.value = String(Math.round(Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)) * 1000));
    down.value = String(Math.round(Math.min(1, Math.max(0, (event.clientY - box.top) / box.height)) * 1000));
    show();
  });
  across.addEventListener('input', show);
  down.addEventListener('input', show);
  show();
})();
