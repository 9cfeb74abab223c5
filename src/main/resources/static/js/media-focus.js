// The media library's focal point: a click on the picture fills the form's two numbers
// (thousandths of the width and height) and sends it. Without this script, the numbers
// are typed by hand.
(function () {
  'use strict';
  var picture = document.getElementById('focus-picture');
  var form = document.getElementById('focus-form');
  if (!picture || !form) {
    return;
  }
  picture.style.cursor = 'crosshair';
  picture.addEventListener('click', function (event) {
    var box = picture.getBoundingClientRect();
    var x = Math.round((event.clientX - box.left) / box.width * 1000);
    var y = Math.round((event.clientY - box.top) / box.height * 1000);
    form.elements.x.value = Math.max(0, Math.min(1000, x));
    form.elements.y.value = Math.max(0, Math.min(1000, y));
    form.submit();
  });
}());
